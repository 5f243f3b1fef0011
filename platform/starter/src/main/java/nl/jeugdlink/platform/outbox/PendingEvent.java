package nl.jeugdlink.platform.outbox;

import java.time.Instant;
import nl.jeugdlink.platform.cloudevents.PublishableEvent;
import org.jspecify.annotations.Nullable;

/**
 * An outgoing event waiting inside its aggregate's document until the relay has published it.
 * Stored with the state change that caused it, in the same write, so the two cannot part.
 *
 * @param eventId the CloudEvents {@code id}; also how consumers recognise a second delivery
 * @param type the CloudEvents {@code type}
 * @param topic the Kafka topic
 * @param subject the aggregate id: the CloudEvents {@code subject} and the Kafka key
 * @param time when the event happened
 * @param data the payload as JSON
 * @param traceparent the W3C {@code traceparent} of the request or event that caused this one, or null
 *     when it was written outside a trace: the relay publishes later on its own thread, so the trace
 *     travels with the event and becomes a header of the published record
 */
public record PendingEvent(String eventId, String type, String topic, String subject, Instant time, String data,
        @Nullable String traceparent) implements PublishableEvent {

    /** An event outside any trace. */
    public PendingEvent(String eventId, String type, String topic, String subject, Instant time, String data) {
        this(eventId, type, topic, subject, time, data, null);
    }
}
