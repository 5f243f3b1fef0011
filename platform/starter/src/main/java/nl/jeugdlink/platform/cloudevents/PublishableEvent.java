package nl.jeugdlink.platform.cloudevents;

import java.time.Instant;

/**
 * What the envelope needs of an event about to be published. The outbox's pending events are such
 * events; the envelope knows nothing of the outbox (the outbox, and every other sender, depends on
 * the envelope, never the other way round).
 */
public interface PublishableEvent {

    /** The CloudEvents {@code id}. */
    String eventId();

    /** The CloudEvents {@code type}. */
    String type();

    /** The Kafka topic. */
    String topic();

    /** The CloudEvents {@code subject}: the id of the aggregate the event is about. */
    String subject();

    /** When the event happened. */
    Instant time();

    /** The payload as JSON. */
    String data();
}
