package nl.jeugdlink.platform.persistence;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * An owner's set of ids that grows with the data, in <b>bounded pages</b> under a head (ADR 0039): the head
 * ({@code _id} = the owner) counts the places handed out, page k ({@code _id} = {@code owner#k}) holds the members of
 * places {@code k*SIZE .. k*SIZE+SIZE-1}. A member takes the next place ({@code findAndModify $inc}, atomic, so no two
 * writers share one) and goes into that place's page ({@code $addToSet}): no page grows past {@value #SIZE} ids,
 * however large the set - where a {@link Buckets} bucket grows with it. Reading a set is the heads by {@code _id}, then
 * the pages by {@code _id $in} (their ids follow from the count): nothing the embedded store scans.
 *
 * <p>A member added twice (a write that ran again) takes two places; readers count it once. A removed member leaves a
 * hole that is not refilled: the caller knows the page (it kept the one {@link #add} answered, or found it in
 * {@link #read}). The collection may hold other documents under ids no owner has (a marker), which this never reads.
 * The field names are the caller's, so that the documents its store already holds still read.
 */
public final class Pages {

    /** The most ids a page holds (~6 KB of UUIDs), whatever the size of the set. */
    public static final int SIZE = 128;
    /** The head's count of places handed out. */
    static final String PLACES = "plaatsen";

    private final MongoTemplate mongo;
    private final String collection;
    private final String ownerField;
    private final String membersField;

    /**
     * @param ownerField the field of a page naming its owner (for a look at the store; never queried)
     * @param membersField the array of a page holding its members
     */
    public Pages(MongoTemplate mongo, String collection, String ownerField, String membersField) {
        this.mongo = mongo;
        this.collection = collection;
        this.ownerField = ownerField;
        this.membersField = membersField;
    }

    /** One page of an owner's set. */
    public record Page(String owner, long number) {

        /** The page's {@code _id}. */
        public String id() {
            return owner + "#" + number;
        }
    }

    /**
     * Adds the members per owner, each at a place of its own: per owner one {@code $inc} on the head for all of its
     * members, then each page touched written once (one unordered bulk). Answers per owner, per member, its page.
     */
    public Map<String, Map<String, Page>> add(Map<String, ? extends List<String>> membersPerOwner) {
        Map<String, Map<String, Page>> placed = new LinkedHashMap<>();
        Map<Page, Set<String>> perPage = new LinkedHashMap<>();
        membersPerOwner.forEach((owner, members) -> {
            if (members.isEmpty()) {
                return;
            }
            long first = places(owner, members.size());
            Map<String, Page> pages = placed.computeIfAbsent(owner, o -> new LinkedHashMap<>());
            for (int i = 0; i < members.size(); i++) {
                Page page = new Page(owner, (first + i) / SIZE);
                pages.put(members.get(i), page);
                perPage.computeIfAbsent(page, p -> new LinkedHashSet<>()).add(members.get(i));
            }
        });
        if (!perPage.isEmpty()) {
            BulkOperations writes = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
            perPage.forEach((page, members) -> writes.upsert(byId(page.id()),
                    new Update().set(ownerField, page.owner()).addToSet(membersField).each(members.toArray())));
            writes.execute();
        }
        return placed;
    }

    /** Takes these members off these pages ({@code $pullAll}), each page once, in one unordered bulk. */
    public void remove(Map<Page, ? extends Collection<String>> membersPerPage) {
        if (membersPerPage.isEmpty()) {
            return;
        }
        BulkOperations writes = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        membersPerPage.forEach((page, members) -> writes.updateOne(byId(page.id()), new Update().pullAll(membersField, members.toArray())));
        writes.execute();
    }

    /**
     * The owners' sets, per page, in the order the store answers (a member added twice stands twice): the heads by
     * {@code _id $in}, then all their pages by {@code _id $in}. An owner without a head has no pages here.
     */
    public Map<Page, List<String>> read(Collection<String> owners) {
        if (owners.isEmpty()) {
            return Map.of();
        }
        Map<String, Page> pages = new LinkedHashMap<>();
        for (Document head : mongo.find(Query.query(Criteria.where("_id").in(owners)), Document.class, collection)) {
            long places = head.get(PLACES, Number.class).longValue();
            for (long k = 0; places > 0 && k <= (places - 1) / SIZE; k++) {
                Page page = new Page(head.getString("_id"), k);
                pages.put(page.id(), page);
            }
        }
        Map<Page, List<String>> read = new LinkedHashMap<>();
        if (pages.isEmpty()) {
            return read;
        }
        for (Document page : mongo.find(Query.query(Criteria.where("_id").in(pages.keySet())), Document.class, collection)) {
            read.put(pages.get(page.getString("_id")), page.getList(membersField, String.class, List.of()));
        }
        return read;
    }

    /** One owner's set, each member once. */
    public Set<String> members(String owner) {
        Set<String> members = new LinkedHashSet<>();
        read(List.of(owner)).values().forEach(members::addAll);
        return members;
    }

    /** Hands out {@code count} places on the owner's pages: the first of them. */
    private long places(String owner, int count) {
        Document head = mongo.findAndModify(byId(owner), new Update().inc(PLACES, count),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, collection);
        return Objects.requireNonNull(head).get(PLACES, Number.class).longValue() - count;
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
