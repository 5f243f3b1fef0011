package nl.jeugdlink.platform.test;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Every query the service under test sends to its store, and which of them the embedded store
 * (mongo-java-server) answers by scanning the whole collection: it uses an index only when the
 * query's fields are exactly {@code _id} or exactly the fields of a unique index, each compared by
 * value or {@code $in}; anything else - another field, one field more, a range, a sort over an empty
 * filter - reads every document. A test runs a hot path and asserts that none of its queries scans
 * ({@link #scanning}), so a query that grows with the data fails the build instead of the bench.
 *
 * <p>Registered on the Mongo client of every {@link JeugdLinkIntegrationTest} (a driver command
 * listener: it sees what is sent, nothing is stubbed).
 */
public final class StoreQueries implements CommandListener {

    /** One query as sent: the command, its collection and its filter. */
    public record Sent(String command, String collection, BsonDocument filter) {

        @Override
        public String toString() {
            return command + " " + collection + " " + filter.toJson();
        }
    }

    /** The newest queries only (a suite's cached context sends many): a mark older than these sees what is left. */
    private static final int KEPT = 50_000;

    private final List<Sent> sent = new ArrayList<>();
    private long dropped;
    private final Map<String, List<Set<String>>> uniqueKeys = new ConcurrentHashMap<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        BsonDocument command = event.getCommand();
        String name = event.getCommandName();
        switch (name) {
            case "find" -> add(name, command.getString("find").getValue(), command.getDocument("filter", new BsonDocument()));
            case "count" -> add(name, command.getString("count").getValue(), command.getDocument("query", new BsonDocument()));
            case "findAndModify", "findandmodify" -> add("findAndModify", command.getString(name).getValue(), command.getDocument("query", new BsonDocument()));
            case "update" -> each(command, "update", "updates", "q");
            case "delete" -> each(command, "delete", "deletes", "q");
            case "aggregate" -> {
                BsonArray pipeline = command.getArray("pipeline", new BsonArray());
                BsonDocument first = pipeline.isEmpty() ? new BsonDocument() : pipeline.get(0).asDocument();
                add(name, command.getString("aggregate").getValue(), first.getDocument("$match", new BsonDocument()));
            }
            default -> {
                // insert, createIndexes, hello, ...: no query
            }
        }
    }

    private void each(BsonDocument command, String name, String list, String filter) {
        String collection = command.getString(name).getValue();
        // Bulk writes sent as a document sequence do not appear in the command; what is inline is read here.
        for (BsonValue statement : command.getArray(list, new BsonArray())) {
            add(name, collection, statement.asDocument().getDocument(filter, new BsonDocument()));
        }
    }

    private void add(String command, String collection, BsonDocument filter) {
        // The command lives in the driver's buffer only during this call: keep a copy.
        Sent query = new Sent(command, collection, BsonDocument.parse(filter.toJson()));
        synchronized (sent) {
            sent.add(query);
            if (sent.size() > KEPT) {
                int cut = sent.size() - KEPT / 2;
                sent.subList(0, cut).clear();
                dropped += cut;
            }
        }
    }

    /** Where the record starts: pass it to {@link #since} to see what a step sent. */
    public long mark() {
        synchronized (sent) {
            return dropped + sent.size();
        }
    }

    public List<Sent> since(long mark) {
        synchronized (sent) {
            int from = (int) Math.min(sent.size(), Math.max(0, mark - dropped));
            return List.copyOf(sent.subList(from, sent.size()));
        }
    }

    /** The queries since {@code mark} on these collections that the embedded store answers by a scan. */
    public List<Sent> scanning(MongoTemplate mongo, long mark, Set<String> collections) {
        List<Sent> scans = new ArrayList<>();
        for (Sent query : since(mark)) {
            if (collections.contains(query.collection()) && !servedByIndex(mongo, query)) {
                scans.add(query);
            }
        }
        return scans;
    }

    /** Whether mongo-java-server's index choice (AbstractUniqueIndex.canHandle) takes this query to an index. */
    public boolean servedByIndex(MongoTemplate mongo, Sent query) {
        Set<String> fields = query.filter().keySet();
        if (fields.isEmpty()) {
            return false;
        }
        List<Set<String>> indexes = new ArrayList<>(uniqueKeys.computeIfAbsent(query.collection(), c -> unique(mongo, c)));
        indexes.add(Set.of("_id"));
        for (Set<String> keys : indexes) {
            if (keys.equals(fields) && comparedByValue(query.filter(), keys.size() > 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean comparedByValue(BsonDocument filter, boolean compound) {
        for (BsonValue value : filter.values()) {
            if (value.isDocument()) {
                if (compound || !value.asDocument().keySet().equals(Set.of("$in"))) {
                    return false;
                }
            } else if (value.isRegularExpression()) {
                return false;
            }
        }
        return true;
    }

    private static List<Set<String>> unique(MongoTemplate mongo, String collection) {
        List<Set<String>> keys = new ArrayList<>();
        for (org.bson.Document index : mongo.getCollection(collection).listIndexes()) {
            if (Boolean.TRUE.equals(index.get("unique"))) {
                keys.add(new LinkedHashSet<>(index.get("key", org.bson.Document.class).keySet()));
            }
        }
        return keys;
    }

    /** Forgets the indexes read so far (a test that creates one after a query). */
    public void forgetIndexes() {
        uniqueKeys.clear();
    }
}
