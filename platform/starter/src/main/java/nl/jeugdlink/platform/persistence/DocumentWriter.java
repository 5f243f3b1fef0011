package nl.jeugdlink.platform.persistence;

import com.mongodb.MongoBulkWriteException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.jeugdlink.platform.outbox.AggregateDocument;
import nl.jeugdlink.platform.outbox.OutgoingEvents;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationEventPublisherAware;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/**
 * The one way a repository writes a document. Without multi-document transactions the document is
 * the unit of atomicity (ADR 0003), so there are two kinds of write:
 *
 * <ul>
 *   <li>{@link #insertIfAbsent}: a new document whose id follows from what caused it; a duplicate key
 *       (E11000) means the same thing arrived again, and the repository gives that its own meaning.
 *   <li>{@link #update}: load by {@code _id}, change, save under the document's {@code @Version}; a
 *       concurrent write (another request, or the outbox relay removing published events) makes the
 *       change run again on the fresh copy, as often as the {@link RetryPolicy} allows.
 *       {@link #createOrUpdate} does the same for a document that the first change creates.
 * </ul>
 *
 * <p>{@link #insertAllIfAbsent} is the first kind for a batch of documents in one bulk write (ADR 0018), of mapped
 * documents or of plain ones into a named collection.
 */
public final class DocumentWriter implements ApplicationEventPublisherAware {

    private final MongoTemplate mongo;
    private final OutgoingEvents outgoing;
    private final RetryPolicy retry;
    private @Nullable ApplicationEventPublisher events;

    public DocumentWriter(MongoTemplate mongo, OutgoingEvents outgoing, RetryPolicy retry) {
        this.mongo = mongo;
        this.outgoing = outgoing;
        this.retry = retry;
    }

    /** Inserts the document; false when a document with its id (or another unique key) is already there. */
    public boolean insertIfAbsent(Object document) {
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** As {@link #insertIfAbsent(Object)}, into a named collection (a plain BSON document of the platform's own). */
    public boolean insertIfAbsent(Object document, String collection) {
        try {
            mongo.insert(document, collection);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * Inserts new documents of one collection in one bulk write, in their order, and answers per document
     * (by position) what {@link #insertIfAbsent} would: false when a document with its id (or another
     * unique key) was already there, or came earlier in the list. Each inserted document is saved as by
     * {@code insert}: version set, save events published, so the outbox relay is woken for all of them.
     */
    public List<Boolean> insertAllIfAbsent(List<?> documents) {
        return documents.isEmpty() ? List.of() : insertAllIfAbsent(documents, mongo.getCollectionName(documents.getFirst().getClass()));
    }

    /**
     * As {@link #insertAllIfAbsent(List)}, into a named collection: for plain documents ({@link Document}, keyed by their
     * {@code _id}) that a consumer writes beside its aggregate, such as keys and due-date index entries, a poll's worth in
     * one bulk write instead of one {@link #insertIfAbsent(Object, String)} round trip each.
     */
    public List<Boolean> insertAllIfAbsent(List<?> documents, String collection) {
        Boolean[] inserted = new Boolean[documents.size()];
        Arrays.fill(inserted, Boolean.FALSE);
        List<Integer> positions = new ArrayList<>(documents.size());
        Set<Object> ids = new HashSet<>();
        for (int i = 0; i < documents.size(); i++) {
            Object id = id(documents.get(i));
            // A second delivery within the same batch is a duplicate without a round trip.
            if (id == null || ids.add(id)) {
                positions.add(i);
            }
        }
        insertInOrder(documents, positions, inserted, collection);
        return List.of(inserted);
    }

    /**
     * One ordered insert through the template (versions, callbacks and save events as by {@code insert}); the usual poll has
     * no duplicate and this is its one round trip. A duplicate key stops it at that index: those before it are in, and the
     * rest go in one unordered insert that skips every further duplicate at once. It used to be another ordered insert per
     * duplicate, so a poll delivered again (every document a duplicate) cost a round trip per document.
     */
    private void insertInOrder(List<?> documents, List<Integer> positions, Boolean[] inserted, String collection) {
        if (positions.isEmpty()) {
            return;
        }
        List<Object> batch = new ArrayList<>(positions.size());
        positions.forEach(i -> batch.add(documents.get(i)));
        try {
            mongo.insert(batch, collection);
            positions.forEach(i -> inserted[i] = Boolean.TRUE);
            return;
        } catch (DuplicateKeyException e) {
            int failed = failedIndex(e);
            if (failed < 0) {
                throw e;
            }
            for (int k = 0; k < failed; k++) {
                inserted[positions.get(k)] = Boolean.TRUE;
                // The template publishes the save events only when the whole batch went in.
                publishSaved(batch.get(k), collection);
            }
            insertUnordered(documents, positions.subList(failed + 1, positions.size()), inserted, collection);
        }
    }

    /**
     * The rest after a duplicate, in one unordered insert: the store writes every document it can and names each duplicate.
     * The template's insert already initialised their versions and ran its before-convert and before-save callbacks on them;
     * they are mapped again here as it maps them, and their save events published as it would.
     */
    private void insertUnordered(List<?> documents, List<Integer> positions, Boolean[] inserted, String collection) {
        if (positions.isEmpty()) {
            return;
        }
        List<Object> batch = new ArrayList<>(positions.size());
        List<Document> mapped = new ArrayList<>(positions.size());
        for (int i : positions) {
            Object document = versioned(documents.get(i));
            batch.add(document);
            mapped.add(mapped(document));
        }
        Set<Integer> duplicates = new HashSet<>();
        try {
            mongo.getCollection(collection).insertMany(mapped, new com.mongodb.client.model.InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (var error : e.getWriteErrors()) {
                if (com.mongodb.ErrorCategory.fromErrorCode(error.getCode()) != com.mongodb.ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                duplicates.add(error.getIndex());
            }
        }
        for (int k = 0; k < batch.size(); k++) {
            if (!duplicates.contains(k)) {
                inserted[positions.get(k)] = Boolean.TRUE;
                publishSaved(batch.get(k), collection);
            }
        }
    }

    /** The document with its version set, as the template's insert sets it (0 when absent); a plain document as it is. */
    private Object versioned(Object document) {
        if (document instanceof Document) {
            return document;
        }
        var entity = mongo.getConverter().getMappingContext().getPersistentEntity(document.getClass());
        if (entity == null || !entity.hasVersionProperty()) {
            return document;
        }
        var accessor = entity.getPropertyAccessor(document);
        var version = entity.getRequiredVersionProperty();
        if (accessor.getProperty(version) == null) {
            accessor.setProperty(version, version.getType() == Integer.class || version.getType() == int.class ? (Object) 0 : (Object) 0L);
        }
        return accessor.getBean();
    }

    private Document mapped(Object document) {
        if (document instanceof Document plain) {
            return plain;
        }
        Document mapped = new Document();
        mongo.getConverter().write(document, mapped);
        return mapped;
    }

    private static int failedIndex(DuplicateKeyException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MongoBulkWriteException bulk && !bulk.getWriteErrors().isEmpty()) {
                return bulk.getWriteErrors().getFirst().getIndex();
            }
        }
        return -1;
    }

    private @Nullable Object id(Object document) {
        if (document instanceof Document plain) {
            return plain.get("_id");
        }
        var entity = mongo.getConverter().getMappingContext().getPersistentEntity(document.getClass());
        return entity == null ? null : entity.getIdentifierAccessor(document).getIdentifier();
    }

    private void publishSaved(Object document, String collection) {
        if (events != null) {
            Object id = id(document);
            events.publishEvent(new AfterSaveEvent<>(document, new Document("_id", id), collection));
        }
    }

    @Override
    public void setApplicationEventPublisher(ApplicationEventPublisher publisher) {
        this.events = publisher;
    }

    /**
     * Loads the document with this {@code _id}, lets {@code change} change it and saves it in one
     * write, run again on the newer copy after a lost race. Empty, and nothing written, when there is no
     * such document or the change answers empty (it had nothing to do, e.g. an event already applied).
     *
     * @throws OptimisticLockingFailureException when every attempt the policy allows lost its race
     */
    public <D, T> Optional<T> update(String id, Class<D> type, Function<D, Optional<T>> change) {
        return retry.run(OptimisticLockingFailureException.class, () -> {
            D document = mongo.findById(id, type);
            if (document == null) {
                return Optional.<T>empty();
            }
            Optional<T> outcome = change.apply(document);
            if (outcome.isPresent()) {
                mongo.save(document);
            }
            return outcome;
        });
    }

    /**
     * As {@link #update}, for a document that may not exist yet: {@code fresh} makes it, the change
     * runs on it and it is inserted. Two writers creating the same document race on its {@code _id};
     * the loser runs its change again on the winner's copy.
     *
     * @throws OptimisticLockingFailureException when every attempt the policy allows lost its race
     */
    public <D, T> Optional<T> createOrUpdate(String id, Class<D> type, Supplier<D> fresh, Function<D, Optional<T>> change) {
        return retry.run(OptimisticLockingFailureException.class, () -> {
            D found = mongo.findById(id, type);
            D document = found != null ? found : fresh.get();
            Optional<T> outcome = change.apply(document);
            if (outcome.isPresent()) {
                try {
                    // A document without a version is inserted, one with a version saved under it.
                    mongo.save(document);
                } catch (DuplicateKeyException e) {
                    if (found != null) {
                        throw e;
                    }
                    throw new OptimisticLockingFailureException("another writer created " + id + " first", e);
                }
            }
            return outcome;
        });
    }

    /**
     * One change of a batch for {@link #updateAll}: the document with {@code id}, made by {@code fresh}
     * when there is none yet (null: leave it absent and answer empty), changed by {@code change}.
     */
    public record Change<D, T>(String id, @Nullable Supplier<D> fresh, Function<D, Optional<T>> change) {
    }

    /**
     * {@link #update} and {@link #createOrUpdate} for a batch of changes of one document type (ADR 0018:
     * a consumer's poll as one write): every document read in one {@code _id $in}, the changes applied in
     * their order (two changes of one document see each other's effect), and every changed document
     * written in one bulk write — a versioned replace {@code {_id, version}} for those that were there,
     * one insert for the new ones — with their save events, so the outbox relay is woken for all.
     *
     * <p>When a document moved meanwhile (another writer, or the relay removing published events) the
     * bulk does not say which: the written documents are read back, and those the store does not hold
     * exactly as written (and new ones another writer created first) have their changes done again, in
     * order, on a fresh copy through {@link #update}/{@link #createOrUpdate}. <b>A change must recognise
     * its own effect</b> (the inbound event id it records with {@code markApplied}, the platform's dedup)
     * and answer empty for a document it already changed. Answers per change, in order, what it answered.
     */
    public <D, T> List<Optional<T>> updateAll(Class<D> type, List<Change<D, T>> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        var entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type);
        var versionProperty = entity.getRequiredVersionProperty();
        Set<String> ids = new java.util.LinkedHashSet<>();
        changes.forEach(c -> ids.add(c.id()));
        java.util.Map<String, D> documents = new java.util.LinkedHashMap<>();
        for (D found : mongo.find(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").in(ids)), type)) {
            documents.put(String.valueOf(entity.getIdentifierAccessor(found).getIdentifier()), found);
        }
        java.util.Map<String, Long> loadedVersions = new java.util.HashMap<>();
        documents.forEach((id, d) -> loadedVersions.put(id, ((Number) java.util.Objects.requireNonNull(
                entity.getPropertyAccessor(d).getProperty(versionProperty), "version of " + id)).longValue()));
        List<Optional<T>> outcomes = new ArrayList<>(changes.size());
        Set<String> changed = new java.util.LinkedHashSet<>();
        for (Change<D, T> c : changes) {
            D document = documents.get(c.id());
            if (document == null && c.fresh() != null) {
                document = c.fresh().get();
                documents.put(c.id(), document);
            }
            Optional<T> outcome = document == null ? Optional.empty() : c.change().apply(document);
            if (outcome.isPresent()) {
                changed.add(c.id());
            }
            outcomes.add(outcome);
        }
        if (changed.isEmpty()) {
            return outcomes;
        }
        String collection = entity.getCollection();
        java.util.Map<String, Document> written = new java.util.LinkedHashMap<>();
        List<String> inserts = new ArrayList<>();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        for (String id : changed) {
            D document = documents.get(id);
            Long loaded = loadedVersions.get(id);
            if (loaded == null) {
                inserts.add(id);
                continue;
            }
            entity.getPropertyAccessor(document).setProperty(versionProperty, loaded + 1);
            Document replacement = new Document();
            mongo.getConverter().write(document, replacement);
            bulk.replaceOne(org.springframework.data.mongodb.core.query.Query.query(
                    org.springframework.data.mongodb.core.query.Criteria.where("_id").is(id).and(versionProperty.getFieldName()).is(loaded)), replacement);
            written.put(id, replacement);
        }
        Set<String> redo = new java.util.HashSet<>();
        if (!written.isEmpty() && bulk.execute().getMatchedCount() != written.size()) {
            // Which of them moved, the bulk does not say: a document is ours when the store holds exactly what we wrote.
            redo.addAll(notOurs(written, collection));
        }
        written.keySet().stream().filter(id -> !redo.contains(id)).forEach(id -> publishSaved(documents.get(id), collection));
        if (!inserts.isEmpty()) {
            try {
                mongo.insert(inserts.stream().map(documents::get).toList(), collection);
            } catch (DuplicateKeyException e) {
                // Another writer created some first (or the ordered insert stopped midway): each on its own, the lost ones again.
                for (String id : inserts) {
                    if (!insertIfAbsent(documents.get(id), collection)) {
                        Document mine = new Document();
                        mongo.getConverter().write(documents.get(id), mine);
                        if (notOurs(java.util.Map.of(id, mine), collection).isEmpty()) {
                            publishSaved(documents.get(id), collection);
                        } else {
                            redo.add(id);
                        }
                    }
                }
            }
        }
        if (redo.isEmpty()) {
            return outcomes;
        }
        // The changes of a document that moved, again on its fresh copy, in their order; a change that recognises its effect answers empty.
        for (int i = 0; i < changes.size(); i++) {
            Change<D, T> c = changes.get(i);
            if (redo.contains(c.id())) {
                outcomes.set(i, c.fresh() == null ? update(c.id(), type, c.change()) : createOrUpdate(c.id(), type, c.fresh(), c.change()));
            }
        }
        return outcomes;
    }

    /** The ids among {@code written} whose stored document is not exactly the one written. */
    private Set<String> notOurs(java.util.Map<String, Document> written, String collection) {
        java.util.Map<Object, Document> stored = new java.util.HashMap<>();
        mongo.find(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").in(written.keySet())), Document.class, collection)
                .forEach(d -> stored.put(String.valueOf(d.get("_id")), d));
        Set<String> notOurs = new HashSet<>();
        written.forEach((id, mine) -> {
            if (!mine.equals(stored.get(id))) {
                notOurs.add(id);
            }
        });
        return notOurs;
    }

    /** Runs an atomic write again when it lost a race of the given kind (say, two upserts of one new counter). */
    public <T> T retrying(Class<? extends RuntimeException> lostRace, Supplier<T> write) {
        return retry.run(lostRace, write);
    }

    /** Adds the contracts of these domain events to the document's outbox; they are published after its next save. */
    public <E> void append(AggregateDocument document, List<? extends E> events, EventMapper<E> mapper) {
        for (E event : events) {
            ContractEvent contract = mapper.toContract(event);
            outgoing.append(document, contract.type(), contract.payload());
        }
    }
}
