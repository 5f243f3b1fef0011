package nl.jeugdlink.escalatie.termijn.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One kind of deadline, declared: the event that starts it, the events that meet it and those that
 * make it lapse, its term (with per-municipality overrides), what it is about, and whom a breach
 * concerns. A new kind is one of these in the region's configuration plus the event types it reads.
 *
 * @param soort the kind's code
 * @param onderwerp pointer to the id of what the deadline is about (a referral, a JBT request, a toewijzing ...)
 * @param start the event that starts it
 * @param gehaald the events that meet it
 * @param vervalt the events that end it unmet (the traject or its subject ended)
 * @param duur the term
 * @param perGemeente the term where a municipality differs, by CBS code
 * @param betreft whom a breach concerns
 */
public record Termijnregel(Soort soort, String onderwerp, Trigger start, List<Trigger> gehaald, List<Trigger> vervalt,
        Termijnduur duur, Map<String, Termijnduur> perGemeente, Betreft betreft) {

    /** Every deadline of this kind in the traject, whatever its subject: for an event that ends them all (a closed casus). */
    public static final String ELK_ONDERWERP = "*";

    public Termijnregel {
        gehaald = List.copyOf(gehaald);
        vervalt = List.copyOf(vervalt);
        perGemeente = Map.copyOf(perGemeente);
    }

    /**
     * An event type with how to read it.
     *
     * @param type the CloudEvents type
     * @param moment pointer to a date-time or date in the payload; null: the event's own time
     * @param onderwerp pointer to the subject where it differs from the rule's; {@link #ELK_ONDERWERP} for all
     * @param voorwaarden all must hold, else the event does not count
     */
    public record Trigger(String type, @Nullable String moment, @Nullable String onderwerp, List<Voorwaarde> voorwaarden) {

        public Trigger {
            voorwaarden = List.copyOf(voorwaarden);
        }

        public static Trigger op(String type, @Nullable String moment) {
            return new Trigger(type, moment, null, List.of());
        }

        boolean geldt(Gebeurtenis g) {
            return type.equals(g.type()) && voorwaarden.stream().allMatch(v -> v.geldt(g.velden()));
        }

        /** When it happened: the named field (a date counts from the start of its Dutch day), else the envelope's time. */
        Instant moment(Gebeurtenis g) {
            return momentIndien(g).orElseThrow(() -> new OnleesbareGebeurtenis(type + " has no " + moment));
        }

        /**
         * As {@link #moment}, but empty when the named field is absent or null: a start whose date is not
         * known yet (an evaluation not planned) starts nothing, and that is no fault of the event.
         */
        Optional<Instant> momentIndien(Gebeurtenis g) {
            if (moment == null) {
                return Optional.of(g.tijdstip());
            }
            Optional<String> gelezen = g.velden().tekst(moment);
            if (gelezen.isEmpty()) {
                return Optional.empty();
            }
            String waarde = gelezen.get();
            try {
                return Optional.of(waarde.length() == 10 ? LocalDate.parse(waarde).atStartOfDay(Termijnklok.NEDERLAND).toInstant()
                        : Instant.parse(waarde));
            } catch (DateTimeParseException e) {
                throw new OnleesbareGebeurtenis(type + " " + moment + " is no date or moment: " + waarde);
            }
        }
    }

    /** A condition on a field: equal to {@code is}, or different from {@code niet} (absent counts as different). */
    public record Voorwaarde(String veld, @Nullable String is, @Nullable String niet) {

        boolean geldt(Velden velden) {
            Optional<String> waarde = velden.tekst(veld);
            if (is != null && !waarde.map(is::equals).orElse(false)) {
                return false;
            }
            return niet == null || !waarde.map(niet::equals).orElse(false);
        }
    }

    /**
     * Whom a breach concerns: a role, and the pointer to the organisation or municipality in the starting event;
     * a municipality of the region may name its own role or next person ({@code perGemeente}, by CBS code of the
     * traject's municipality), as it may its own term.
     *
     * @param rol e.g. TEAMLEIDER
     * @param organisatie pointer, e.g. {@code /gemeenteCode}
     * @param perGemeente where a municipality differs: the whole {@code betreft} that holds there
     */
    public record Betreft(String rol, String organisatie, @Nullable Opschaling daarna, Map<String, Betreft> perGemeente) {

        public Betreft {
            perGemeente = Map.copyOf(perGemeente);
        }

        public Betreft(String rol, String organisatie, @Nullable Opschaling daarna) {
            this(rol, organisatie, daarna, Map.of());
        }

        public Betreft(String rol, String organisatie) {
            this(rol, organisatie, null);
        }

        /** Whom a breach concerns in this municipality: its own entry, else the region's. */
        public Betreft in(String gemeenteCode) {
            return perGemeente.getOrDefault(gemeenteCode, this);
        }
    }

    /**
     * Whom a breach reaches next when the deadline is still not met {@code na} after its last day (the
     * route terms: the GI team leader first, then the region's contact person), in the traject's municipality.
     * Without {@code na} the breach reaches them together with the first (the JBT's planning: the chair and
     * the municipal contact), still as its own {@code TermijnOpgeschaald}, once.
     */
    public record Opschaling(String rol, @Nullable Termijnduur na) {

        /** Together with the breach itself. */
        public static Opschaling tegelijk(String rol) {
            return new Opschaling(rol, null);
        }
    }

    /** Whether this event starts a deadline of this kind but lacks the date its start is counted from: then the rule is skipped. */
    public boolean slaatOver(Gebeurtenis g) {
        return start.geldt(g) && start.momentIndien(g).isEmpty();
    }

    /** Whom a breach concerns in this municipality (the traject's). */
    public Betreft betreft(String gemeenteCode) {
        return betreft.in(gemeenteCode);
    }

    /** The term in this municipality. */
    public Termijnduur duur(String gemeenteCode) {
        return perGemeente.getOrDefault(gemeenteCode, duur);
    }

    /** The subject this trigger's event is about. */
    String onderwerpVan(Trigger trigger, Gebeurtenis g) {
        String pointer = trigger.onderwerp() != null ? trigger.onderwerp() : onderwerp;
        if (ELK_ONDERWERP.equals(pointer)) {
            return ELK_ONDERWERP;
        }
        return g.velden().tekst(pointer).orElseThrow(() -> new OnleesbareGebeurtenis(g.type() + " has no " + pointer + " for " + soort));
    }
}
