package nl.jeugdlink.jbt.verzoek.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A Jeugdbeschermingstafel: one moment a week with room for so many talks (seed 002:491), the
 * municipalities it serves, the neighbouring table that takes over when the wait runs long, and the
 * municipal contact who is told.
 *
 * @param naam the table's name, e.g. {@code foodvalley}
 * @param dag the weekday of its weekly moment
 * @param capaciteit how many requests one moment takes, unless the chair sets otherwise for a week
 * @param gemeenten the CBS codes of the municipalities it serves
 * @param buurtafel the neighbouring table offered when the first free moment lies too far ahead
 * @param contactpersoonId the municipal contact told of a long wait
 * @param raadContactpersoonId the table's contact at the Raad voor de Kinderbescherming, invited to each talk; null when none
 * @param giContactpersoonId the table's contact at the Gecertificeerde Instelling, invited to each talk; null when none
 * @param aanvang the time of day its moments begin (Dutch local time), unless the chair sets otherwise for a week
 * @param gesprekduur how long one talk takes: the second talk of a moment begins this long after the first
 */
public record Tafel(String naam, DayOfWeek dag, int capaciteit, Set<String> gemeenten, @Nullable String buurtafel, String contactpersoonId,
        @Nullable String raadContactpersoonId, @Nullable String giContactpersoonId, java.time.LocalTime aanvang,
        java.time.Duration gesprekduur) {

    /** When a table's configuration names no time of day. */
    public static final java.time.LocalTime AANVANG = java.time.LocalTime.of(9, 0);

    /** When a table's configuration names no length of a talk. */
    public static final java.time.Duration GESPREKDUUR = java.time.Duration.ofHours(1);

    public Tafel {
        gemeenten = Set.copyOf(gemeenten);
        if (gesprekduur.isNegative() || gesprekduur.isZero() || gesprekduur.toSeconds() % 60 != 0) {
            // Talks go out as HH:mm: a length in whole minutes keeps every talk's time on the minute.
            throw new IllegalArgumentException("gesprekduur of table " + naam + " must be whole minutes, more than zero: " + gesprekduur);
        }
        // To the minute: the time of day goes out as HH:mm.
        aanvang = aanvang.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    }

    /** Whether the table meets on this day. */
    public boolean vergadertOp(LocalDate datum) {
        return datum.getDayOfWeek() == dag;
    }
}
