package nl.jeugdlink.platform.inbound;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.core.env.Environment;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * {@link DeadLetters} through the binder's producer (synchronous, acks=all: platform defaults), to the
 * topic {@link DeadLetterTopics} named for the binding, with the headers the binder's own dead-letter
 * handler writes in record mode, so that a dead letter looks the same whichever mode took it.
 */
public class KafkaDeadLetters implements DeadLetters {

    private final StreamBridge bridge;
    private final Environment environment;

    public KafkaDeadLetters(StreamBridge bridge, Environment environment) {
        this.bridge = bridge;
        this.environment = environment;
    }

    @Override
    public void send(String binding, InboundRecord record, RuntimeException reason) {
        String topic = environment.getProperty("spring.cloud.stream.kafka.bindings." + binding + ".consumer.dlq-name");
        if (topic == null) {
            throw new IllegalStateException("binding " + binding + " has no dead-letter topic (no destination or group)");
        }
        // As the binder does: the failure wrapped once, so the trace names it as "Caused by".
        RuntimeException failure = new IllegalStateException("event dead-lettered by the inbound table of " + binding, reason);
        MessageBuilder<byte[]> letter = MessageBuilder.withPayload(record.payload());
        record.headers().forEach((name, value) -> {
            if (value instanceof byte[] || value instanceof String) {
                letter.setHeader(name, bytes(value));
            }
        });
        if (record.key() != null) {
            letter.setHeader(KafkaHeaders.KEY, record.key());
        }
        letter.setHeader("x-original-topic", bytes(record.topic()))
                .setHeader("x-original-partition", ByteBuffer.allocate(Integer.BYTES).putInt(record.partition()).array())
                .setHeader("x-original-offset", ByteBuffer.allocate(Long.BYTES).putLong(record.offset()).array())
                .setHeader("x-original-timestamp", ByteBuffer.allocate(Long.BYTES).putLong(record.timestamp()).array())
                .setHeader("x-exception-fqcn", bytes(reason.getClass().getName()))
                .setHeader("x-exception-message", bytes(reason.getMessage() == null ? reason.getClass().getSimpleName() : reason.getMessage()))
                .setHeader("x-exception-stacktrace", bytes(stackTrace(failure)));
        Message<byte[]> message = letter.build();
        if (!bridge.send(topic, message)) {
            throw new IllegalStateException("dead letter " + record.topic() + "@" + record.partition() + ":" + record.offset() + " not accepted for " + topic);
        }
    }

    private static byte[] bytes(Object value) {
        return value instanceof byte[] b ? b : String.valueOf(value).getBytes(StandardCharsets.UTF_8);
    }

    private static String stackTrace(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
