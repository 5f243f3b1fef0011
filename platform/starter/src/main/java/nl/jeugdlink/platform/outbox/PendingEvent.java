package nl.jeugdlink.platform.outbox;

import java.time.Instant;
import nl.jeugdlink.platform.cloudevents.PublishableEvent;

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
 */
public record PendingEvent(String eventId, String type, String topic, String subject, Instant time, String data) implements PublishableEvent {
}
