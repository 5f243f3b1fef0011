package nl.jeugdlink.contracts.jbt;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A planned talk moved: the chair set another time of day for its table moment, so the talk begins (and ends) at another
 * time (ADR 0036). Everyone the planning invited ({@link JbtVerzoekGepland}) is invited again, saying from when to when it
 * moved: the same fields of who is invited, and the people the form names sealed again for this event.
 *
 * @param verzoekId the request id (UUID)
 * @param casusId the casus the request is about
 * @param aanmeldingId the referral the casus came from
 * @param gemeenteCode the municipality responsible, CBS code
 * @param tafel the table's name
 * @param datum the day of the talk, now
 * @param buurtafel whether it is the neighbouring table
 * @param aanvang the time of day the table's moment begins now, {@code HH:mm} in Dutch local time (Europe/Amsterdam)
 * @param tijdstip when the talk begins now, {@code HH:mm} in Dutch local time
 * @param gesprekEinde when the talk ends now, {@code HH:mm} in Dutch local time
 * @param eerdereDatum the day the talk was planned for before
 * @param eerderTijdstip when the talk began before, {@code HH:mm}; absent when the earlier planning had no time of its own
 * @param eerderGesprekEinde when the talk ended before, {@code HH:mm}; absent when the earlier planning had no end
 * @param verplaatstDoor the chair's pseudonymous id
 * @param verplaatstOp when it was moved
 * @param kinderenVanTwaalfOfOuder how many of the request's children are 12 or older on the day of the talk (invited separately)
 * @param raadContactpersoonId the table's contact at the Raad voor de Kinderbescherming (pseudonymous id); absent when none
 * @param giContactpersoonId the table's contact at the Gecertificeerde Instelling (pseudonymous id); absent when none
 * @param raadsmedewerkerId the raadsmedewerker assigned for the independent test (pseudonymous id); absent when none yet
 * @param tolkNodig whether the family needs an interpreter at the talk
 * @param taal the language the family speaks at the talk; absent when no interpreter is needed
 * @param vertrouwenspersoon whether the parents named a trusted person to be invited (in {@code verzegeld})
 * @param verzegeld the people the form names to invite, sealed for the notification-service (ADR 0011): {@link JbtVerzoekGepland.Verzegeld}
 *        as JSON, bound to {@link #context}; absent when the form names nobody
 */
public record JbtGesprekVerplaatst(
        String verzoekId,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String tafel,
        LocalDate datum,
        boolean buurtafel,
        String aanvang,
        String tijdstip,
        String gesprekEinde,
        LocalDate eerdereDatum,
        @Nullable String eerderTijdstip,
        @Nullable String eerderGesprekEinde,
        String verplaatstDoor,
        Instant verplaatstOp,
        int kinderenVanTwaalfOfOuder,
        @Nullable String raadContactpersoonId,
        @Nullable String giContactpersoonId,
        @Nullable String raadsmedewerkerId,
        boolean tolkNodig,
        @Nullable String taal,
        boolean vertrouwenspersoon,
        @Nullable String verzegeld) {

    /**
     * The context the sealed invitees are bound to: they open only for a move of this request of this casus (not as a planning,
     * whose seal is bound to {@link JbtVerzoekGepland#context}).
     */
    public static String context(String casusId, String verzoekId) {
        return "jbt-verplaatst:" + casusId + ":" + verzoekId;
    }
}
