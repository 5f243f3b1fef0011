package nl.jeugdlink.infra.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * One hop through one service against what Kafka alone can do on the same machine, in the same run.
 *
 * <p>The case-service hop: N AanmeldingGescreend CloudEvents (binary mode: {@code ce_*} headers as
 * UTF-8 bytes, key = aanmelding id, value = the golden example with a fresh id) are produced at once
 * to {@code jeugdlink.intake.aanmelding}; the clock runs from the first send until the N-th
 * CasusGeopend with a matching key (the casus id that follows from the aanmelding id) has appeared on
 * {@code jeugdlink.casus.casus}.
 *
 * <p>The reference: a bare consume → produce passthrough with kafka-clients only (poll a batch, send
 * each record on with the platform's producer settings, flush, commit), between two new topics with
 * as many partitions, fed the same records (same headers, key and value size).
 */
final class HopBench {

    static final String INTAKE_TOPIC = "jeugdlink.intake.aanmelding";
    static final String CASUS_TOPIC = "jeugdlink.casus.casus";
    private static final String GOLDEN_ID = "0b7c5a3e-4f1d-4c2a-9a51-2f6d1c0e7b11";
    private static final String TYPE = "nl.jeugdlink.intake.aanmelding-gescreend.v1";

    private record Event(String key, String expectedOutputKey, byte[] value, RecordHeaders headers) {
    }

    private record Outcome(int seen, double seconds, double firstMillis, double produceSeconds) {
        double rate() {
            return seen / seconds;
        }
    }

    private final Map<String, String> options;
    private final Results results;
    private final String bootstrap;

    HopBench(Map<String, String> options, Results results) {
        this.options = options;
        this.results = results;
        this.bootstrap = Bench.option(options, "kafka", "127.0.0.1:9092");
    }

    boolean run() throws Exception {
        int events = Bench.intOption(options, "events", 10_000);
        int passthroughEvents = Bench.intOption(options, "passthrough-events", 50_000);
        int stall = Bench.intOption(options, "stall-timeout", 60);
        String example = Files.readString(Path.of(Bench.option(options, "example",
                "contracts/intake-events/src/main/resources/examples/" + TYPE + ".json")));

        // --- the case-service hop
        CpuTimes cpu = new CpuTimes(Bench.option(options, "pids", ""), Bench.intOption(options, "ticks", 100));
        List<Event> input = events(example, events, true);
        Results.progress("hop case-service: producing %d AanmeldingGescreend (%d bytes each, %d header bytes) to %s",
                events, input.getFirst().value().length, headerBytes(input.getFirst().headers()), INTAKE_TOPIC);
        StoreCounts store = new StoreCounts(Bench.option(options, "mongo", "mongodb://127.0.0.1:27017"));
        StoreCounts.Snapshot idleFrom = store.read();
        StoreCounts.Snapshot idleTo;
        Outcome service;
        String cpuPerEvent;
        String cpuAll;
        String unitsMeasured;
        String speedMeasured;
        double tailSeconds;
        boolean caughtUp;
        CoreSpeed speed = CoreSpeed.start(); // warmed up by the idle seconds below
        try (speed; Quiet quiet = new Quiet(bootstrap, Bench.option(options, "mongo", "mongodb://127.0.0.1:27017"))) {
            Thread.sleep(Bench.intOption(options, "idle-seconds", 5) * 1000L); // the polling the platform does without events
            idleTo = store.read();
            Map<String, Double> cpuBefore = cpu.seconds();
            speed.restart();
            service = measure(INTAKE_TOPIC, CASUS_TOPIC, input, stall, "hop case-service", null);
            cpuPerEvent = CpuTimes.perItem(cpuBefore, cpu.seconds(), service.seen());
            unitsMeasured = CoreSpeed.inUnits(cpuPerEvent.substring(0, cpuPerEvent.indexOf('|')), speed.meanMicros());
            speedMeasured = speed.describe();
            // The escalation- and notification-services take the same events and the casussen opened: their tail is the hop's
            // work too, and the passthrough after it should not share the cores with it.
            long began = System.nanoTime();
            caughtUp = quiet.await(Bench.intOption(options, "quiet-timeout", 600), 250, "hop case-service tail");
            tailSeconds = (System.nanoTime() - began) / 1e9;
            cpuAll = CpuTimes.perItem(cpuBefore, cpu.seconds(), service.seen());
        }
        String cpuMs = cpuPerEvent.substring(0, cpuPerEvent.indexOf('|'));
        String cpuAllMs = cpuAll.substring(0, cpuAll.indexOf('|'));
        Results.progress("hop case-service: platform CPU %s ms per event; %s probe units at %s", cpuMs, unitsMeasured, speedMeasured);
        Results.progress("hop case-service: all its work done %s s after the last casus%s: platform CPU %s ms per event (%s); %s probe units",
                Results.format(tailSeconds), caughtUp ? "" : " (not caught up)", cpuAllMs, cpuAll.substring(cpuAll.indexOf('|') + 1),
                speed.inUnits(cpuAllMs));

        // --- the bare passthrough, on new topics of the same broker
        String run = Long.toString(System.currentTimeMillis(), 36);
        String in = "jeugdlink.bench.passthrough-" + run + ".in";
        String out = "jeugdlink.bench.passthrough-" + run + ".out";
        int partitions;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            partitions = admin.describeTopics(List.of(INTAKE_TOPIC)).allTopicNames().get().get(INTAKE_TOPIC).partitions().size();
            admin.createTopics(List.of(new NewTopic(in, partitions, (short) 1), new NewTopic(out, partitions, (short) 1))).all().get();
        }
        Outcome bare;
        Passthrough passthrough = new Passthrough(in, out, "jeugdlink-bench-passthrough-" + run);
        Thread thread = Thread.ofPlatform().name("passthrough").start(passthrough);
        try {
            passthrough.awaitAssigned();
            List<Event> same = events(example, passthroughEvents, false);
            Results.progress("hop passthrough: producing %d of the same records to %s (%d partitions), consume → produce to %s",
                    passthroughEvents, in, partitions, out);
            bare = measure(in, out, same, stall, "hop passthrough", passthrough);
        } finally {
            passthrough.stop();
            thread.join(10_000);
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                admin.deleteTopics(List.of(in, out)).all().get(30, TimeUnit.SECONDS);
                admin.deleteConsumerGroups(List.of("jeugdlink-bench-passthrough-" + run)).all().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                Results.progress("hop passthrough: could not delete the bench topics: %s", e.getMessage());
            }
        }

        // the consumers behind the case-service finished before the passthrough (above)
        String storePerEvent = StoreCounts.perItem(idleFrom, idleTo, idleTo, store.read(), service.seen());
        double ratio = bare.rate() > 0 ? service.rate() / bare.rate() * 100 : Double.NaN;
        results.put("hop.case.events", events);
        results.put("hop.case.seen", service.seen());
        results.put("hop.case.per_s", service.rate());
        results.put("hop.case.seconds", service.seconds());
        results.put("hop.case.first_ms", service.firstMillis());
        results.put("hop.case.cpu_ms", cpuMs);
        results.put("hop.case.cpu_each", cpuPerEvent.substring(cpuPerEvent.indexOf('|') + 1));
        results.put("hop.case.core_speed", speedMeasured);
        results.put("hop.case.cpu_units", unitsMeasured);
        results.put("hop.case.store_each", storePerEvent);
        results.put("hop.case.tail_s", caughtUp ? Results.format(tailSeconds) : Results.format(tailSeconds) + " (not caught up)");
        results.put("hop.case.cpu_all_ms", cpuAllMs);
        results.put("hop.case.cpu_all_each", cpuAll.substring(cpuAll.indexOf('|') + 1));
        results.put("hop.case.cpu_all_units", speed.inUnits(cpuAllMs));
        results.put("hop.pt.events", passthroughEvents);
        results.put("hop.pt.seen", bare.seen());
        results.put("hop.pt.per_s", bare.rate());
        results.put("hop.pt.seconds", bare.seconds());
        results.put("hop.partitions", partitions);
        results.put("hop.ratio_pct", ratio);
        results.put("hop.bytes", input.getFirst().value().length + headerBytes(input.getFirst().headers()) + input.getFirst().key().length());
        Results.progress("hop: case-service %s events/s (%d/%d in %s s), bare passthrough %s events/s (%d/%d in %s s): %s %%",
                Results.format(service.rate()), service.seen(), events, Results.format(service.seconds()),
                Results.format(bare.rate()), bare.seen(), passthroughEvents, Results.format(bare.seconds()), Results.format(ratio));
        return service.seen() == events && bare.seen() == passthroughEvents;
    }

    private static int headerBytes(RecordHeaders headers) {
        int total = 0;
        for (var header : headers) {
            total += header.key().length() + header.value().length;
        }
        return total;
    }

    /** N events as the intake publishes them; for the service the expected output key is the casus id. */
    private static List<Event> events(String example, int count, boolean forService) {
        List<Event> events = new ArrayList<>(count);
        String time = Instant.now().toString();
        for (int i = 0; i < count; i++) {
            String aanmeldingId = UUID.randomUUID().toString();
            RecordHeaders headers = new RecordHeaders();
            header(headers, "ce_specversion", "1.0");
            header(headers, "ce_id", UUID.randomUUID().toString());
            header(headers, "ce_source", "urn:nld:jeugdlink:foodvalley:intake-service");
            header(headers, "ce_type", TYPE);
            header(headers, "ce_subject", aanmeldingId);
            header(headers, "ce_time", time);
            header(headers, "ce_dataschema", "https://jeugdlink.nl/schemas/" + TYPE + ".json");
            header(headers, "content-type", "application/json");
            byte[] value = example.replace(GOLDEN_ID, aanmeldingId).getBytes(StandardCharsets.UTF_8);
            events.add(new Event(aanmeldingId, forService ? JourneyBench.casusId(aanmeldingId) : aanmeldingId, value, headers));
        }
        return events;
    }

    private static void header(RecordHeaders headers, String key, String value) {
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Starts watching {@code outTopic} from its end, produces all events to {@code inTopic} as fast as
     * Kafka takes them, and returns when every expected key has appeared (or nothing did for {@code stall} s).
     */
    private Outcome measure(String inTopic, String outTopic, List<Event> events, int stall, String what, Passthrough passthrough)
            throws Exception {
        Set<String> expected = ConcurrentHashMap.newKeySet(events.size() * 2);
        for (Event e : events) {
            expected.add(e.expectedOutputKey());
        }
        AtomicInteger seen = new AtomicInteger();
        AtomicLong firstSeen = new AtomicLong();
        AtomicLong lastSeen = new AtomicLong();
        AtomicBoolean watching = new AtomicBoolean(true);
        Properties c = consumerProperties();
        KafkaConsumer<byte[], byte[]> watcher = new KafkaConsumer<>(c);
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo p : watcher.partitionsFor(outTopic, Duration.ofSeconds(30))) {
            partitions.add(new TopicPartition(outTopic, p.partition()));
        }
        watcher.assign(partitions);
        watcher.seekToEnd(partitions);
        partitions.forEach(watcher::position); // resolve the end offsets now, before anything is produced
        Thread watch = Thread.ofPlatform().name("watch-" + outTopic).start(() -> {
            try (watcher) {
                while (watching.get() && seen.get() < events.size()) {
                    ConsumerRecords<byte[], byte[]> records = watcher.poll(Duration.ofMillis(50));
                    long now = System.nanoTime();
                    for (ConsumerRecord<byte[], byte[]> r : records) {
                        if (r.key() != null && expected.remove(new String(r.key(), StandardCharsets.UTF_8))) {
                            if (seen.incrementAndGet() == 1) {
                                firstSeen.set(now);
                            }
                            lastSeen.set(now);
                        }
                    }
                }
            }
        });

        long start;
        long produced;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(fastProducerProperties())) {
            producer.partitionsFor(inTopic); // metadata before the clock starts
            start = System.nanoTime();
            for (Event e : events) {
                producer.send(new ProducerRecord<>(inTopic, null, e.key().getBytes(StandardCharsets.UTF_8), e.value(), e.headers()));
            }
            producer.flush();
            produced = System.nanoTime();
        }
        Results.progress("%s: %d produced in %s s; waiting for the output", what, events.size(), Results.format((produced - start) / 1e9));
        int lastCount = -1;
        long lastProgress = System.nanoTime();
        long nextReport = System.nanoTime() + 2_000_000_000L;
        while (seen.get() < events.size()) {
            Thread.sleep(100);
            int now = seen.get();
            if (now != lastCount) {
                lastCount = now;
                lastProgress = System.nanoTime();
            }
            if (System.nanoTime() - lastProgress > stall * 1_000_000_000L) {
                Results.progress("%s: giving up, %d of %d after %d s without progress", what, now, events.size(), stall);
                break;
            }
            if (System.nanoTime() >= nextReport) {
                double elapsed = (System.nanoTime() - start) / 1e9;
                Results.progress("%s: %d of %d seen on %s (%s/s so far)%s", what, now, events.size(), outTopic,
                        Results.format(now / elapsed), passthrough == null ? "" : "");
                nextReport += 2_000_000_000L;
            }
        }
        watching.set(false);
        watch.join(5_000);
        double seconds = (lastSeen.get() - start) / 1e9;
        double first = seen.get() == 0 ? Double.NaN : (firstSeen.get() - start) / 1e6;
        return new Outcome(seen.get(), seconds, first, (produced - start) / 1e9);
    }

    private Properties consumerProperties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return p;
    }

    /** Feeding the input as fast as the broker takes it (STACK.md: ~50 k records/s with these settings). */
    private Properties fastProducerProperties() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, "131072");
        return p;
    }

    /** The platform's producer settings (jeugdlink-platform-defaults.yaml): idempotent, acks=all, no linger. */
    private Properties platformProducerProperties() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        return p;
    }

    /** Consume → produce with nothing in between: poll a batch, send each record on, flush, commit. */
    private final class Passthrough implements Runnable {
        private final String in;
        private final String out;
        private final String group;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final java.util.concurrent.CountDownLatch assigned = new java.util.concurrent.CountDownLatch(1);

        Passthrough(String in, String out, String group) {
            this.in = in;
            this.out = out;
            this.group = group;
        }

        @Override
        public void run() {
            Properties c = consumerProperties();
            c.put(ConsumerConfig.GROUP_ID_CONFIG, group);
            c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c);
                    KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(platformProducerProperties())) {
                producer.partitionsFor(out);
                consumer.subscribe(List.of(in));
                while (running.get()) {
                    ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(50));
                    if (!consumer.assignment().isEmpty()) {
                        assigned.countDown();
                    }
                    if (records.isEmpty()) {
                        continue;
                    }
                    for (ConsumerRecord<byte[], byte[]> r : records) {
                        producer.send(new ProducerRecord<>(out, null, r.key(), r.value(), r.headers()));
                    }
                    producer.flush(); // every record of the batch acknowledged (acks=all) ...
                    consumer.commitSync(); // ... before its offsets are committed: at least once, like the services
                }
            }
        }

        void awaitAssigned() throws InterruptedException {
            if (!assigned.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the passthrough consumer got no partitions within 60 s");
            }
        }

        void stop() {
            running.set(false);
        }
    }
}
