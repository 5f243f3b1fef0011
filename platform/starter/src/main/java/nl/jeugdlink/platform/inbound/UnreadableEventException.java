package nl.jeugdlink.platform.inbound;

/**
 * The message cannot be read: no CloudEvents envelope, or a payload that does not parse into its
 * contract. Retrying will not help, so the binding sends it to its dead-letter topic at once.
 */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public UnreadableEventException(String message) {
        super(message);
    }
}
