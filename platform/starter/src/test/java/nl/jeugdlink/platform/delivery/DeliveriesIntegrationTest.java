package nl.jeugdlink.platform.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.jeugdlink.platform.outbox.OutgoingEvents;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import nl.jeugdlink.platform.persistence.RetryPolicy;
import nl.jeugdlink.platform.test.RealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The delivery machinery against a real MongoDB wire endpoint, with a channel of the test's own: one
 * sender at a time under the lease, every attempt in the log, back-off between rounds, the circuit
 * breaker of the destination, parking, release, giving up, and a restart that finds what waits.
 */
class DeliveriesIntegrationTest {

    private static MongoClient client;
    private static MongoTemplate mongo;
    private static final nl.jeugdlink.platform.test.StoreWrites writes = new nl.jeugdlink.platform.test.StoreWrites();
    private static final nl.jeugdlink.platform.test.StoreQueries queries = new nl.jeugdlink.platform.test.StoreQueries();

    private final Klok klok = new Klok(Instant.parse("2026-12-04T09:00:00Z"));
    private final DeliverySettings settings = new DeliverySettings(Duration.ofMillis(100), Duration.ofMinutes(1), Duration.ofSeconds(10),
            Duration.ofMinutes(10), Duration.ofMinutes(2), Duration.ofDays(3), 2);
    private final CircuitBreakerRegistry circuitBreakers = CircuitBreakerRegistry.ofDefaults();
    private final RetryRegistry retries = RetryRegistry.of(RetryConfig.custom().maxAttempts(2).waitDuration(Duration.ofMillis(10)).build());
    private final Kanaal kanaal = new Kanaal();
    private final String destination = "peer-" + UUID.randomUUID();
    private final DeliveryLog log = new DeliveryLog(mongo, new DocumentWriter(mongo, new OutgoingEvents(JsonMapper.builder().build(), klok),
            new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(4))), klok);
    private final List<Deliveries> started = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void connect() {
        client = MongoClients.create(com.mongodb.MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString(RealInfrastructure.get().mongoUri("delivery-test")))
                .addCommandListener(writes).addCommandListener(queries).build());
        mongo = new MongoTemplate(client, "delivery-test");
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @AfterEach
    void stop() {
        started.forEach(d -> d.stop(Duration.ofSeconds(5)));
    }

    @Test
    void sendsAHandedOverDeliveryOnceAndLogsTheAttempt() {
        String id = overgedragen();

        deliveries().deliver(id);

        assertThat(kanaal.verzonden(id)).isEqualTo(1);
        Delivery delivery = log.find(id).orElseThrow();
        assertThat(delivery.status()).isEqualTo(Delivery.Status.SENT);
        assertThat(delivery.attempts()).extracting(Delivery.Attempt::outcome).containsExactly(Delivery.Attempt.Outcome.SENT);
        assertThat(delivery.sentAt()).isEqualTo(klok.instant());
        assertThat(delivery.nextAttemptAt()).isNull();
        assertThat(kanaal.gemeld).containsExactly("sent " + id);

        deliveries().deliver(id);
        assertThat(kanaal.verzonden(id)).as("sent is final").isEqualTo(1);
    }

    @Test
    void handingOverTwiceRecordsOneDelivery() {
        String id = UUID.randomUUID().toString();
        assertThat(log.add(id, Kanaal.NAAM, destination, "label")).isTrue();
        assertThat(log.add(id, Kanaal.NAAM, destination, "label")).isFalse();

        deliveries().deliver(id);
        deliveries().deliver(id);

        assertThat(kanaal.verzonden(id)).isEqualTo(1);
    }

    @Test
    void handsOverAPollInOneBulkPerCollectionAndAnswersAsAddOneByOne() {
        // Twenty deliveries of a poll, as a consumer hands them over: one by one with add, and with addAll.
        List<DeliveryLog.Handover> poll = new java.util.ArrayList<>();
        List<DeliveryLog.Handover> pollAgain = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            poll.add(new DeliveryLog.Handover(UUID.randomUUID().toString(), Kanaal.NAAM, destination, "label"));
            pollAgain.add(new DeliveryLog.Handover(UUID.randomUUID().toString(), Kanaal.NAAM, destination, "label"));
        }
        var before = writes.now();
        poll.forEach(h -> assertThat(log.add(h.id(), h.channel(), h.destination(), h.label())).isTrue());
        var oneByOne = writes.since(before, DeliveryLog.LOG, DeliveryLog.QUEUE);

        before = writes.now();
        assertThat(log.addAll(pollAgain)).containsOnly(true).hasSize(20);
        var together = writes.since(before, DeliveryLog.LOG, DeliveryLog.QUEUE);
        System.out.println("DELIVERY-LOG: 20 handed over - add one by one " + oneByOne + ", addAll " + together);
        assertThat(together.documentsWritten()).isEqualTo(oneByOne.documentsWritten()).isEqualTo(40);
        assertThat(together.roundTrips()).isEqualTo(2);
        assertThat(log.queue()).extracting(DeliveryLog.Queued::id).containsAll(pollAgain.stream().map(DeliveryLog.Handover::id).toList());
        assertThat(log.find(pollAgain.getFirst().id()).orElseThrow().status()).isEqualTo(Delivery.Status.PENDING);
    }

    @Test
    void handingOverAPollAgainQueuesOnlyWhatACrashLeftPendingWithoutAnEntry() {
        String sent = overgedragen();
        deliveries().deliver(sent);
        String pending = overgedragen();
        String lostEntry = overgedragen();
        log.dequeue(lostEntry); // a crash between log line and queue entry
        String fresh = UUID.randomUUID().toString();
        var handovers = List.of(sent, pending, lostEntry, fresh, fresh).stream()
                .map(id -> new DeliveryLog.Handover(id, Kanaal.NAAM, destination, "label")).toList();

        var before = writes.now();
        assertThat(log.addAll(handovers)).containsExactly(false, false, false, true, false);
        var redelivered = writes.since(before, DeliveryLog.LOG, DeliveryLog.QUEUE);
        System.out.println("DELIVERY-LOG: a poll of 5 with 3 handed over before and 1 twice - addAll " + redelivered);

        assertThat(log.queue()).extracting(DeliveryLog.Queued::id).contains(pending, lostEntry, fresh).doesNotContain(sent);
        assertThat(log.queue()).filteredOn(q -> q.id().equals(fresh)).hasSize(1);
        assertThat(log.find(sent).orElseThrow().status()).isEqualTo(Delivery.Status.SENT);
        assertThat(kanaal.verzonden(sent)).isEqualTo(1);
    }

    @Test
    void twoSendersAtOnceSendItOnce() throws Exception {
        String id = overgedragen();
        kanaal.wacht = new CountDownLatch(1);
        Deliveries een = deliveries();
        Deliveries twee = deliveries();
        try (ExecutorService senders = Executors.newFixedThreadPool(2)) {
            senders.submit(() -> een.deliver(id));
            senders.submit(() -> twee.deliver(id));
            Thread.sleep(300);
            kanaal.wacht.countDown();
            senders.shutdown();
            assertThat(senders.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(kanaal.verzonden(id)).isEqualTo(1);
        assertThat(log.find(id).orElseThrow().attemptCount()).isEqualTo(1);
    }

    @Test
    void recordsEveryFailedTryAndWaitsWithAGrowingPauseThenSends() {
        String id = overgedragen();
        kanaal.faalt.put(id, 3);
        Deliveries deliveries = deliveries();

        deliveries.deliver(id); // two tries (the retry instance), both fail
        Delivery na1 = log.find(id).orElseThrow();
        assertThat(na1.status()).isEqualTo(Delivery.Status.PENDING);
        assertThat(na1.attempts()).extracting(Delivery.Attempt::outcome)
                .containsExactly(Delivery.Attempt.Outcome.FAILED, Delivery.Attempt.Outcome.FAILED);
        assertThat(na1.attempts()).extracting(Delivery.Attempt::error).containsOnly("IllegalStateException: peer down");
        assertThat(na1.reason()).isEqualTo("IllegalStateException: peer down");
        assertThat(na1.nextAttemptAt()).isEqualTo(klok.instant().plus(Duration.ofSeconds(20))); // 10 s doubled once: two attempts made
        assertThat(kanaal.gemeld).containsExactly("failed " + id);

        deliveries.deliver(id);
        assertThat(log.find(id).orElseThrow().attemptCount()).as("not due yet").isEqualTo(2);

        klok.verzet(Duration.ofSeconds(20));
        deliveries.deliver(id); // third try fails, fourth goes
        Delivery klaar = log.find(id).orElseThrow();
        assertThat(klaar.status()).isEqualTo(Delivery.Status.SENT);
        assertThat(klaar.attempts()).extracting(Delivery.Attempt::number).containsExactly(1, 2, 3, 4);
        assertThat(klaar.attempts()).extracting(Delivery.Attempt::outcome).containsExactly(Delivery.Attempt.Outcome.FAILED,
                Delivery.Attempt.Outcome.FAILED, Delivery.Attempt.Outcome.FAILED, Delivery.Attempt.Outcome.SENT);
        assertThat(klaar.reason()).isNull();
    }

    @Test
    void anOpenCircuitIsNotAnAttemptTheDeliveryWaits() {
        String id = overgedragen();
        circuitBreakers.circuitBreaker(destination).transitionToOpenState();

        deliveries().deliver(id);

        Delivery delivery = log.find(id).orElseThrow();
        assertThat(kanaal.verzonden(id)).isZero();
        assertThat(delivery.attempts()).isEmpty();
        assertThat(delivery.status()).isEqualTo(Delivery.Status.PENDING);
        assertThat(delivery.reason()).startsWith("not tried: circuit breaker " + destination + " is open");
        assertThat(delivery.nextAttemptAt()).isEqualTo(klok.instant().plus(Duration.ofSeconds(10)));

        circuitBreakers.circuitBreaker(destination).transitionToClosedState();
        klok.verzet(Duration.ofSeconds(10));
        deliveries().deliver(id);
        assertThat(log.find(id).orElseThrow().status()).isEqualTo(Delivery.Status.SENT);
    }

    @Test
    void failuresOpenTheCircuitOfTheirDestinationOnly() {
        String id = overgedragen();
        String ander = UUID.randomUUID().toString();
        log.add(ander, Kanaal.NAAM, "other-" + destination, "label");
        kanaal.faalt.put(id, 1000);

        Deliveries deliveries = deliveries();
        for (int i = 0; i < 60 && circuitBreakers.circuitBreaker(destination).getState() == CircuitBreaker.State.CLOSED; i++) {
            deliveries.deliver(id);
            klok.verzet(Duration.ofMinutes(10));
        }

        assertThat(circuitBreakers.circuitBreaker(destination).getState()).isEqualTo(CircuitBreaker.State.OPEN);
        deliveries.deliver(ander);
        assertThat(log.find(ander).orElseThrow().status()).isEqualTo(Delivery.Status.SENT);
    }

    @Test
    void parksWhatTheChannelRefusesForGoodAndSendsItWhenReleased() {
        String id = overgedragen();
        kanaal.onbestelbaar.add(id);
        Deliveries deliveries = deliveries();

        deliveries.deliver(id);

        Delivery geparkeerd = log.find(id).orElseThrow();
        assertThat(geparkeerd.status()).isEqualTo(Delivery.Status.PARKED);
        assertThat(geparkeerd.reason()).isEqualTo("no such address");
        assertThat(geparkeerd.attempts()).extracting(Delivery.Attempt::outcome).containsExactly(Delivery.Attempt.Outcome.FAILED);
        assertThat(kanaal.gemeld).containsExactly("stopped PARKED " + id);
        klok.verzet(Duration.ofHours(1));
        deliveries.deliver(id);
        assertThat(log.find(id).orElseThrow().attemptCount()).as("not retried").isEqualTo(1);

        kanaal.onbestelbaar.remove(id);
        assertThat(deliveries.release(id)).isTrue();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> log.find(id).orElseThrow().status() == Delivery.Status.SENT);
        assertThat(log.find(id).orElseThrow().attemptCount()).isEqualTo(2);
        assertThat(deliveries.release(id)).as("only what was stopped").isFalse();
    }

    @Test
    void givesUpWhatStillFailsAfterTheTerm() {
        String id = overgedragen();
        kanaal.faalt.put(id, 1000);
        Deliveries deliveries = deliveries();
        deliveries.deliver(id);

        klok.verzet(Duration.ofDays(3));
        circuitBreakers.circuitBreaker(destination).reset();
        deliveries.deliver(id);

        Delivery opgegeven = log.find(id).orElseThrow();
        assertThat(opgegeven.status()).isEqualTo(Delivery.Status.GIVEN_UP);
        assertThat(opgegeven.reason()).isEqualTo("given up after PT72H of trying: IllegalStateException: peer down");
        assertThat(opgegeven.nextAttemptAt()).isNull();
        assertThat(kanaal.gemeld).last().isEqualTo("stopped GIVEN_UP " + id);
    }

    @Test
    void aChannelWithARetryScheduleOfItsOwnWaitsAndGivesUpByItsOwn() {
        DeliverySettings eigen = new DeliverySettings(settings.round(), settings.fullRound(), settings.firstWait(), settings.maxWait(),
                settings.lease(), settings.giveUpAfter(), settings.senders(),
                Map.of(Kanaal.NAAM, new DeliverySettings.Schedule(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofHours(1))));
        String id = overgedragen();
        kanaal.faalt.put(id, 1000);
        Deliveries deliveries = deliveries(eigen);

        deliveries.deliver(id); // two tries, both fail
        assertThat(log.find(id).orElseThrow().nextAttemptAt()).as("1 s doubled once, not the service's 10 s")
                .isEqualTo(klok.instant().plus(Duration.ofSeconds(2)));

        klok.verzet(Duration.ofHours(1));
        circuitBreakers.circuitBreaker(destination).reset();
        deliveries.deliver(id);
        assertThat(log.find(id).orElseThrow().status()).isEqualTo(Delivery.Status.GIVEN_UP);
        assertThat(log.find(id).orElseThrow().reason()).startsWith("given up after PT1H of trying");
    }

    @Test
    void aScheduleForAChannelTheServiceLacksStopsTheStartNamingItsProperty() {
        DeliverySettings verkeerd = new DeliverySettings(settings.round(), settings.fullRound(), settings.firstWait(), settings.maxWait(),
                settings.lease(), settings.giveUpAfter(), settings.senders(),
                Map.of("webhok", new DeliverySettings.Schedule(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofHours(1))));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> deliveries(verkeerd))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jeugdlink.delivery.channels.webhok names no delivery channel")
                .hasMessageContaining("[" + Kanaal.NAAM + "]");
    }

    @Test
    void aNewInstanceFindsWhatWaitsInItsFirstRound() {
        String id = overgedragen();
        kanaal.faalt.put(id, 2);
        deliveries().deliver(id);
        assertThat(kanaal.verzonden(id)).isZero();

        klok.verzet(Duration.ofMinutes(1));
        Deliveries naHerstart = deliveries();
        naHerstart.round();

        assertThat(log.find(id).orElseThrow().status()).isEqualTo(Delivery.Status.SENT);
        assertThat(kanaal.verzonden(id)).isEqualTo(1);
        assertThat(naHerstart.pending(Kanaal.NAAM)).as("what waited, as the round read it").containsEntry("label-" + destination, 1L);
    }

    @Test
    void whileTheSendersHoldABurstTheRoundLeavesTheQueueToThemAndReadsItOnceTheyAreDone() {
        Deliveries deliveries = deliveries();
        deliveries.round(); // the first round is a full one (it reads the queue); the next full one is a minute away
        // One delivery fails both its tries and is due again: the instance knows a due time, so its next round would read.
        String haperend = overgedragen();
        kanaal.faalt.put(haperend, 2);
        deliveries.deliver(haperend);
        assertThat(log.find(haperend).orElseThrow().attempts()).hasSize(2);
        klok.verzet(settings.waitAfter(2).plusSeconds(1));

        // A burst handed over to two senders whose peer is slow: each send waits for the latch, released after a second at the
        // latest (so that a round sending here itself, as before, waits no longer than that). The backlog is the senders'.
        CountDownLatch traag = new CountDownLatch(1);
        kanaal.wacht = traag;
        List<String> burst = java.util.stream.IntStream.range(0, 20).mapToObj(i -> overgedragen()).toList();
        burst.forEach(deliveries::deliverSoon);
        Thread.ofVirtual().start(() -> {
            try {
                traag.await(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            traag.countDown();
        });

        long before = queries.mark();
        for (int i = 0; i < 5; i++) {
            deliveries.round();
        }
        assertThat(queueReads(before)).as("queue reads by rounds while the senders hold the burst").isZero();

        traag.countDown();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> burst.stream().allMatch(id -> kanaal.verzonden(id) == 1));
        // The senders are done: the round reads the queue for the one that came due meanwhile, and sends it.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            deliveries.round();
            return kanaal.verzonden(haperend) == 1;
        });
        assertThat(queueReads(before)).isPositive();
        assertThat(burst).allSatisfy(id -> assertThat(log.find(id).orElseThrow().status()).isEqualTo(Delivery.Status.SENT));
    }

    @Test
    void aSenderThatStoppedBetweenSendAndRecordLeavesItsAttemptUnknownAndTheNextSendsAgainAfterTheLease() {
        String id = overgedragen();
        kanaal.sterftNaVersturen = true;
        try {
            deliveries().deliver(id);
        } catch (Gestopt expected) {
            // the sender is gone
        }
        kanaal.sterftNaVersturen = false;
        assertThat(log.find(id).orElseThrow().attempts()).extracting(Delivery.Attempt::outcome).containsExactly(Delivery.Attempt.Outcome.STARTED);

        klok.verzet(settings.lease().minusSeconds(1));
        deliveries().deliver(id);
        assertThat(kanaal.verzonden(id)).as("within the lease").isEqualTo(1);

        klok.verzet(Duration.ofSeconds(1));
        deliveries().deliver(id);

        Delivery delivery = log.find(id).orElseThrow();
        assertThat(kanaal.verzonden(id)).isEqualTo(2);
        assertThat(delivery.status()).isEqualTo(Delivery.Status.SENT);
        assertThat(delivery.attempts()).extracting(Delivery.Attempt::outcome)
                .containsExactly(Delivery.Attempt.Outcome.UNKNOWN, Delivery.Attempt.Outcome.SENT);
    }

    /** Reads of the whole queue since the mark (the round's {@code find} on {@code delivery_queue}). */
    private static long queueReads(long mark) {
        return queries.since(mark).stream().filter(q -> q.command().equals("find") && q.collection().equals(DeliveryLog.QUEUE)).count();
    }

    private String overgedragen() {
        String id = UUID.randomUUID().toString();
        assertThat(log.add(id, Kanaal.NAAM, destination, "label-" + destination)).isTrue();
        return id;
    }

    private Deliveries deliveries() {
        return deliveries(settings);
    }

    private Deliveries deliveries(DeliverySettings settings) {
        Deliveries deliveries = new Deliveries(log, List.of(kanaal), circuitBreakers, retries, klok, settings, new SimpleMeterRegistry());
        started.add(deliveries);
        return deliveries;
    }

    static final class Gestopt extends Error {
    }

    /** A channel that counts what it sent, and fails, refuses or dies when told to. */
    static final class Kanaal implements DeliveryChannel {
        static final String NAAM = "test";
        final Map<String, Integer> verzonden = new ConcurrentHashMap<>();
        final Map<String, Integer> faalt = new ConcurrentHashMap<>();
        final List<String> onbestelbaar = new CopyOnWriteArrayList<>();
        final List<String> gemeld = new CopyOnWriteArrayList<>();
        volatile boolean sterftNaVersturen;
        volatile CountDownLatch wacht = new CountDownLatch(0);

        @Override
        public String name() {
            return NAAM;
        }

        @Override
        public void send(Delivery delivery) throws Exception {
            wacht.await(10, TimeUnit.SECONDS);
            if (onbestelbaar.contains(delivery.id())) {
                throw new Undeliverable("no such address");
            }
            if (faalt.getOrDefault(delivery.id(), 0) > 0) {
                faalt.merge(delivery.id(), -1, Integer::sum);
                throw new IllegalStateException("peer down");
            }
            verzonden.merge(delivery.id(), 1, Integer::sum);
            if (sterftNaVersturen) {
                throw new Gestopt();
            }
        }

        int verzonden(String id) {
            return verzonden.getOrDefault(id, 0);
        }

        @Override
        public void sent(Delivery delivery) {
            gemeld.add("sent " + delivery.id());
        }

        @Override
        public void failed(Delivery delivery, String reason) {
            gemeld.add("failed " + delivery.id());
        }

        @Override
        public void stopped(Delivery delivery, Delivery.Status status, String reason) {
            gemeld.add("stopped " + status + " " + delivery.id());
        }
    }

    /** A clock the test moves; the store keeps milliseconds, so it starts on a whole second. */
    static final class Klok extends Clock {
        private volatile Instant nu;

        Klok(Instant start) {
            this.nu = start;
        }

        void verzet(Duration duur) {
            nu = nu.plus(duur);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return nu;
        }
    }
}
