package nl.jeugdlink.platform.inbound;

/**
 * The event was read but the domain refuses it (it breaks a rule, or refers to something that
 * cannot exist). Not retried: it goes to the dead-letter topic with this message as its reason.
 */
public class RejectedEventException extends RuntimeException {

    public RejectedEventException(String message) {
        super(message);
    }

    public RejectedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
