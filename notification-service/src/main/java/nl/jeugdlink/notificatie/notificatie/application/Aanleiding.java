package nl.jeugdlink.notificatie.notificatie.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What happened elsewhere that calls for messages, in this service's own terms: only the facts the
 * messages use. The messaging adapter maps the producers' wire records onto these (ADR 0008), so a
 * producer's new version changes the mapping, not the use cases.
 */
public sealed interface Aanleiding {

    /** A referral arrived; its referrer hears so. */
    record AanmeldingOntvangen(String aanmeldingId, String gemeenteCode, String verwijzerId, Instant ontvangenOp) implements Aanleiding {
    }

    /** A referral was accepted and professionals were coupled to it. */
    record AanmeldingGescreend(String aanmeldingId, String gemeenteCode, String verwijzerId, List<Koppeling> gekoppeldeProfessionals,
            Instant gescreendOp) implements Aanleiding {

        public AanmeldingGescreend {
            gekoppeldeProfessionals = List.copyOf(gekoppeldeProfessionals);
        }

        /** @param expertise a code such as {@code VEILIG_THUIS} */
        public record Koppeling(String medewerkerId, String expertise) {
        }
    }

    /** A referral was declined, for the reason of this code. */
    record AanmeldingAfgewezen(String aanmeldingId, String gemeenteCode, String verwijzerId, String redenCode, Instant afgewezenOp)
            implements Aanleiding {
    }

    /**
     * The startoverleg of an accepted referral was planned (or planned again: a new event, a new invitation).
     *
     * @param deelnemers the professionals invited, by pseudonymous id
     */
    record StartoverlegGepland(String aanmeldingId, String gemeenteCode, Instant geplandOp, List<String> deelnemers) implements Aanleiding {

        public StartoverlegGepland {
            deelnemers = List.copyOf(deelnemers);
        }
    }

    /**
     * After a conversation the family is asked how it went ("Wat werkt"); the personal links came sealed and are
     * opened by the messaging adapter, so they are not part of this.
     */
    record GezinsfeedbackGevraagd(String casusId, String aanmeldingId, String gemeenteCode, String gesprekId, String soort, Instant gehoudenOp,
            Instant linkVerlooptOp) implements Aanleiding {
    }

    /** A regisseur was coupled to a casus. */
    record RegisseurGekoppeld(String casusId, String aanmeldingId, String gemeenteCode, String regisseurId, Instant gekoppeldOp)
            implements Aanleiding {
    }

    /** A deadline passed; {@code soort} is its kind's code, such as {@code EERSTE_CONTACT}. */
    record TermijnOverschreden(String termijnId, String soort, String aanmeldingId, @Nullable String casusId, String gemeenteCode,
            LocalDate uiterlijk, int werkdagenTeLaat, @Nullable String betreftRol, @Nullable String betreftOrganisatie, boolean opgeschaald)
            implements Aanleiding {
    }

    /**
     * A breach reported earlier is withdrawn: the deadline was met on time, at {@code gehaaldOp}, by a fact that arrived after
     * the breach (ADR 0041). Whom the breach reached: {@code betreftRol}/{@code betreftOrganisatie} as in its
     * {@link TermijnOverschreden}, and the next person's role and organisation when it was escalated (else null).
     */
    record TermijnOverschrijdingIngetrokken(String termijnId, String soort, String aanmeldingId, @Nullable String casusId, String gemeenteCode,
            LocalDate uiterlijk, Instant gehaaldOp, String betreftRol, String betreftOrganisatie, @Nullable String opgeschaaldRol,
            @Nullable String opgeschaaldOrganisatie) implements Aanleiding {
    }

    /**
     * A care provider declined a toewijzing: no timely and/or suitable care (seed 002, Bouwsteen 5, step 4). The back office and the
     * youth protector hear so; step 5 (the provider network or the Regionaal Expertteam) starts here.
     *
     * @param grond GEEN_TIJDIGE_HULP, GEEN_PASSENDE_HULP or GEEN_TIJDIGE_EN_PASSENDE_HULP
     * @param reden a code such as {@code WACHTLIJST}; the provider's own explanation stays in the routing
     * @param gemeenteCode the casus's municipality
     * @param toewijzendeGemeente the municipality that assigned the declined toewijzing, whose back office hears of it (under the
     *     woonplaatsbeginsel another than the casus's)
     * @param jeugdbeschermerId the youth protector who carries the casus's measure; null when no youth protector made the bepaling
     */
    record ZorgaanbiederAfwijzing(String afwijzingId, String toewijzingId, long toewijzingNummer, String casusId, String aanmeldingId,
            String gemeenteCode, String toewijzendeGemeente, String agbCode, String grond, String reden, Instant toegewezenOp, Instant afgewezenOp,
            @Nullable String jeugdbeschermerId) implements Aanleiding {
    }

    /** A request to the Jeugdbeschermingstafel was filed (again): who filed it is kept, to tell them when it is planned. */
    record JbtVerzoekIngediend(String verzoekId, String casusId, String aanmeldingId, String gemeenteCode, String indienerId)
            implements Aanleiding {
    }

    /** The chair returned a request for missing information; {@code reden} is about the form, not the family (the contract's rule). */
    record JbtVerzoekTeruggestuurd(String verzoekId, String casusId, String aanmeldingId, String gemeenteCode, String indienerId, String reden,
            Instant teruggestuurdOp) implements Aanleiding {
    }

    /** The own table's first free moment lies more than two weeks after the filing; the neighbouring table's moments are offered. */
    record JbtWachttijdOverschreden(String verzoekId, String casusId, String aanmeldingId, String gemeenteCode, String tafel,
            @Nullable LocalDate eersteVrijeMoment, @Nullable String buurtafel, List<LocalDate> aanbod, String voorzitterId,
            String contactpersoonId, Instant vastgesteldOp) implements Aanleiding {

        public JbtWachttijdOverschreden {
            aanbod = List.copyOf(aanbod);
        }
    }

    /**
     * The chair recorded a version of the report of the talk; the parents' link came sealed and is
     * opened by the messaging adapter, so it is not part of this.
     */
    /** @param nieuweLink the chair made the parents a new link to a version mailed before: the requester had their mail then */
    record JbtVerslagGereed(String verzoekId, String casusId, String aanmeldingId, String gemeenteCode, int versie, String indienerId,
            Instant linkVerlooptOp, boolean nieuweLink) implements Aanleiding {
    }

    /**
     * The table decided: the outcome and how (route and help stay in the jbt-service; the safety agreements come sealed
     * for this service and are opened apart, so that no text of them is in this record).
     */
    record JbtBesluitGenomen(String verzoekId, String casusId, String aanmeldingId, String gemeenteCode, String uitkomst, String besluitvorming,
            @Nullable LocalDate evaluatieMoment, Aanwezigen aanwezigen) implements Aanleiding {
    }

    /**
     * Who was at the talk, as the decision names them by pseudonymous id (null: not there, or an event from before they
     * were carried); the parents are this service's own, by casus, and the form's invitees come sealed apart.
     *
     * @param kinderenVanTwaalfOfOuder how many children of 12 or older were at part of the talk
     */
    record Aanwezigen(@Nullable String verzoekerId, @Nullable String raadContactpersoonId, @Nullable String giContactpersoonId,
            @Nullable String raadsmedewerkerId, int kinderenVanTwaalfOfOuder) {

        public static final Aanwezigen ONBEKEND = new Aanwezigen(null, null, null, null, 0);
    }

    /**
     * What the decision's seal holds once opened: the safety agreements as the chair wrote them, and the form's invitees.
     */
    record Afspraken(String tekst, Genodigden genodigden) {
    }

    /**
     * A request was planned at a table's moment: who is invited follows from it (the children of 12 or
     * older counted, the table's contacts at the Raad and the GI named when configured, the raadsmedewerker of the
     * independent test when assigned). The people the form names to invite came sealed and are opened apart
     * ({@link Genodigden}), so that no name or address of them is in this record.
     *
     * @param taal the family's language for the interpreter, as the requester wrote it; null when none is needed or given
     * @param aanvang when the talk begins (Dutch time): its own time within the table's moment, else the moment's; null in events
     *        from before moments had one
     * @param einde when the talk ends (Dutch time); null in events from before talks had an end (then only the beginning is named)
     * @param verplaatsing when the talk was before, for a talk that moved: the same people are invited again, told it moved; null
     *        for the first planning
     */
    record JbtVerzoekGepland(String verzoekId, String casusId, String aanmeldingId, String gemeenteCode, String tafel, LocalDate datum,
            boolean buurtafel, Instant geplandOp, int kinderenVanTwaalfOfOuder, @Nullable String raadContactpersoonId,
            @Nullable String giContactpersoonId, @Nullable String raadsmedewerkerId, boolean tolkNodig, @Nullable String taal,
            boolean vertrouwenspersoon, java.time.@Nullable LocalTime aanvang, java.time.@Nullable LocalTime einde,
            @Nullable Verplaatsing verplaatsing) implements Aanleiding {
    }

    /** When a moved talk was planned before: its day, and its beginning and end when the earlier planning had them. */
    record Verplaatsing(LocalDate eerdereDatum, java.time.@Nullable LocalTime eerderBegin, java.time.@Nullable LocalTime eerderEinde) {
    }

    /**
     * The people the request's form names to invite, opened from the planning's sealed field.
     *
     * @param vertrouwenspersoon the parents' trusted person, if they named one
     * @param overigen everyone else, in the form's order
     */
    record Genodigden(@Nullable Genodigde vertrouwenspersoon, List<Genodigde> overigen) {

        public static final Genodigden GEEN = new Genodigden(null, List.of());

        public Genodigden {
            overigen = List.copyOf(overigen);
        }
    }

    /**
     * One person to invite.
     *
     * @param email their address when the form gives one that can be mailed to; null otherwise (the form may give a phone
     *        number, or "via moeder")
     */
    record Genodigde(String naam, @Nullable String email) {
    }

    /** The chair assigned the raadsmedewerker of the Raad's independent test; the talk's table and day when it is planned already. */
    record JbtRaadsmedewerkerToegewezen(String verzoekId, String casusId, String aanmeldingId, String gemeenteCode, String raadsmedewerkerId,
            @Nullable String tafel, @Nullable LocalDate datum, java.time.@Nullable LocalTime aanvang, java.time.@Nullable LocalTime einde)
            implements Aanleiding {
    }

    /**
     * The family was informed of an escalation: only situation, who is at work and when.
     *
     * @param achteraf informed afterwards (ACHTERAF) rather than beforehand
     */
    record GezinGeinformeerdOverEscalatie(String aanmeldingId, String casusId, String gemeenteCode, int situatie, @Nullable String aanZet,
            boolean achteraf) implements Aanleiding {
    }
}
