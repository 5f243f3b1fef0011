package nl.jeugdlink.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.jeugdlink.platform.cloudevents.CloudEventHeaders;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Publishes the pending events of aggregate documents to Kafka, in their order, keyed by aggregate
 * id, then removes exactly those events from their document.
 *
 * <p>One thread takes the work: it is woken right after each save (low latency). What it was woken
 * for stays in its memory until it is published and removed: a broker or store outage is retried from
 * there with back-off, not found again by a query. Only what a crash left behind is not in memory;
 * the sweep finds it, at start and then seldom ({@code jeugdlink.outbox.sweep-interval}, a safety net
 * for a write that bypassed the save hook or another instance that died). On the embedded store a
 * sweep scans each aggregate collection (it uses only unique indexes whose fields match the query
 * exactly), so the cost of the steady state must not depend on it. A crash between publishing and
 * removal publishes an event again; consumers recognise it by its id.
 *
 * <p>Batches: the relay takes all work that is waiting (up to {@value #MAX_BATCH} documents) at once
 * and sends it in rounds: the first event of every document, all at once, then waits for every
 * acknowledgement (acks=all); then the second event of every document that has one, and so on. So a
 * document's events are each acknowledged before the next is sent (its order is the order on the
 * topic), and the producer carries a round to the broker in one request per partition instead of one
 * request per event. Then the acknowledged documents are cleaned up in one bulk write. A document
 * whose send failed keeps its events for the retry.
 *
 * <p>The relay sends through a Kafka producer of its own, with the binder's producer settings and the
 * platform's connection settings (servers, TLS, SASL: {@code KafkaConfiguration.clientSettings}), not
 * through {@code StreamBridge}: the event is already serialised and its CloudEvents headers are already
 * bytes, and the function, conversion, channel and observation layers of {@code StreamBridge.send} took
 * nine tenths of its cost — 39 % of the case-service's CPU in the hop (docs/performance.md).
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String PENDING = "pendingEvents";
    /** The W3C trace-context header that Micrometer Tracing's propagator reads on the consumer's side. */
    static final String TRACEPARENT = "traceparent";
    private static final String PENDING_ID = "pendingEvents.eventId";
    private static final int SWEEP_BATCH = 500;
    /** Bounds one sweep of a collection (a million documents), so a document that will not empty cannot hold the thread. */
    private static final int MAX_SWEEP_PASSES = 2_000;
    private static final int MAX_BATCH = 256;
    private static final int REMEMBERED_PUBLISHED = 20_000;
    /** Past this many documents waiting for a retry (a long broker outage), memory lets go and the store's sweep takes over. */
    private static final int MAX_RETRY = 10_000;
    /** Longer than the producer's delivery timeout (10 s by the platform's defaults), so the producer answers first. */
    private static final long ACK_TIMEOUT_SECONDS = 30;

    private record Work(String collection, String documentId, List<PendingEvent> events) {

        String key() {
            return collection + '\u0000' + documentId;
        }

        /** The same document woken twice: its events in order, each once (a later save's list extends the earlier one). */
        Work merge(Work later) {
            List<PendingEvent> merged = new ArrayList<>(events);
            Set<String> known = new HashSet<>();
            events.forEach(e -> known.add(e.eventId()));
            for (PendingEvent e : later.events()) {
                if (known.add(e.eventId())) {
                    merged.add(e);
                }
            }
            return new Work(collection, documentId, merged);
        }
    }

    /** What sending one document's events achieved: the ids acknowledged, in order, and the failure that stopped it, if any. */
    private record Sent(Work work, List<String> acknowledged, @Nullable RuntimeException failure) {
    }

    private final String topicPrefix;
    private final MongoTemplate mongo;
    private final Map<String, Object> producerSettings;
    private final CloudEventHeaders envelope;
    private final MeterRegistry meters;
    private final Duration sweepInterval;
    private final Set<String> collections = ConcurrentHashMap.newKeySet();
    /** The published counter per event type, registered once. */
    private final Map<String, Counter> published = new ConcurrentHashMap<>();
    /** Collections not yet swept in this run: each is swept once right after it becomes known. */
    private final Set<String> unswept = ConcurrentHashMap.newKeySet();
    private final LinkedBlockingQueue<Work> queue = new LinkedBlockingQueue<>();
    /** Work whose publish or removal failed, by document: tried again after the back-off, never dropped. */
    private final Map<String, Work> retry = new ConcurrentHashMap<>();
    /** The documents of the batch being published, for the backlog gauge. */
    private volatile Set<String> inFlight = Set.of();
    /** Ids published but perhaps not yet removed from their document: not to be sent twice by us. */
    private final Map<String, Boolean> recentlyPublished = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_PUBLISHED;
        }
    };

    private volatile boolean running;
    private volatile long lastSweepNanos = System.nanoTime();
    private volatile long lastSuccessNanos = System.nanoTime();
    private @Nullable Thread worker;
    private volatile @Nullable Producer<byte[], byte[]> producer;

    /**
     * @param producerSettings the Kafka producer's settings (servers, security, the binder's producer
     *     properties); serializers, acks=all and idempotence are set here
     */
    public OutboxRelay(MongoTemplate mongo, Map<String, Object> producerSettings, CloudEventHeaders envelope, MeterRegistry meters,
            Duration sweepInterval) {
        this(mongo, producerSettings, envelope, meters, sweepInterval, "");
    }

    /**
     * @param topicPrefix the region's prefix on Kafka names ({@link nl.jeugdlink.platform.kafka.TopicPrefix}), put before the topic an
     *                    event names when it is sent: stored events keep the plain name, so those stored before a prefix was set go
     *                    to the prefixed topic too
     */
    public OutboxRelay(MongoTemplate mongo, Map<String, Object> producerSettings, CloudEventHeaders envelope, MeterRegistry meters,
            Duration sweepInterval, String topicPrefix) {
        this.topicPrefix = topicPrefix;
        this.mongo = mongo;
        this.producerSettings = Map.copyOf(producerSettings);
        this.envelope = envelope;
        this.meters = meters;
        this.sweepInterval = sweepInterval;
        Gauge.builder("jeugdlink.outbox.backlog", this, OutboxRelay::backlog)
                .description("Documents known to this relay that still hold events not yet published")
                .register(meters);
        Gauge.builder("jeugdlink.outbox.seconds.since.success", this, r -> (System.nanoTime() - r.lastSuccessNanos) / 1e9)
                .description("Seconds since the relay last published or found nothing to publish")
                .register(meters);
    }

    /**
     * Makes a collection of aggregate documents known to the sweep, with the indexes that keep it and
     * every save cheap.
     */
    public void register(String collection) {
        if (collections.add(collection)) {
            unswept.add(collection);
            // A versioned save (every aggregate's) asks for {_id, version}; the embedded store uses an index only
            // when a query names exactly its fields, so without this one each save scanned the whole collection
            // (docs/performance.md: a sweep of 1,000 deadlines among 1,000,000 took 70 s instead of 0.6 s).
            index(collection, new Index().on("_id", Sort.Direction.ASC).on("version", Sort.Direction.ASC).unique().named("id_versie"));
            // The sweep works without this one, only slower; some wire-protocol stores lack sparse multikey indexes.
            index(collection, new Index().on(PENDING_ID, Sort.Direction.ASC).named("outbox_pending"));
        }
    }

    private void index(String collection, Index index) {
        try {
            mongo.indexOps(collection).createIndex(index);
        } catch (RuntimeException e) {
            log.warn("could not create index {} on {}: {}", index.getIndexKeys(), collection, e.getMessage());
        }
    }

    /** Called right after a document was saved: publish what it holds without waiting for the sweep. */
    public void wake(String collection, AggregateDocument document) {
        register(collection);
        if (!document.getPendingEvents().isEmpty()) {
            queue.offer(new Work(collection, document.getId(), List.copyOf(document.getPendingEvents())));
        }
    }

    /**
     * Documents that this relay knows to hold unpublished events: woken for, being published, or
     * waiting to be tried again. Counted in memory, not in the store (a count there scans every
     * aggregate collection on the embedded store, at every scrape); what a crash left behind counts
     * from the start-up sweep that finds it.
     */
    public long backlog() {
        Set<String> documents = new HashSet<>(inFlight);
        documents.addAll(retry.keySet());
        queue.forEach(work -> documents.add(work.key()));
        return documents.size();
    }

    private void run() {
        int failures = 0;
        while (running) {
            try {
                // Wait for work, but not past the next sweep, and never long: a collection registered meanwhile is swept soon.
                long untilSweep = periodic() ? Math.max(0, sweepInterval.toNanos() - (System.nanoTime() - lastSweepNanos)) : Long.MAX_VALUE;
                long wait = !retry.isEmpty() || !unswept.isEmpty() ? 0 : Math.min(untilSweep, TimeUnit.SECONDS.toNanos(1));
                Work work = queue.poll(wait, TimeUnit.NANOSECONDS);
                List<Work> batch = new ArrayList<>(retry.values());
                retry.clear();
                if (work != null) {
                    batch.add(work);
                }
                queue.drainTo(batch, Math.max(0, MAX_BATCH - batch.size()));
                while (!batch.isEmpty()) {
                    publish(batch);
                    batch = new ArrayList<>();
                    if (running) {
                        queue.drainTo(batch, MAX_BATCH);
                    }
                }
                if (!unswept.isEmpty() || periodic() && System.nanoTime() - lastSweepNanos >= sweepInterval.toNanos()) {
                    sweep();
                }
                failures = 0;
                lastSuccessNanos = System.nanoTime();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures++;
                // What failed is kept in retry (publish puts it there), the queue keeps what came in meanwhile; back off so
                // that a broker or store outage is not hammered.
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

    /** A sweep interval of zero sweeps only at start and when a collection becomes known. */
    private boolean periodic() {
        return sweepInterval.isPositive();
    }

    /**
     * Finds the documents that still hold events and publishes them, batch after batch until a
     * collection has no more (each batch's events are removed before the next query). A collection
     * whose sweep failed is swept again after the back-off.
     */
    private void sweep() {
        lastSweepNanos = System.nanoTime();
        Set<String> toSweep = new HashSet<>(collections);
        unswept.removeAll(toSweep);
        for (String collection : toSweep) {
            try {
                for (int pass = 0; pass < MAX_SWEEP_PASSES && sweepBatch(collection) == SWEEP_BATCH; pass++) {
                    // A full batch: there may be more.
                }
            } catch (RuntimeException e) {
                unswept.add(collection);
                throw e;
            }
        }
    }

    /** One batch of a collection's documents that hold events, published; how many there were. */
    private int sweepBatch(String collection) {
        List<Document> documents = mongo.find(pendingQuery().limit(SWEEP_BATCH), Document.class, collection);
        List<Work> batch = new ArrayList<>(documents.size());
        for (Document document : documents) {
            List<PendingEvent> events = new ArrayList<>();
            for (Object pending : document.getList(PENDING, Object.class, List.of())) {
                events.add(mongo.getConverter().read(PendingEvent.class, (Document) pending));
            }
            if (!events.isEmpty()) {
                batch.add(new Work(collection, String.valueOf(document.get("_id")), events));
            }
        }
        if (!batch.isEmpty()) {
            publish(batch);
        }
        return documents.size();
    }

    /**
     * Sends the events of a batch of documents, documents in parallel and each document's events in
     * order, then removes from each document exactly the events that were acknowledged. Throws
     * (after cleaning up what succeeded) when a send or a removal failed; the documents not cleaned up
     * stay in {@link #retry}, so nothing woken for is left to a sweep.
     */
    private void publish(List<Work> batch) {
        Map<String, Work> byDocument = new LinkedHashMap<>();
        for (Work work : batch) {
            byDocument.merge(work.key(), work, Work::merge);
        }
        inFlight = Set.copyOf(byDocument.keySet());
        try {
            publishMerged(byDocument);
        } catch (RuntimeException e) {
            // Acknowledged events are remembered in recentlyPublished: a retry only removes them, it does not send them again.
            byDocument.forEach((key, work) -> retry.merge(key, work, Work::merge));
            if (retry.size() > MAX_RETRY) {
                // Everything is still in its document: sweep for it once the broker is back, rather than hold it all here.
                retry.clear();
                unswept.addAll(collections);
            }
            throw e;
        } finally {
            inFlight = Set.of();
        }
    }

    private void publishMerged(Map<String, Work> byDocument) {
        List<Work> toSend = new ArrayList<>();
        List<Work> done = new ArrayList<>();
        for (Work work : byDocument.values()) {
            // Events this relay already published (the removal may have failed) are not sent a second time.
            List<PendingEvent> unpublished = work.events().stream().filter(e -> !recentlyPublished.containsKey(e.eventId())).toList();
            if (unpublished.isEmpty()) {
                done.add(work);
            } else {
                toSend.add(new Work(work.collection(), work.documentId(), unpublished));
            }
        }
        List<Sent> results = sendAll(toSend);
        RuntimeException failure = null;
        for (Sent sent : results) {
            sent.acknowledged().forEach(id -> recentlyPublished.put(id, Boolean.TRUE));
            if (sent.failure() == null) {
                done.add(byDocument.get(sent.work().key()));
            } else if (failure == null) {
                failure = sent.failure();
            }
        }
        remove(done);
        // Cleaned up: not to be tried again when another document of the batch failed.
        done.forEach(work -> byDocument.remove(work.key()));
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Sends the documents' events in rounds: round n sends the n-th event of every document whose
     * earlier events were all acknowledged, all at once, and waits for every acknowledgement.
     */
    private List<Sent> sendAll(List<Work> works) {
        List<List<String>> acknowledged = new ArrayList<>(works.size());
        List<@Nullable RuntimeException> failures = new ArrayList<>(works.size());
        int rounds = 0;
        for (Work work : works) {
            acknowledged.add(new ArrayList<>(work.events().size()));
            failures.add(null);
            rounds = Math.max(rounds, work.events().size());
        }
        for (int round = 0; round < rounds; round++) {
            List<Integer> sentIn = new ArrayList<>();
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            for (int i = 0; i < works.size(); i++) {
                List<PendingEvent> events = works.get(i).events();
                if (failures.get(i) != null || round >= events.size()) {
                    continue;
                }
                try {
                    acks.add(send(events.get(round)));
                    sentIn.add(i);
                } catch (RuntimeException e) {
                    failures.set(i, e);
                }
            }
            for (int k = 0; k < sentIn.size(); k++) {
                int i = sentIn.get(k);
                PendingEvent event = works.get(i).events().get(round);
                try {
                    acks.get(k).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    acknowledged.get(i).add(event.eventId());
                    countPublished(event);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failures.set(i, new IllegalStateException("interrupted while publishing " + event.eventId(), e));
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    failures.set(i, new IllegalStateException("event " + event.eventId() + " was not acknowledged for " + event.topic()
                            + ": " + (e.getCause() == null ? e : e.getCause()).getMessage(), e));
                }
            }
        }
        List<Sent> results = new ArrayList<>(works.size());
        for (int i = 0; i < works.size(); i++) {
            results.add(new Sent(works.get(i), acknowledged.get(i), failures.get(i)));
        }
        return results;
    }

    /** Hands one event to the producer: the stored payload, keyed by aggregate, with its CloudEvents headers (already bytes). */
    private Future<RecordMetadata> send(PendingEvent event) {
        Producer<byte[], byte[]> kafka = producer;
        if (kafka == null) {
            throw new IllegalStateException("the relay is not running; event " + event.eventId() + " not sent");
        }
        List<Header> headers = new ArrayList<>();
        envelope.headersFor(event).forEach((name, value) -> headers.add(new RecordHeader(name,
                value instanceof byte[] bytes ? bytes : String.valueOf(value).getBytes(StandardCharsets.UTF_8))));
        if (event.traceparent() != null) {
            // The consumer's observation continues the trace of the request that wrote the event.
            headers.add(new RecordHeader(TRACEPARENT, event.traceparent().getBytes(StandardCharsets.UTF_8)));
        }
        return kafka.send(new ProducerRecord<>(topicPrefix + event.topic(), null, event.subject().getBytes(StandardCharsets.UTF_8),
                event.data().getBytes(StandardCharsets.UTF_8), headers));
    }

    private void countPublished(PendingEvent event) {
        published.computeIfAbsent(event.type(), type -> Counter.builder("jeugdlink.events.published")
                .description("Events published to Kafka, by CloudEvents type")
                .tag("type", type)
                .register(meters))
                .increment();
    }

    /** Removes exactly the given events from their documents: a command that appended more in the meantime keeps its own. */
    private void remove(List<Work> works) {
        Map<String, List<Work>> byCollection = new LinkedHashMap<>();
        for (Work work : works) {
            byCollection.computeIfAbsent(work.collection(), c -> new ArrayList<>()).add(work);
        }
        byCollection.forEach((collection, inCollection) -> {
            if (inCollection.size() == 1) {
                Work work = inCollection.getFirst();
                mongo.updateFirst(byId(work), pull(work), collection);
                return;
            }
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
            for (Work work : inCollection) {
                bulk.updateOne(byId(work), pull(work));
            }
            bulk.execute();
        });
    }

    private static Query byId(Work work) {
        return Query.query(Criteria.where("_id").is(work.documentId()));
    }

    /**
     * Removing published events is a change of the document like any other, so it bumps the version:
     * a command that loaded the document before the removal then fails its optimistic lock and runs
     * again on the current state, instead of saving the published events back (which would publish
     * them a second time after a restart).
     */
    private static Update pull(Work work) {
        List<String> ids = work.events().stream().map(PendingEvent::eventId).toList();
        return new Update().pull(PENDING, new Document("eventId", new Document("$in", ids))).inc("version", 1);
    }

    private static Query pendingQuery() {
        return Query.query(Criteria.where(PENDING_ID).exists(true));
    }

    @Override
    public void start() {
        running = true;
        Map<String, Object> settings = new java.util.HashMap<>(producerSettings);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        // The relay removes an event from its document only after the broker acknowledged it with every in-sync replica.
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + UUID.randomUUID().toString().substring(0, 8));
        producer = new KafkaProducer<>(settings);
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
        Producer<byte[], byte[]> kafka = producer;
        producer = null;
        if (kafka != null) {
            kafka.close(Duration.ofSeconds(5));
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
