package nl.jeugdlink.platform.delivery;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outbound work: a delivery handed over ({@link DeliveryLog#add}) is sent at once (see {@link #deliverSoon}) on a sender thread, and
 * the round ({@link #round()}) sends what came due again - also after a restart, because the waiting
 * state is in the store, not in memory.
 *
 * <p>One sending round of a delivery: it is claimed under a lease (so two instances, or the round and
 * an immediate send, never send it at the same time); each try is recorded in the log before it is
 * sent; tries go through the circuit breaker of the delivery's destination and are repeated with the
 * back-off of its retry instance (both Resilience4j, named after the destination); the outcome is
 * written back. A round whose tries all failed waits, doubling the pause per attempt; a delivery the
 * channel refuses for good is parked; one still failing after the give-up term is given up.
 *
 * <p>At-least-once: a sender that dies after the peer accepted and before "sent" was written leaves
 * its attempt recorded without an outcome; once the lease ran out the next sender marks that attempt
 * unknown and sends again - the log shows both, and the channel makes the repeat recognisable
 * (see {@link DeliveryChannel}).
 *
 * <p>The round reads the queue only when there is something to do: when a due time this instance
 * knows of has come and the senders hold nothing handed over (a burst is theirs to send), and on a full
 * round every {@code fullRound} and at start, which finds what nobody here knew of (left by a stopped
 * instance). See {@link DeliveryLog} for why that read is small.
 */
public class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);
    private static final int PER_ROUND = 100;

    private final DeliveryLog store;
    private final Map<String, DeliveryChannel> channels;
    private final CircuitBreakerRegistry circuitBreakers;
    private final RetryRegistry retries;
    private final Clock clock;
    private final DeliverySettings settings;
    private final MeterRegistry meters;
    private final ExecutorService senders;
    /** Waiting deliveries per channel and label, as of the round's last read of the queue. */
    private volatile Map<String, Map<String, Long>> pending = Map.of();
    /** The earliest moment a waiting delivery is known to be due; null when none is known. */
    private final AtomicReference<@Nullable Instant> nextKnown = new AtomicReference<>();
    /** Monotonic, not the (adjustable) clock: a clock set back must not postpone the full round. */
    private volatile long lastFullRound;
    /** Handed over to the senders ({@link #deliverSoon}) and not yet done: while any are, only a full round reads the queue. */
    private final AtomicInteger handedOver = new AtomicInteger();

    public Deliveries(DeliveryLog store, List<DeliveryChannel> channels, CircuitBreakerRegistry circuitBreakers, RetryRegistry retries, Clock clock,
            DeliverySettings settings, MeterRegistry meters) {
        this.store = store;
        this.channels = channels.stream().collect(Collectors.toUnmodifiableMap(DeliveryChannel::name, Function.identity()));
        for (String named : settings.channels().keySet()) {
            if (!this.channels.containsKey(named)) {
                // A mistyped name would leave the channel on the service's schedule without a word.
                throw new IllegalStateException("jeugdlink.delivery.channels." + named + " names no delivery channel of this service; its channels are "
                        + new java.util.TreeSet<>(this.channels.keySet()));
            }
        }
        this.circuitBreakers = circuitBreakers;
        this.retries = retries;
        this.clock = clock;
        this.settings = settings;
        this.meters = meters;
        // A few at a time: a burst (a replay after a first start) queues up instead of opening hundreds of connections.
        this.senders = Executors.newFixedThreadPool(settings.senders(), Thread.ofVirtual().name("delivery-", 0).factory());
        this.lastFullRound = System.nanoTime() - settings.fullRound().toNanos(); // the first round is a full one
        for (String channel : this.channels.keySet()) {
            Gauge.builder("jeugdlink.deliveries.pending", this,
                    d -> d.pending(channel).values().stream().mapToLong(Long::longValue).sum())
                    .description("Deliveries not yet accepted, parked or given up (as of the round's last read)").tag("channel", channel)
                    .register(meters);
        }
    }

    /** Sends it now on a sender thread, if it is due: the caller (a consumer, a request) does not wait for the peer. */
    public void deliverSoon(String id) {
        handedOver.incrementAndGet();
        try {
            senders.execute(() -> {
                try {
                    deliver(id);
                } finally {
                    handedOver.decrementAndGet();
                }
            });
        } catch (RuntimeException e) {
            handedOver.decrementAndGet(); // stopped: the queue entry stays for the round of the next start
            throw e;
        }
    }

    /** Tries a parked or given-up delivery again. @return false when it was not parked or given up */
    public boolean release(String id) {
        boolean released = store.release(id, clock.instant());
        if (released) {
            deliverSoon(id);
        }
        return released;
    }

    /** How many deliveries of this channel wait, by label, as of the round's last read. */
    public Map<String, Long> pending(String channel) {
        return pending.getOrDefault(channel, Map.of());
    }

    /** One sending round for this delivery, if it is pending, due and not leased by another sender; else nothing. */
    public void deliver(String id) {
        Instant now = clock.instant();
        Instant leaseUntil = now.plus(settings.lease());
        Delivery delivery;
        try {
            if (!store.claim(id, now, leaseUntil)) {
                return; // not due, leased by another sender, or no longer queued
            }
            Optional<Delivery> found = store.find(id);
            if (found.isEmpty() || found.get().status() != Delivery.Status.PENDING) {
                store.dequeue(id); // its final state was written, its queue entry not yet removed
                return;
            }
            delivery = found.get();
            Delivery.Attempt last = delivery.lastAttempt();
            if (last != null && last.outcome() == Delivery.Attempt.Outcome.STARTED) {
                log.warn("delivery {}: attempt {} has no outcome - its sender stopped; it may have been delivered and is sent again",
                        id, last.number());
                store.unknown(id, last.number());
            }
        } catch (RuntimeException e) {
            log.warn("could not claim delivery {} ({}); the round will try again", id, e.getMessage());
            expect(now);
            return;
        }
        DeliveryChannel channel = channels.get(delivery.channel());
        if (channel == null) {
            log.warn("delivery {}: no channel {} in this service; it waits", id, delivery.channel());
            expect(leaseUntil);
            return;
        }
        send(delivery, channel, leaseUntil);
    }

    private void send(Delivery delivery, DeliveryChannel channel, Instant leaseUntil) {
        String id = delivery.id();
        DeliverySettings.Schedule schedule = settings.schedule(channel.name());
        CircuitBreaker circuitBreaker = circuitBreakers.circuitBreaker(delivery.destination());
        Retry.Context<Object> retry = retries.retry(delivery.destination()).context();
        int number = delivery.attemptCount();
        int tried = 0;
        String reason;
        while (true) {
            if (!circuitBreaker.tryAcquirePermission()) {
                String notTried = "not tried: circuit breaker " + delivery.destination() + " is open (the destination failed too often just now)";
                reason = notTried;
                if (tried == 0) {
                    after(id, () -> store.waitUntil(id, clock.instant().plus(schedule.firstWait()), notTried), leaseUntil);
                    expect(clock.instant().plus(schedule.firstWait()));
                    return;
                }
                break;
            }
            number++;
            tried++;
            try {
                store.started(id, number, clock.instant());
            } catch (RuntimeException e) {
                // Nothing is sent that is not in the log; the lease runs out and the round tries again.
                circuitBreaker.releasePermission();
                log.warn("delivery {}: could not record attempt {} ({}); not sent", id, number, e.getMessage());
                expect(leaseUntil);
                return;
            }
            long start = circuitBreaker.getCurrentTimestamp();
            try {
                channel.send(delivery);
                circuitBreaker.onSuccess(circuitBreaker.getCurrentTimestamp() - start, circuitBreaker.getTimestampUnit());
                retry.onComplete();
            } catch (DeliveryChannel.Undeliverable u) {
                circuitBreaker.onSuccess(circuitBreaker.getCurrentTimestamp() - start, circuitBreaker.getTimestampUnit()); // the peer is fine
                int n = number;
                after(id, () -> {
                    store.failed(id, n, clock.instant(), u.getMessage());
                    store.stop(id, Delivery.Status.PARKED, u.getMessage());
                }, leaseUntil);
                count("jeugdlink.deliveries.parked", delivery);
                log.warn("delivery {} ({}) parked: {}", id, delivery.label(), u.getMessage());
                channel.stopped(delivery, Delivery.Status.PARKED, u.getMessage());
                return;
            } catch (Exception e) {
                // Not Throwable: an Error is not a failed delivery but a stopping sender, which writes nothing more (the lease tells).
                circuitBreaker.onError(circuitBreaker.getCurrentTimestamp() - start, circuitBreaker.getTimestampUnit(), e);
                String failure = channel.describe(e);
                int n = number;
                after(id, () -> store.failed(id, n, clock.instant(), failure), leaseUntil);
                reason = failure;
                try {
                    retry.onError(e); // waits the back-off of the destination's retry instance, or throws when its tries are spent
                    continue;
                } catch (Exception spent) {
                    break;
                }
            }
            // Sent. Written back; if that fails, the lease runs out and the repeat carries the same id.
            int n = number;
            if (after(id, () -> store.sent(id, n, clock.instant()), leaseUntil)) {
                count("jeugdlink.deliveries.sent", delivery);
                try {
                    channel.sent(delivery);
                } catch (RuntimeException e) {
                    log.warn("delivery {}: the channel's after-sent step failed: {}", id, e.getMessage());
                }
            }
            return;
        }
        Instant now = clock.instant();
        if (!now.isBefore(delivery.createdAt().plus(schedule.giveUpAfter()))) {
            String why = "given up after " + schedule.giveUpAfter() + " of trying: " + reason;
            after(id, () -> store.stop(id, Delivery.Status.GIVEN_UP, why), leaseUntil);
            count("jeugdlink.deliveries.given.up", delivery);
            log.warn("delivery {} ({}) {}", id, delivery.label(), why);
            channel.stopped(delivery, Delivery.Status.GIVEN_UP, why);
            return;
        }
        Instant next = now.plus(schedule.waitAfter(number));
        after(id, () -> store.waitUntil(id, next, null), leaseUntil);
        expect(next);
        count("jeugdlink.deliveries.failed", delivery);
        log.warn("delivery {} ({}) not sent after {} attempt(s): {}", id, delivery.label(), number, reason);
        channel.failed(delivery, reason);
    }

    /** Writes an outcome; when the store fails, the lease runs out and the round takes it up again. */
    private boolean after(String id, Runnable write, Instant leaseUntil) {
        try {
            write.run();
            return true;
        } catch (RuntimeException e) {
            log.warn("could not record the outcome of delivery {}: {}", id, e.getMessage());
            expect(leaseUntil);
            return false;
        }
    }

    /**
     * The round: reads the queue when a delivery is known to be due or a full round is due; sends what
     * is due, refreshes what waits and remembers when the next one comes.
     */
    public void round() {
        Instant now = clock.instant();
        boolean full = System.nanoTime() - lastFullRound >= settings.fullRound().toNanos();
        if (!full && handedOver.get() > 0) {
            // The senders still hold deliveries handed over to them: the queue is that backlog. Reading it whole every round,
            // to send 100 of it here as well, grew with the backlog - after the bench's burst of 20,000 mails the next step read
            // 69 queue entries per referral (issue 11). What came due meanwhile stays known and is read once the senders are
            // done, or at the full round.
            return;
        }
        Instant known = nextKnown.getAndUpdate(v -> v != null && !v.isAfter(now) ? null : v);
        if (!full && (known == null || known.isAfter(now))) {
            return;
        }
        if (full) {
            lastFullRound = System.nanoTime();
        }
        try {
            List<DeliveryLog.Queued> queue = store.queue();
            pending = queue.stream().collect(Collectors.groupingBy(DeliveryLog.Queued::channel,
                    Collectors.groupingBy(DeliveryLog.Queued::label, Collectors.counting())));
            List<String> due = queue.stream().filter(q -> !q.dueAt().isAfter(now))
                    .sorted(Comparator.comparing(DeliveryLog.Queued::dueAt))
                    .limit(PER_ROUND).map(DeliveryLog.Queued::id).toList();
            queue.stream().map(DeliveryLog.Queued::dueAt).filter(at -> at.isAfter(now)).min(Comparator.naturalOrder()).ifPresent(this::expect);
            if (!due.isEmpty()) {
                expect(now); // read again next round: more may be due, and what waits catches up with what went out now
            }
            due.forEach(this::deliver);
        } catch (RuntimeException e) {
            log.warn("delivery round failed: {}", e.getMessage());
            expect(now);
        }
    }

    /**
     * Lets the senders finish what they hold (bounded by the channels' own timeouts), so no send runs on
     * while the beans it needs are destroyed; what they did not get to stays leased and goes after the lease.
     */
    public void stop(Duration grace) {
        senders.shutdown();
        try {
            if (!senders.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A waiting delivery comes due at this moment: the round reads the queue then. */
    private void expect(Instant moment) {
        nextKnown.accumulateAndGet(moment, (current, fresh) -> current == null || fresh.isBefore(current) ? fresh : current);
    }

    private void count(String name, Delivery delivery) {
        Counter.builder(name).tag("channel", delivery.channel()).register(meters).increment();
    }
}
