package nl.jeugdlink.notificatie.notificatie.adapter.web;

import java.util.UUID;
import nl.jeugdlink.platform.web.ProblemHandling.InvalidInputException;

/** Checks of query parameters that the controllers of this feature share. */
final class Invoer {

    private Invoer() {
    }

    /** A 400 naming the parameter unless its value is a UUID. */
    static void uuid(String veld, String waarde) {
        try {
            UUID.fromString(waarde);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(veld, "uuid", "Een " + veld + " is een UUID.");
        }
    }
}
