package nl.jeugdlink.platform.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The delivery log and its queue, in two collections, each touched by {@code _id} only on the way of a send:
 *
 * <ul>
 * <li>{@code deliveries} - the log: one document per delivery with every attempt. It grows for ever
 *     and is never scanned here: the service reads a line by its id.
 * <li>{@code delivery_queue} - only what is not yet sent, parked or given up: {@code _id}, channel,
 *     label and {@code dueAt}. The claim is a conditional find-and-modify on {@code _id} (due, so not
 *     leased by another sender) that moves {@code dueAt} to the end of the lease. The round reads this
 *     collection whole - on the embedded store any query but one by {@code _id} scans, and here a scan
 *     is a read of the backlog, which is normally empty, instead of a read of every delivery ever made.
 * </ul>
 *
 * A delivery is written before its queue entry and leaves the queue after its final state is written:
 * a crash in between leaves a queue entry whose delivery is no longer pending, which the next claim
 * removes.
 */
public class DeliveryLog {

    private static final Logger log = LoggerFactory.getLogger(DeliveryLog.class);
    static final String LOG = "deliveries";
    static final String QUEUE = "delivery_queue";

    private final MongoTemplate mongo;
    private final DocumentWriter writer;
    private final Clock clock;

    public DeliveryLog(MongoTemplate mongo, DocumentWriter writer, Clock clock) {
        this.mongo = mongo;
        this.writer = writer;
        this.clock = clock;
    }

    /** A queue entry: enough for the round to pick what is due and count what waits. */
    record Queued(String id, String channel, String label, Instant dueAt) {
    }

    /**
     * Hands a delivery over: recorded as pending and queued, sent by the next round at the latest (and at
     * once when the service also calls {@link Deliveries#deliverSoon}). Safe to repeat: a delivery handed
     * over again is left as it is, and queued again only if a crash lost its queue entry while pending.
     *
     * @param id the service's id for what is delivered
     * @param channel the {@link DeliveryChannel#name()} that sends it
     * @param destination names the circuit breaker and retry instances: one per peer that can fail on its own
     * @param label what the service groups it by in its metrics; no personal data
     * @return false when this delivery was handed over before
     */
    public boolean add(String id, String channel, String destination, String label) {
        Instant now = clock.instant();
        boolean fresh = writer.insertIfAbsent(new Document("_id", id).append("channel", channel).append("destination", destination)
                .append("label", label).append("status", Delivery.Status.PENDING.name()).append("attempts", new ArrayList<>())
                .append("createdAt", date(now)).append("nextAttemptAt", date(now)), LOG);
        // Handed over again (the event that caused it delivered again): a crash may have come between log and queue.
        if (!fresh && find(id).map(d -> d.status() != Delivery.Status.PENDING).orElse(true)) {
            return false;
        }
        // False when queued already.
        writer.insertIfAbsent(new Document("_id", id).append("channel", channel).append("label", label).append("dueAt", date(now)), QUEUE);
        return fresh;
    }

    /**
     * One delivery to hand over with {@link #addAll}: the arguments of {@link #add}.
     *
     * @param id the service's id for what is delivered
     * @param channel the {@link DeliveryChannel#name()} that sends it
     * @param destination names the circuit breaker and retry instances
     * @param label what the service groups it by in its metrics; no personal data
     */
    public record Handover(String id, String channel, String destination, String label) {
    }

    /**
     * {@link #add} for a consumer's poll (issue 11): the log lines in one bulk insert and the queue entries in another, where
     * {@code add} costs two round trips per delivery. Only when some were handed over before is their status read, in one
     * {@code _id $in}, to queue again those a crash left pending without a queue entry. The same answers as {@code add} one by
     * one, by position: false for a delivery handed over before (or earlier in the list).
     */
    public List<Boolean> addAll(List<Handover> handovers) {
        if (handovers.isEmpty()) {
            return List.of();
        }
        Date now = date(clock.instant());
        List<Document> lines = new ArrayList<>(handovers.size());
        for (Handover h : handovers) {
            lines.add(new Document("_id", h.id()).append("channel", h.channel()).append("destination", h.destination()).append("label", h.label())
                    .append("status", Delivery.Status.PENDING.name()).append("attempts", new ArrayList<>()).append("createdAt", now)
                    .append("nextAttemptAt", now));
        }
        List<Boolean> fresh = writer.insertAllIfAbsent(lines, LOG);
        java.util.Set<String> again = new java.util.LinkedHashSet<>();
        for (int i = 0; i < handovers.size(); i++) {
            if (!fresh.get(i)) {
                again.add(handovers.get(i).id());
            }
        }
        java.util.Set<String> stillPending = new java.util.HashSet<>();
        if (!again.isEmpty()) {
            mongo.find(Query.query(Criteria.where("_id").in(again)), Document.class, LOG).stream()
                    .filter(d -> Delivery.Status.PENDING.name().equals(d.getString("status")))
                    .forEach(d -> stillPending.add(String.valueOf(d.get("_id"))));
        }
        List<Document> entries = new ArrayList<>(handovers.size());
        java.util.Set<String> queued = new java.util.HashSet<>();
        for (int i = 0; i < handovers.size(); i++) {
            Handover h = handovers.get(i);
            // Handed over again (the event that caused it delivered again): queued again only if a crash came between log and queue.
            if ((fresh.get(i) || stillPending.contains(h.id())) && queued.add(h.id())) {
                entries.add(new Document("_id", h.id()).append("channel", h.channel()).append("label", h.label()).append("dueAt", now));
            }
        }
        writer.insertAllIfAbsent(entries, QUEUE);
        return fresh;
    }

    /** Takes a due delivery for one sender until {@code until}; false when it is not due, leased by another, or gone. */
    boolean claim(String id, Instant now, Instant until) {
        Query due = Query.query(Criteria.where("_id").is(id).and("dueAt").lte(date(now)));
        return mongo.findAndModify(due, new Update().set("dueAt", date(until)), FindAndModifyOptions.options().returnNew(true), Document.class,
                QUEUE) != null;
    }

    /** The delivery log's line, by id: status and every attempt. */
    public Optional<Delivery> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, LOG)).map(DeliveryLog::delivery);
    }

    /** The attempt is in the log before anything is sent. */
    void started(String id, int number, Instant at) {
        update(id, new Update().push("attempts", new Document("number", number).append("startedAt", date(at))
                .append("outcome", Delivery.Attempt.Outcome.STARTED.name())));
    }

    /** The attempt a stopped sender left without an outcome. */
    void unknown(String id, int number) {
        update(id, new Update().set(attempt(number, "outcome"), Delivery.Attempt.Outcome.UNKNOWN.name())
                .set(attempt(number, "error"), "the sender stopped before its outcome was written; it may have been delivered"));
    }

    void sent(String id, int number, Instant at) {
        update(id, new Update().set(attempt(number, "outcome"), Delivery.Attempt.Outcome.SENT.name()).set(attempt(number, "endedAt"), date(at))
                .set("status", Delivery.Status.SENT.name()).set("sentAt", date(at)).unset("nextAttemptAt").unset("reason"));
        leaveQueue(id);
    }

    void failed(String id, int number, Instant at, String error) {
        update(id, new Update().set(attempt(number, "outcome"), Delivery.Attempt.Outcome.FAILED.name()).set(attempt(number, "endedAt"), date(at))
                .set(attempt(number, "error"), error).set("reason", error));
    }

    /** Waits until {@code next}; {@code reason} says why when it was not tried at all. */
    void waitUntil(String id, Instant next, @Nullable String reason) {
        Update update = new Update().set("nextAttemptAt", date(next));
        if (reason != null) {
            update.set("reason", reason);
        }
        update(id, update);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("dueAt", date(next)), QUEUE);
    }

    void stop(String id, Delivery.Status status, String reason) {
        update(id, new Update().set("status", status.name()).set("reason", reason).unset("nextAttemptAt"));
        leaveQueue(id);
    }

    /**
     * A parked or given-up delivery is tried again from now. Read and written by {@code _id} alone (a
     * filter on {@code _id} and status would scan the whole log on the embedded store): a stopped delivery
     * has no queue entry, so no sender changes it meanwhile, and two releases at once both queue it once.
     */
    boolean release(String id, Instant now) {
        Document stopped = mongo.findById(id, Document.class, LOG);
        String status = stopped == null ? null : stopped.getString("status");
        if (!Delivery.Status.PARKED.name().equals(status) && !Delivery.Status.GIVEN_UP.name().equals(status)) {
            return false;
        }
        update(id, new Update().set("status", Delivery.Status.PENDING.name()).set("nextAttemptAt", date(now)));
        if (!writer.insertIfAbsent(new Document("_id", id).append("channel", stopped.getString("channel")).append("label", stopped.getString("label"))
                .append("dueAt", date(now)), QUEUE)) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("dueAt", date(now)), QUEUE);
        }
        return true;
    }

    void dequeue(String id) {
        mongo.remove(Query.query(Criteria.where("_id").is(id)), QUEUE);
    }

    /** After the final state was written: an entry left behind by a failing store is removed by the next claim. */
    private void leaveQueue(String id) {
        try {
            dequeue(id);
        } catch (RuntimeException e) {
            log.warn("delivery {}: its final state is written, its queue entry stays until the next claim ({})", id, e.getMessage());
        }
    }

    /** The whole queue: what is not yet sent, parked or given up (see the class comment on why this read is cheap). */
    List<Queued> queue() {
        return mongo.findAll(Document.class, QUEUE).stream()
                .map(d -> new Queued(String.valueOf(d.get("_id")), text(d, "channel"), text(d, "label"),
                        d.get("dueAt") instanceof Date due ? due.toInstant() : Instant.EPOCH))
                .toList();
    }

    private void update(String id, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), update, LOG);
    }

    /** Attempts are pushed in order under the lease, so attempt n sits at index n - 1. */
    private static String attempt(int number, String field) {
        return "attempts." + (number - 1) + "." + field;
    }

    private static Date date(Instant instant) {
        return Date.from(instant);
    }

    private static String text(Document d, String field) {
        return d.get(field) instanceof String s ? s : "";
    }

    private static @Nullable Instant instant(Document d, String field) {
        return d.get(field) instanceof Date date ? date.toInstant() : null;
    }

    private static Delivery delivery(Document d) {
        List<Delivery.Attempt> attempts = new ArrayList<>();
        if (d.get("attempts") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Document a) {
                    Instant started = instant(a, "startedAt");
                    attempts.add(new Delivery.Attempt(a.get("number") instanceof Number n ? n.intValue() : attempts.size() + 1,
                            started == null ? Instant.EPOCH : started, instant(a, "endedAt"),
                            Delivery.Attempt.Outcome.valueOf(a.get("outcome") instanceof String o2 ? o2 : "UNKNOWN"),
                            a.get("error") instanceof String e ? e : null));
                }
            }
        }
        Instant created = instant(d, "createdAt");
        return new Delivery(String.valueOf(d.get("_id")), text(d, "channel"), text(d, "destination"), text(d, "label"),
                Delivery.Status.valueOf(d.get("status") instanceof String s ? s : "PENDING"), attempts, created == null ? Instant.EPOCH : created,
                instant(d, "nextAttemptAt"), instant(d, "sentAt"), d.get("reason") instanceof String r ? r : null);
    }
}
