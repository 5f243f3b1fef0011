package nl.jeugdlink.platform.inbound;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * Splits what a batch-mode binding delivers ({@code Message<List<byte[]>>}, every Kafka header a list
 * in the order of the payloads) into its records. The record's own headers are in
 * {@code kafka_batchConvertedHeaders} (one map per record) or, without a header mapper, in
 * {@code kafka_nativeHeaders}.
 */
final class InboundBatch {

    private InboundBatch() {
    }

    static List<InboundRecord> records(Message<? extends List<?>> batch) {
        List<?> payloads = batch.getPayload();
        MessageHeaders headers = batch.getHeaders();
        List<?> converted = list(headers, KafkaHeaders.BATCH_CONVERTED_HEADERS);
        List<?> natives = list(headers, KafkaHeaders.NATIVE_HEADERS);
        List<?> keys = list(headers, KafkaHeaders.RECEIVED_KEY);
        List<?> topics = list(headers, KafkaHeaders.RECEIVED_TOPIC);
        List<?> partitions = list(headers, KafkaHeaders.RECEIVED_PARTITION);
        List<?> offsets = list(headers, KafkaHeaders.OFFSET);
        List<?> timestamps = list(headers, KafkaHeaders.RECEIVED_TIMESTAMP);
        List<InboundRecord> records = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            Object payload = payloads.get(i);
            byte[] value = payload instanceof byte[] bytes ? bytes : payload == null ? new byte[0] : String.valueOf(payload).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            records.add(new InboundRecord(key(at(keys, i)), own(at(converted, i), at(natives, i)), value,
                    String.valueOf(at(topics, i)), at(partitions, i) instanceof Number n ? n.intValue() : -1,
                    at(offsets, i) instanceof Number n ? n.longValue() : -1, at(timestamps, i) instanceof Number n ? n.longValue() : -1));
        }
        return records;
    }

    private static List<?> list(MessageHeaders headers, String name) {
        return headers.get(name) instanceof List<?> list ? list : List.of();
    }

    private static @Nullable Object at(List<?> list, int i) {
        return i < list.size() ? list.get(i) : null;
    }

    private static byte @Nullable [] key(@Nullable Object key) {
        if (key == null) {
            return null;
        }
        return key instanceof byte[] bytes ? bytes : String.valueOf(key).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Map<String, Object> own(@Nullable Object converted, @Nullable Object natives) {
        Map<String, Object> own = new LinkedHashMap<>();
        if (converted instanceof Map<?, ?> map) {
            map.forEach((name, value) -> {
                if (value != null) {
                    own.put(String.valueOf(name), value);
                }
            });
        } else if (natives instanceof Headers raw) {
            for (Header header : raw) {
                own.put(header.key(), header.value());
            }
        }
        return own;
    }
}
