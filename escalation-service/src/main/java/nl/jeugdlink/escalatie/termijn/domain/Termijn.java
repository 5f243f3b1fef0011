package nl.jeugdlink.escalatie.termijn.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One deadline, identified by its kind and its subject. Immutable: each transition gives the next
 * state, and only these exist: OPEN to OVERSCHREDEN (once); OPEN to OPGESCHORT and back; a running
 * one to a final state.
 *
 * @param soort which kind
 * @param onderwerp the id of what it is about (the referral for the deadlines of journey 1)
 * @param werkdagen its term in working days, as it fell from the start
 * @param gestartOp the fact that started it
 * @param uiterlijk the last day on which it is met, moved on by resumptions and extensions
 * @param verstrijktOp the moment it has passed: the end of the local day {@code uiterlijk}
 * @param status where it stands
 * @param gestoptOp the fact that stopped it (met or lapsed), once stopped
 * @param overschredenOp when the service established it had passed, once it did
 * @param werkdagenTeLaat working days after {@code uiterlijk} when that was established
 * @param betrokkene whom a breach concerns
 * @param opgeschortOp since when it is suspended, while it is
 * @param geschiedenis its suspensions, resumptions and extensions, with their reasons, oldest first
 * @param opschalingOp once overschreden, when the breach reaches the next person (its rule's {@code betreft.daarna}), if any
 * @param opgeschaaldOp when it did
 */
public record Termijn(
        Soort soort,
        String onderwerp,
        int werkdagen,
        Instant gestartOp,
        LocalDate uiterlijk,
        Instant verstrijktOp,
        Status status,
        @Nullable Instant gestoptOp,
        @Nullable Instant overschredenOp,
        @Nullable Integer werkdagenTeLaat,
        Betrokkene betrokkene,
        @Nullable Instant opgeschortOp,
        List<Wijziging> geschiedenis,
        @Nullable Instant opschalingOp,
        @Nullable Instant opgeschaaldOp) {

    /** A transition this deadline's state does not allow: for the API, a 409. */
    public static class OngeldigeOvergang extends IllegalStateException {

        public OngeldigeOvergang(String message) {
            super(message);
        }
    }

    public Termijn {
        geschiedenis = List.copyOf(geschiedenis);
    }

    static Termijn start(Soort soort, String onderwerp, Termijnduur duur, Instant gestartOp, Betrokkene betrokkene, Termijnklok klok) {
        LocalDate uiterlijk = klok.uiterlijk(duur, gestartOp);
        return new Termijn(soort, onderwerp, klok.werkdagen(duur, gestartOp), gestartOp, uiterlijk, klok.verstrijktOp(uiterlijk), Status.OPEN,
                null, null, null, betrokkene, null, List.of(), null, null);
    }

    /** The id every event of this deadline carries: the same for the same subject and kind, in every instance. */
    public static String id(String onderwerp, Soort soort) {
        return UUID.nameUUIDFromBytes((onderwerp + "/" + soort.name()).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public String id() {
        return id(onderwerp, soort);
    }

    boolean verstreken(Instant nu) {
        return !nu.isBefore(verstrijktOp);
    }

    Termijn overschreden(Instant nu, int teLaat, @Nullable Instant opschaling) {
        if (status != Status.OPEN) {
            throw new OngeldigeOvergang(soort + " is " + status + ", it cannot pass again");
        }
        return new Termijn(soort, onderwerp, werkdagen, gestartOp, uiterlijk, verstrijktOp, Status.OVERSCHREDEN, null, nu, teLaat, betrokkene,
                null, geschiedenis, opschaling, null);
    }

    /** Whether the breach waits to reach its next person, and that moment has come. */
    boolean opTeSchalen(Instant nu) {
        Instant op = opschalingOp;
        return status == Status.OVERSCHREDEN && op != null && opgeschaaldOp == null && !nu.isBefore(op);
    }

    /** The breach reached its next person: once, ever. */
    Termijn opgeschaald(Instant nu) {
        return new Termijn(soort, onderwerp, werkdagen, gestartOp, uiterlijk, verstrijktOp, status, gestoptOp, overschredenOp, werkdagenTeLaat,
                betrokkene, opgeschortOp, geschiedenis, opschalingOp, nu);
    }

    /**
     * Whether a breach was reported and later withdrawn: met on time by a fact that arrived after the breach (ADR 0041). The breach's
     * moment and working days late stay as they were reported, for the record.
     */
    public boolean overschrijdingIngetrokken() {
        return status == Status.GEHAALD && overschredenOp != null;
    }

    /** The next moment the sweep must look at this deadline: when it passes, or when its breach reaches the next person; null: never. */
    public @Nullable Instant volgendMoment() {
        if (status == Status.OPEN) {
            return verstrijktOp;
        }
        return status == Status.OVERSCHREDEN && opgeschaaldOp == null ? opschalingOp : null;
    }

    Termijn gestopt(Status uitkomst, Instant op) {
        if (!status.lopend() || uitkomst.lopend()) {
            throw new OngeldigeOvergang(soort + " cannot go from " + status + " to " + uitkomst);
        }
        return met(uitkomst, uiterlijk, op, overschredenOp, werkdagenTeLaat, null, geschiedenis);
    }

    /** The last day against which a fact at {@code op} is judged: while suspended, moved on by the days suspended so far. */
    LocalDate grens(Instant op, Termijnklok klok) {
        Instant sinds = opgeschortOp;
        return sinds == null ? uiterlijk : klok.later(uiterlijk, klok.werkdagenTussen(sinds, op));
    }

    Termijn opgeschort(Instant op, String door, String reden) {
        if (status != Status.OPEN) {
            throw new OngeldigeOvergang(soort + " is " + status + "; only an open deadline can be suspended");
        }
        return met(Status.OPGESCHORT, uiterlijk, null, null, null, op,
                erbij(new Wijziging(Wijziging.Aard.OPGESCHORT, op, door, reden, 0, uiterlijk)));
    }

    /** Runs again, its last day moved on by exactly the working days it stood still. */
    Termijn hervat(Instant op, String door, String reden, Termijnklok klok) {
        Instant sinds = opgeschortOp;
        if (status != Status.OPGESCHORT || sinds == null) {
            throw new OngeldigeOvergang(soort + " is " + status + "; only a suspended deadline can be resumed");
        }
        int stilgestaan = klok.werkdagenTussen(sinds, op);
        LocalDate nieuw = klok.later(uiterlijk, stilgestaan);
        return new Termijn(soort, onderwerp, werkdagen, gestartOp, nieuw, klok.verstrijktOp(nieuw), Status.OPEN, null, null, null, betrokkene,
                null, erbij(new Wijziging(Wijziging.Aard.HERVAT, op, door, reden, stilgestaan, nieuw)), null, null);
    }

    Termijn verlengd(int extra, Instant op, String door, String reden, Termijnklok klok) {
        if (status != Status.OPEN && status != Status.OPGESCHORT) {
            throw new OngeldigeOvergang(soort + " is " + status + "; only an open or suspended deadline can be extended");
        }
        LocalDate nieuw = klok.later(uiterlijk, extra);
        return new Termijn(soort, onderwerp, werkdagen, gestartOp, nieuw, klok.verstrijktOp(nieuw), status, null, null, null, betrokkene,
                opgeschortOp, erbij(new Wijziging(Wijziging.Aard.VERLENGD, op, door, reden, extra, nieuw)), null, null);
    }

    /** The latest change in the history; there is one after every suspension, resumption or extension. */
    public Wijziging laatsteWijziging() {
        return Objects.requireNonNull(geschiedenis.isEmpty() ? null : geschiedenis.getLast(), "no history");
    }

    private List<Wijziging> erbij(Wijziging wijziging) {
        List<Wijziging> lijst = new ArrayList<>(geschiedenis);
        lijst.add(wijziging);
        return lijst;
    }

    private Termijn met(Status nieuw, LocalDate dag, @Nullable Instant gestopt, @Nullable Instant overschreden, @Nullable Integer teLaat,
            @Nullable Instant opgeschort, List<Wijziging> historie) {
        return new Termijn(soort, onderwerp, werkdagen, gestartOp, dag, verstrijktOp, nieuw, gestopt, overschreden, teLaat, betrokkene,
                opgeschort, historie, opschalingOp, opgeschaaldOp);
    }
}
