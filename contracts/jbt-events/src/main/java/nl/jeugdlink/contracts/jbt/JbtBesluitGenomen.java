package nl.jeugdlink.contracts.jbt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The table decided (seed 002:470-483): exactly one of four outcomes, always with the route, the
 * continuation and kind of help and the safety agreements decided (their texts stay in the
 * jbt-service), by consensus or by the chair's mandate. The safety agreements go to everyone at the talk (seed 002:466):
 * who that was is carried here, so the notification-service needs no earlier event to reach them.
 *
 * @param verzoekId the request id (UUID): the casus id for a casus's first request, an id of its own for a later one
 * @param casusId the casus the decision is about
 * @param aanmeldingId the referral the casus came from: the traject the escalation-service keeps its deadlines in
 * @param gemeenteCode the municipality responsible, CBS code
 * @param uitkomst VRIJWILLIG_REGIE_LOKAAL_TEAM, VRIJWILLIG_NIET_VRIJBLIJVEND, VRIJWILLIG_NIET_VRIJBLIJVEND_EN_RAADSONDERZOEK or ALLEEN_RAADSONDERZOEK
 * @param besluitvorming CONSENSUS or MANDAAT_VOORZITTER (no agreement: the chair decides)
 * @param gesprekstype the talk type the request asked for
 * @param evaluatieMoment the evaluation moment the table set, if any; it starts a deadline
 * @param genomenDoor the chair's pseudonymous id
 * @param genomenOp when the decision was recorded
 * @param verzegeld the safety agreements, sealed for the notification-service (ADR 0011): {@link Verzegeld} as JSON,
 *        encrypted with its public keyset and bound to {@link #context}; absent in events published before they were carried
 * @param verzoekerId who filed the request (pseudonymous id), at the talk; absent in events published before the attendees were carried
 * @param raadContactpersoonId the table's contact at the Raad voor de Kinderbescherming who was invited (pseudonymous id); absent when none
 * @param giContactpersoonId the table's contact at the Gecertificeerde Instelling who was invited (pseudonymous id); absent when none
 * @param raadsmedewerkerId the raadsmedewerker assigned for the Raad's independent test (pseudonymous id); absent when none was
 * @param kinderenVanTwaalfOfOuder how many of the request's children were 12 or older on the day of the talk (at part of it, reached
 *        through their parents' addresses); absent when the talk was not planned or in earlier events
 */
public record JbtBesluitGenomen(
        String verzoekId,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String uitkomst,
        String besluitvorming,
        String gesprekstype,
        @Nullable LocalDate evaluatieMoment,
        String genomenDoor,
        Instant genomenOp,
        @Nullable String verzegeld,
        @Nullable String verzoekerId,
        @Nullable String raadContactpersoonId,
        @Nullable String giContactpersoonId,
        @Nullable String raadsmedewerkerId,
        @Nullable Integer kinderenVanTwaalfOfOuder) {

    /** The record as published before the safety agreements were carried. */
    public JbtBesluitGenomen(String verzoekId, String casusId, String aanmeldingId, String gemeenteCode, String uitkomst, String besluitvorming,
            String gesprekstype, @Nullable LocalDate evaluatieMoment, String genomenDoor, Instant genomenOp) {
        this(verzoekId, casusId, aanmeldingId, gemeenteCode, uitkomst, besluitvorming, gesprekstype, evaluatieMoment, genomenDoor, genomenOp, null);
    }

    /** The record as published before the attendees were carried. */
    public JbtBesluitGenomen(String verzoekId, String casusId, String aanmeldingId, String gemeenteCode, String uitkomst, String besluitvorming,
            String gesprekstype, @Nullable LocalDate evaluatieMoment, String genomenDoor, Instant genomenOp, @Nullable String verzegeld) {
        this(verzoekId, casusId, aanmeldingId, gemeenteCode, uitkomst, besluitvorming, gesprekstype, evaluatieMoment, genomenDoor, genomenOp, verzegeld,
                null, null, null, null, null);
    }

    /**
     * What {@code verzegeld} holds once opened: the JSON the jbt-service (sealing) and the notification-service
     * (opening) both write and read.
     *
     * @param veiligheidsafspraken the safety agreements the table made, as the chair wrote them, so everyone at the talk can be told them
     * @param vertrouwenspersoon the parents' trusted person the form named to invite, if any (absent in seals made before)
     * @param genodigden everyone else the form names to invite (section 4), as the requester wrote them (empty in seals made before)
     */
    public record Verzegeld(String veiligheidsafspraken, JbtVerzoekGepland.@Nullable Genodigde vertrouwenspersoon,
            List<JbtVerzoekGepland.Genodigde> genodigden) {

        public Verzegeld {
            genodigden = genodigden == null ? List.of() : List.copyOf(genodigden);
        }

        /** The agreements alone, as sealed before the invitees were carried. */
        public Verzegeld(String veiligheidsafspraken) {
            this(veiligheidsafspraken, null, List.of());
        }
    }

    /** The context the sealed agreements are bound to: they open only for this decision on this request of this casus. */
    public static String context(String casusId, String verzoekId) {
        return "jbt-besluit:" + casusId + ":" + verzoekId;
    }
}
