package nl.jeugdlink.contracts.casus;

import java.time.Instant;
import java.util.List;

/**
 * After a conversation the family is asked how it went ("Wat werkt", seed 004): each parent with
 * custody whom the family's mail reaches, and each child of 12 or older, get a personal link to a short
 * page of the case-service - one voice per link, so one parent cannot answer for the other. The links
 * are bearer secrets: they travel only sealed for the notification-service (ADR 0011), which mails
 * them to the parents' addresses the intake handed over - a child's link goes to the parents too,
 * as the platform holds no address of a child.
 *
 * @param casusId the casus id (UUID)
 * @param aanmeldingId the referral the casus came from: the family's sealed contact is found by it
 * @param gemeenteCode the municipality responsible, CBS code
 * @param gesprekId the conversation the feedback is about (UUID)
 * @param soort the kind of conversation, as in GesprekVastgelegd
 * @param gehoudenOp when the conversation took place
 * @param linkVerlooptOp until when the links open
 * @param verzegeld the links as JSON ({"links": [{"voor", "kindId", "ouderId", "link"}]}), sealed with the
 *        notification-service's public key and bound to {@link #context}
 * @param gevraagdOp when the feedback was asked for
 */
public record GezinsfeedbackGevraagd(
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String gesprekId,
        String soort,
        Instant gehoudenOp,
        Instant linkVerlooptOp,
        String verzegeld,
        Instant gevraagdOp) {

    /**
     * What {@code verzegeld} holds once opened: the JSON the case-service (sealing) and the
     * notification-service (opening) both write and read.
     *
     * @param links one personal link per person asked
     */
    public record Verzegeld(List<Link> links) {
    }

    /**
     * One person's link.
     *
     * @param voor {@code OUDER} or {@code KIND}
     * @param kindId the child's pseudonymous id when {@code voor} is {@code KIND}; absent for a parent
     * @param link the personal address of the feedback page
     * @param ouderId the parent's pseudonymous id (as AanmeldingGescreend and the sealed family contact name them) when
     *     the link is that parent's own: the mail pairs it with that parent's address. Absent for a child, and for the
     *     one link the parents share when the screening named no parent. The parents' links come in the order of the
     *     family's addresses.
     */
    public record Link(String voor, String kindId, String link, String ouderId) {

        /** A child's link, or the parents' shared one. */
        public Link(String voor, String kindId, String link) {
            this(voor, kindId, link, null);
        }
    }

    /**
     * The context sealed links are bound to: they open only for this conversation of this casus of
     * this referral - so links moved to another family's event do not open.
     */
    public static String context(String aanmeldingId, String casusId, String gesprekId) {
        return "gezinsfeedback:" + aanmeldingId + ":" + casusId + ":" + gesprekId;
    }
}
