package nl.jeugdlink.platform.inbound;

import java.time.Instant;

/**
 * A received event, its CloudEvents attributes read and checked.
 *
 * @param id the producer's event id: the key for recognising a second delivery
 * @param type the CloudEvents type, versioned
 * @param source the producing service
 * @param subject the aggregate id the event is about
 * @param time when it happened
 * @param data the JSON payload
 */
public record InboundEvent(String id, String type, String source, String subject, Instant time, byte[] data) {
}
