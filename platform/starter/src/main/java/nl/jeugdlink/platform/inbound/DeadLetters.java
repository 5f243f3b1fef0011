package nl.jeugdlink.platform.inbound;

/**
 * Sends one record of a batch to its binding's dead-letter topic {@code <destination>.<group>.dlq}
 * (ADR 0015, ADR 0018): unchanged, with the reason as the binder would give it
 * ({@code x-exception-message}, {@code x-exception-fqcn}, {@code x-exception-stacktrace},
 * {@code x-original-topic}, ...). In batch mode the binder itself could only dead-letter a whole
 * poll, so the batch table does it per record. Returns once the broker acknowledged it.
 */
public interface DeadLetters {

    void send(String binding, InboundRecord record, RuntimeException reason);
}
