package nl.jeugdlink.platform.inbound;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One Kafka record of a batch as the binding received it: its own headers (CloudEvents attributes),
 * key, payload and place in the topic, enough to read it and to send it on to the dead-letter topic
 * unchanged.
 */
public record InboundRecord(@Nullable byte[] key, Map<String, Object> headers, byte[] payload, String topic, int partition, long offset,
        long timestamp) {
}
