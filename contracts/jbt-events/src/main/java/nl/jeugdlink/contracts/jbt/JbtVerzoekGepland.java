package nl.jeugdlink.contracts.jbt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The chair planned a filed request at a table's weekly moment (seed 002:491): the talk's date meets
 * the planning deadline that the filing started. Who is invited follows from it: the requester, the
 * parents (with the option of a trusted person) and, separately for part of the talk, each child of 12
 * or older - counted here, never named - and the table's contacts at the Raad voor de Kinderbescherming
 * and the GI.
 *
 * @param verzoekId the request id (UUID): the casus id for a casus's first request, an id of its own for a later one
 * @param casusId the casus the request is about
 * @param aanmeldingId the referral the casus came from: the traject the escalation-service keeps its deadlines in
 * @param gemeenteCode the municipality responsible, CBS code
 * @param tafel the table's name
 * @param datum the day of the talk
 * @param buurtafel whether it is the neighbouring table (the own table had no room within two weeks)
 * @param ingediendOp when the request was filed
 * @param geplandDoor the chair's pseudonymous id
 * @param geplandOp when it was planned
 * @param kinderenVanTwaalfOfOuder how many of the request's children are 12 or older on the day of the talk (invited
 *        separately, through their parents' addresses); absent in events published before invitations were counted
 * @param raadContactpersoonId the table's contact at the Raad voor de Kinderbescherming (pseudonymous id), invited; absent when none is configured
 * @param giContactpersoonId the table's contact at the Gecertificeerde Instelling (pseudonymous id), invited; absent when none is configured
 * @param raadsmedewerkerId the raadsmedewerker the chair assigned for the Raad's independent test (pseudonymous id), invited by
 *        name; absent when none is assigned yet ({@link JbtRaadsmedewerkerToegewezen} follows when they are)
 * @param tolkNodig whether the family needs an interpreter at the talk (form section 5); absent in events published before it was carried
 * @param taal the language the family speaks at the talk, as the requester gave it (e.g. "Arabisch"); absent when no interpreter is needed
 * @param vertrouwenspersoon whether the parents named a trusted person to be invited (in {@code verzegeld}); absent in earlier events
 * @param verzegeld the people the form names to invite, sealed for the notification-service (ADR 0011): {@link Verzegeld} as JSON,
 *        encrypted with its public keyset and bound to {@link #context}; absent when the form names nobody
 * @param aanvang the time of day the table's moment begins, {@code HH:mm} in Dutch local time (Europe/Amsterdam); absent in
 *        events published before moments had a time of day
 * @param tijdstip when this request's own talk begins within the moment, {@code HH:mm} in Dutch local time: a moment holds
 *        several talks one after another ({@code aanvang} plus the talk's place times the table's length of a talk, or the
 *        time the chair chose), so this, not {@code aanvang}, is the time to invite for; absent in events published before
 *        talks had a time of their own (then invite for {@code aanvang})
 * @param gesprekEinde when this request's own talk ends, {@code HH:mm} in Dutch local time: {@code tijdstip} plus the table's length
 *        of a talk, carried as the end rather than the length so that an invitation names "from ... to ..." without knowing the
 *        table's configuration (ADR 0036); absent in events published before talks had an end (then name the beginning only)
 */
public record JbtVerzoekGepland(
        String verzoekId,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String tafel,
        LocalDate datum,
        boolean buurtafel,
        Instant ingediendOp,
        String geplandDoor,
        Instant geplandOp,
        @Nullable Integer kinderenVanTwaalfOfOuder,
        @Nullable String raadContactpersoonId,
        @Nullable String giContactpersoonId,
        @Nullable String raadsmedewerkerId,
        @Nullable Boolean tolkNodig,
        @Nullable String taal,
        @Nullable Boolean vertrouwenspersoon,
        @Nullable String verzegeld,
        @Nullable String aanvang,
        @Nullable String tijdstip,
        @Nullable String gesprekEinde) {

    /** The record as published before the named invitations were carried. */
    public JbtVerzoekGepland(String verzoekId, String casusId, String aanmeldingId, String gemeenteCode, String tafel, LocalDate datum, boolean buurtafel,
            Instant ingediendOp, String geplandDoor, Instant geplandOp, @Nullable Integer kinderenVanTwaalfOfOuder, @Nullable String raadContactpersoonId,
            @Nullable String giContactpersoonId) {
        this(verzoekId, casusId, aanmeldingId, gemeenteCode, tafel, datum, buurtafel, ingediendOp, geplandDoor, geplandOp, kinderenVanTwaalfOfOuder,
                raadContactpersoonId, giContactpersoonId, null, null, null, null, null);
    }

    /** The record as published before moments had a time of day. */
    public JbtVerzoekGepland(String verzoekId, String casusId, String aanmeldingId, String gemeenteCode, String tafel, LocalDate datum, boolean buurtafel,
            Instant ingediendOp, String geplandDoor, Instant geplandOp, @Nullable Integer kinderenVanTwaalfOfOuder, @Nullable String raadContactpersoonId,
            @Nullable String giContactpersoonId, @Nullable String raadsmedewerkerId, @Nullable Boolean tolkNodig, @Nullable String taal,
            @Nullable Boolean vertrouwenspersoon, @Nullable String verzegeld) {
        this(verzoekId, casusId, aanmeldingId, gemeenteCode, tafel, datum, buurtafel, ingediendOp, geplandDoor, geplandOp, kinderenVanTwaalfOfOuder,
                raadContactpersoonId, giContactpersoonId, raadsmedewerkerId, tolkNodig, taal, vertrouwenspersoon, verzegeld, null);
    }

    /** The record as published before a talk had its own time within the moment. */
    public JbtVerzoekGepland(String verzoekId, String casusId, String aanmeldingId, String gemeenteCode, String tafel, LocalDate datum, boolean buurtafel,
            Instant ingediendOp, String geplandDoor, Instant geplandOp, @Nullable Integer kinderenVanTwaalfOfOuder, @Nullable String raadContactpersoonId,
            @Nullable String giContactpersoonId, @Nullable String raadsmedewerkerId, @Nullable Boolean tolkNodig, @Nullable String taal,
            @Nullable Boolean vertrouwenspersoon, @Nullable String verzegeld, @Nullable String aanvang) {
        this(verzoekId, casusId, aanmeldingId, gemeenteCode, tafel, datum, buurtafel, ingediendOp, geplandDoor, geplandOp, kinderenVanTwaalfOfOuder,
                raadContactpersoonId, giContactpersoonId, raadsmedewerkerId, tolkNodig, taal, vertrouwenspersoon, verzegeld, aanvang, null);
    }

    /** The record as published before a talk had an end. */
    public JbtVerzoekGepland(String verzoekId, String casusId, String aanmeldingId, String gemeenteCode, String tafel, LocalDate datum, boolean buurtafel,
            Instant ingediendOp, String geplandDoor, Instant geplandOp, @Nullable Integer kinderenVanTwaalfOfOuder, @Nullable String raadContactpersoonId,
            @Nullable String giContactpersoonId, @Nullable String raadsmedewerkerId, @Nullable Boolean tolkNodig, @Nullable String taal,
            @Nullable Boolean vertrouwenspersoon, @Nullable String verzegeld, @Nullable String aanvang, @Nullable String tijdstip) {
        this(verzoekId, casusId, aanmeldingId, gemeenteCode, tafel, datum, buurtafel, ingediendOp, geplandDoor, geplandOp, kinderenVanTwaalfOfOuder,
                raadContactpersoonId, giContactpersoonId, raadsmedewerkerId, tolkNodig, taal, vertrouwenspersoon, verzegeld, aanvang, tijdstip, null);
    }

    /**
     * What {@code verzegeld} holds once opened: the JSON the jbt-service (sealing) and the notification-service (opening)
     * both write and read.
     *
     * @param vertrouwenspersoon the parents' trusted person to invite, if they named one
     * @param genodigden everyone else the form names to invite (section 4), as the requester wrote them
     */
    public record Verzegeld(@Nullable Genodigde vertrouwenspersoon, List<Genodigde> genodigden) {
    }

    /**
     * One person to invite.
     *
     * @param naam the name as written in the form
     * @param rol the role or relation as written (for the trusted person: "vertrouwenspersoon")
     * @param contact an e-mail address, or how else to reach them, as written; absent when the form gives none
     */
    public record Genodigde(String naam, @Nullable String rol, @Nullable String contact) {
    }

    /** The context the sealed invitees are bound to: they open only for the planning of this request of this casus. */
    public static String context(String casusId, String verzoekId) {
        return "jbt-gepland:" + casusId + ":" + verzoekId;
    }
}
