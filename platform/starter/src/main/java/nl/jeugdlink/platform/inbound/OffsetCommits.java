package nl.jeugdlink.platform.inbound;

import java.time.Duration;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;

/**
 * When a consumer binding commits its offsets: what it has handled, once per {@code jeugdlink.kafka.consumer.commit-interval}
 * (one second), not after every poll (spring-kafka's default, {@code AckMode.BATCH}).
 *
 * <p>Why: with a commit after every poll, each poll of each of a service's bindings was a synchronous round trip to the
 * broker and a write to its offsets log. Under light load a poll holds about one referral's events, so the closed loop
 * paid a commit per binding per referral: the broker's CPU per referral fell by a third with commits on a timer
 * (docs/performance.md, "Session 2026-12-07 fifth").
 *
 * <p>Why that is safe: what a consumer handled is in the store before its offset is committed, and an event delivered again
 * is recognised by the aggregate it was applied to (ADR 0015: the ids of the last 200 events applied are in the same
 * document write). After a crash or a stop a consumer may read again what it handled in its last interval, as it could
 * before between a poll's handling and its commit. The lag read from committed offsets (the "Consumer lag per topic" panel)
 * may show up to one interval of events that are in fact handled: the container also polls for at most one interval, so an
 * idle consumer commits its last events within it too. ADR 0052.
 */
public final class OffsetCommits implements ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> {

    private final Duration interval;

    public OffsetCommits(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("jeugdlink.kafka.consumer.commit-interval must be positive, not " + interval);
        }
        this.interval = interval;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destination, String group) {
        ContainerProperties properties = container.getContainerProperties();
        properties.setAckMode(ContainerProperties.AckMode.TIME);
        properties.setAckTime(interval.toMillis());
        // The container commits at the top of its loop, which a poll without records holds for the poll timeout (spring-kafka's
        // 5 s): after its last event an idle consumer committed up to 5 s late, and its lag showed that long. Polling at most
        // one interval keeps "committed within one interval" true; an empty poll's turn of the loop costs no broker request.
        properties.setPollTimeout(Math.min(properties.getPollTimeout(), interval.toMillis()));
    }
}
