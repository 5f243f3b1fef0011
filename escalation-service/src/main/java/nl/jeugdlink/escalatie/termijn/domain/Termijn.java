package nl.jeugdlink.escalatie.termijn.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One deadline of a traject. Immutable: each transition gives the next state, and only these
 * transitions exist: OPEN to OVERSCHREDEN (once), and OPEN or OVERSCHREDEN to a final state.
 *
 * @param soort which deadline
 * @param werkdagen its term in working days
 * @param gestartOp the fact that started it
 * @param uiterlijk the last working day on which it is met
 * @param verstrijktOp the moment it has passed: the end of the local day {@code uiterlijk}
 * @param status where it stands
 * @param gestoptOp the fact that stopped it (met or lapsed), once stopped
 * @param overschredenOp when the service established it had passed, once it did
 * @param werkdagenTeLaat working days after {@code uiterlijk} when that was established
 */
public record Termijn(
        Soort soort,
        int werkdagen,
        Instant gestartOp,
        LocalDate uiterlijk,
        Instant verstrijktOp,
        Status status,
        @Nullable Instant gestoptOp,
        @Nullable Instant overschredenOp,
        @Nullable Integer werkdagenTeLaat) {

    static Termijn start(Soort soort, Instant gestartOp, Termijnklok klok) {
        LocalDate uiterlijk = klok.uiterlijk(soort, gestartOp);
        return new Termijn(soort, klok.werkdagen(soort), gestartOp, uiterlijk, klok.verstrijktOp(uiterlijk), Status.OPEN, null, null, null);
    }

    /** The id every event of this deadline carries: the same for the same traject and soort, in every instance. */
    public static String id(String aanmeldingId, Soort soort) {
        return UUID.nameUUIDFromBytes((aanmeldingId + "/" + soort.name()).getBytes(StandardCharsets.UTF_8)).toString();
    }

    boolean verstreken(Instant nu) {
        return !nu.isBefore(verstrijktOp);
    }

    Termijn overschreden(Instant nu, int teLaat) {
        if (status != Status.OPEN) {
            throw new IllegalStateException(soort + " is " + status + ", it cannot pass again");
        }
        return new Termijn(soort, werkdagen, gestartOp, uiterlijk, verstrijktOp, Status.OVERSCHREDEN, null, nu, teLaat);
    }

    Termijn gestopt(Status uitkomst, Instant op) {
        if (!status.lopend() || uitkomst.lopend()) {
            throw new IllegalStateException(soort + " cannot go from " + status + " to " + uitkomst);
        }
        return new Termijn(soort, werkdagen, gestartOp, uiterlijk, verstrijktOp, uitkomst, op, overschredenOp, werkdagenTeLaat);
    }
}
