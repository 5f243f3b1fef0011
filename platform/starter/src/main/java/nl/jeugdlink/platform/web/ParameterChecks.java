package nl.jeugdlink.platform.web;

import java.util.List;
import java.util.UUID;
import nl.jeugdlink.platform.web.ProblemHandling.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** Checks of path and query parameters that every service's controllers share. */
public final class ParameterChecks {

    private ParameterChecks() {
    }

    /** Whether the value is a UUID in its canonical form (UUID.fromString alone also takes "1-1-1-1-1"). */
    public static boolean isUuid(@Nullable String waarde) {
        if (waarde == null || waarde.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(waarde);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A 400 naming the parameter unless its value is a UUID. */
    public static void uuid(String naam, String waarde) {
        if (!isUuid(waarde)) {
            throw new InvalidInputException(naam, "uuid", "Een " + naam + " is een UUID.");
        }
    }

    /** For a parameter that may be left out: when given and not a UUID, a finding for the caller's 400. */
    public static void uuid(String naam, @Nullable String waarde, List<InvalidParam> fouten) {
        if (waarde != null && !isUuid(waarde)) {
            fouten.add(new InvalidParam(naam, "uuid", "Een " + naam + " is een UUID."));
        }
    }
}
