package nl.jeugdlink.notificatie.notificatie.domain;

/** Hands a message to the mail server. */
public interface Verzender {

    /** What became of one sending attempt. */
    sealed interface Resultaat {
        /** The server accepted it, after {@code pogingen} tries. */
        record Verzonden(int pogingen) implements Resultaat {
        }

        /** Every try failed. */
        record Mislukt(int pogingen, String fout) implements Resultaat {
        }

        /** Not tried: the circuit breaker is open, the server failed too often just now. */
        record NietGeprobeerd(String reden) implements Resultaat {
        }
    }

    Resultaat verstuur(Notificatie notificatie);
}
