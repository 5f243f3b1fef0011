package nl.jeugdlink.escalatie.termijn.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Turns moments into deadline days: the working-day calendar and the region's terms, read in Dutch
 * local time. A referral at 00:30 on a Tuesday in Amsterdam is a Tuesday referral, even though it
 * is still Monday in UTC.
 */
public final class Termijnklok {

    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final Werkdagkalender kalender;
    private final Termijnregels regels;

    public Termijnklok(Werkdagkalender kalender, Termijnregels regels) {
        this.kalender = kalender;
        this.regels = regels;
    }

    public Termijnregels regels() {
        return regels;
    }

    /** The last day on which a deadline of this kind (its default term) is met. */
    public LocalDate uiterlijk(Soort soort, Instant start) {
        return regels.van(soort).map(regel -> uiterlijk(regel.duur(), start))
                .orElseThrow(() -> new IllegalArgumentException("no rule for " + soort));
    }

    /**
     * The last day on which the deadline is met: the n-th working day after the start day, or the
     * same weekday n calendar weeks on - moved to the next working day when that is a day off (ADR 0049,
     * as the Algemene termijnenwet extends a term that ends on a Saturday, Sunday or public holiday).
     */
    public LocalDate uiterlijk(Termijnduur duur, Instant start) {
        return switch (duur.eenheid()) {
            case WERKDAGEN -> kalender.plusWerkdagen(dag(start), duur.aantal());
            case WEKEN -> kalender.opOfNa(dag(start).plusWeeks(duur.aantal()));
        };
    }

    /** The term in working days as it falls from this start: what the published events state. */
    public int werkdagen(Termijnduur duur, Instant start) {
        return duur.eenheid() == Termijnduur.Eenheid.WERKDAGEN ? duur.aantal() : kalender.werkdagenTussen(dag(start), uiterlijk(duur, start));
    }

    /** A last day moved on by so many working days: a suspension's or an extension's. */
    public LocalDate later(LocalDate uiterlijk, int werkdagen) {
        return kalender.plusWerkdagen(uiterlijk, werkdagen);
    }

    /** A last day moved on by a term (working days or weeks, these too ending on a working day): when a breach reaches its next person. */
    public LocalDate later(LocalDate uiterlijk, Termijnduur duur) {
        return duur.eenheid() == Termijnduur.Eenheid.WERKDAGEN ? kalender.plusWerkdagen(uiterlijk, duur.aantal())
                : kalender.opOfNa(uiterlijk.plusWeeks(duur.aantal()));
    }

    /** The moment the deadline has passed: when the local day {@code uiterlijk} has ended. */
    public Instant verstrijktOp(LocalDate uiterlijk) {
        return uiterlijk.plusDays(1).atStartOfDay(NEDERLAND).toInstant();
    }

    /** Whether something that happened at {@code op} met a deadline whose last day is {@code uiterlijk}. */
    public boolean opTijd(Instant op, LocalDate uiterlijk) {
        return !dag(op).isAfter(uiterlijk);
    }

    /** Working days after {@code uiterlijk} up to and including the local day of {@code nu}. */
    public int werkdagenTeLaat(LocalDate uiterlijk, Instant nu) {
        return kalender.werkdagenTussen(uiterlijk, dag(nu));
    }

    /** Working days from the local day of {@code van} to that of {@code tot}; the monitoring figure of seed 003. */
    public int werkdagenTussen(Instant van, Instant tot) {
        return kalender.werkdagenTussen(dag(van), dag(tot));
    }

    public static LocalDate dag(Instant moment) {
        return LocalDate.ofInstant(moment, NEDERLAND);
    }
}
