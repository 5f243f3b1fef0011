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
 * <p>{@link #insertAllIfAbsent} is the first kind for a batch of documents in one bulk write (ADR 0018).
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
        insertInOrder(documents, positions, inserted);
        return List.of(inserted);
    }

    /** An ordered bulk insert stops at the first duplicate: those before it are in, the rest go in a next round. */
    private void insertInOrder(List<?> documents, List<Integer> positions, Boolean[] inserted) {
        List<Integer> rest = positions;
        while (!rest.isEmpty()) {
            List<Object> batch = new ArrayList<>(rest.size());
            rest.forEach(i -> batch.add(documents.get(i)));
            String collection = mongo.getCollectionName(batch.getFirst().getClass());
            try {
                mongo.insert(batch, collection);
                rest.forEach(i -> inserted[i] = Boolean.TRUE);
                return;
            } catch (DuplicateKeyException e) {
                int failed = failedIndex(e);
                if (failed < 0) {
                    throw e;
                }
                for (int k = 0; k < failed; k++) {
                    inserted[rest.get(k)] = Boolean.TRUE;
                    // The template publishes the save events only when the whole batch went in.
                    publishSaved(batch.get(k), collection);
                }
                rest = rest.subList(failed + 1, rest.size());
            }
        }
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
