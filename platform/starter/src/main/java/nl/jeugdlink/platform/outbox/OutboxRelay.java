package nl.jeugdlink.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.jeugdlink.platform.cloudevents.CloudEventHeaders;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Publishes the pending events of aggregate documents to Kafka, in their order, keyed by aggregate
 * id, then removes exactly those events from their document.
 *
 * <p>One thread does all publishing so that the order of a document's events is the order on the
 * topic. It is woken right after each save (low latency) and sweeps every collection on a timer for
 * documents that still hold events (after a crash, a broker outage or a lost wake-up). A crash
 * between publishing and removal publishes an event again; consumers recognise it by its id.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String PENDING = "pendingEvents";
    private static final String PENDING_ID = "pendingEvents.eventId";
    private static final int SWEEP_BATCH = 500;
    private static final int REMEMBERED_PUBLISHED = 20_000;

    private record Work(String collection, String documentId, List<PendingEvent> events) {
    }

    private final MongoTemplate mongo;
    private final StreamBridge bridge;
    private final CloudEventHeaders envelope;
    private final MeterRegistry meters;
    private final Duration sweepInterval;
    private final Set<String> collections = ConcurrentHashMap.newKeySet();
    private final LinkedBlockingQueue<Work> queue = new LinkedBlockingQueue<>();
    /** Ids published but perhaps not yet removed from their document: not to be sent twice by us. */
    private final Map<String, Boolean> recentlyPublished = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_PUBLISHED;
        }
    };

    private volatile boolean running;
    private volatile long lastSweepNanos;
    private volatile long lastSuccessNanos = System.nanoTime();
    private Thread worker;

    public OutboxRelay(MongoTemplate mongo, StreamBridge bridge, CloudEventHeaders envelope, MeterRegistry meters, Duration sweepInterval) {
        this.mongo = mongo;
        this.bridge = bridge;
        this.envelope = envelope;
        this.meters = meters;
        this.sweepInterval = sweepInterval;
        Gauge.builder("jeugdlink.outbox.backlog", this, OutboxRelay::backlog)
                .description("Documents that still hold events not yet published")
                .register(meters);
        Gauge.builder("jeugdlink.outbox.seconds.since.success", this, r -> (System.nanoTime() - r.lastSuccessNanos) / 1e9)
                .description("Seconds since the relay last published or found nothing to publish")
                .register(meters);
    }

    /** Makes a collection of aggregate documents known to the sweep, with an index that keeps it cheap. */
    public void register(String collection) {
        if (collections.add(collection)) {
            try {
                mongo.indexOps(collection).createIndex(new Index().on(PENDING_ID, Sort.Direction.ASC).named("outbox_pending"));
            } catch (RuntimeException e) {
                // The sweep works without the index, only slower; some wire-protocol stores lack sparse multikey indexes.
                log.warn("could not index {}.{}: {}", collection, PENDING_ID, e.getMessage());
            }
        }
    }

    /** Called right after a document was saved: publish what it holds without waiting for the sweep. */
    public void wake(String collection, AggregateDocument document) {
        register(collection);
        if (!document.getPendingEvents().isEmpty()) {
            queue.offer(new Work(collection, document.getId(), List.copyOf(document.getPendingEvents())));
        }
    }

    /** Documents, over all registered collections, that still hold unpublished events. */
    public long backlog() {
        long total = 0;
        for (String collection : collections) {
            try {
                total += mongo.count(pendingQuery(), collection);
            } catch (RuntimeException e) {
                return -1;
            }
        }
        return total;
    }

    private void run() {
        int failures = 0;
        while (running) {
            try {
                Work work = queue.poll(sweepInterval.toMillis(), TimeUnit.MILLISECONDS);
                if (work != null) {
                    publish(work);
                    for (Work next = queue.poll(); next != null && running; next = queue.poll()) {
                        publish(next);
                    }
                }
                if (System.nanoTime() - lastSweepNanos >= sweepInterval.toNanos()) {
                    sweep();
                }
                failures = 0;
                lastSuccessNanos = System.nanoTime();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures++;
                // Everything queued is still in its document; the next sweep finds it. Back off so a broker outage is not hammered.
                queue.clear();
                lastSweepNanos = 0;
                long backoff = Math.min(10_000, 250L << Math.min(failures, 6));
                log.warn("outbox relay failed ({} in a row), retrying in {} ms: {}", failures, backoff, e.getMessage());
                meters.counter("jeugdlink.outbox.failures").increment();
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void sweep() {
        lastSweepNanos = System.nanoTime();
        for (String collection : collections) {
            List<Document> documents = mongo.find(pendingQuery().limit(SWEEP_BATCH), Document.class, collection);
            for (Document document : documents) {
                List<PendingEvent> events = new ArrayList<>();
                for (Object pending : document.getList(PENDING, Object.class, List.of())) {
                    events.add(mongo.getConverter().read(PendingEvent.class, (Document) pending));
                }
                if (!events.isEmpty()) {
                    publish(new Work(collection, String.valueOf(document.get("_id")), events));
                }
            }
        }
    }

    private void publish(Work work) {
        List<String> ids = new ArrayList<>(work.events().size());
        for (PendingEvent event : work.events()) {
            if (!recentlyPublished.containsKey(event.eventId())) {
                send(event);
                recentlyPublished.put(event.eventId(), Boolean.TRUE);
            }
            ids.add(event.eventId());
        }
        // Remove exactly these events: a command that appended more in the meantime keeps its own.
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(work.documentId())),
                new Update().pull(PENDING, new Document("eventId", new Document("$in", ids))),
                work.collection());
    }

    private void send(PendingEvent event) {
        Message<byte[]> message = MessageBuilder.withPayload(event.data().getBytes(StandardCharsets.UTF_8))
                .copyHeaders(envelope.headersFor(event))
                .setHeader(KafkaHeaders.KEY, event.subject().getBytes(StandardCharsets.UTF_8))
                .build();
        // The binding is synchronous (platform default): send returns once the broker has acknowledged with acks=all.
        if (!bridge.send(event.topic(), message)) {
            throw new IllegalStateException("event " + event.eventId() + " was not accepted for " + event.topic());
        }
        Counter.builder("jeugdlink.events.published")
                .description("Events published to Kafka, by CloudEvents type")
                .tag("type", event.type())
                .register(meters)
                .increment();
    }

    private static Query pendingQuery() {
        return Query.query(Criteria.where(PENDING_ID).exists(true));
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon(true).start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the bindings it publishes through, starts after them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
