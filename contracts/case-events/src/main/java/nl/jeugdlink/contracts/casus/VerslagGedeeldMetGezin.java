package nl.jeugdlink.contracts.casus;

import java.time.Instant;

/**
 * The written summary of a conversation goes to the family (seed 000:189): the case-service seals
 * it for the notification-service alone, which mails it to the addresses the intake handed over
 * (ADR 0011). Published beside GesprekVastgelegd when the summary is shared with the family.
 *
 * @param casusId the casus id (UUID)
 * @param aanmeldingId the referral the casus came from: the family's sealed contact is found by it
 * @param gemeenteCode the municipality responsible, CBS code
 * @param gesprekId the conversation's id (UUID)
 * @param soort the kind of conversation, as in GesprekVastgelegd
 * @param gehoudenOp when the conversation took place
 * @param verzegeld the summary as JSON ({"samenvatting"}), sealed with the notification-service's public key and bound to {@link #context}
 * @param gedeeldOp when it was shared
 */
public record VerslagGedeeldMetGezin(
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String gesprekId,
        String soort,
        Instant gehoudenOp,
        String verzegeld,
        Instant gedeeldOp) {

    /**
     * What {@code verzegeld} holds once opened: the JSON the case-service (sealing) and the
     * notification-service (opening) both write and read.
     *
     * @param samenvatting the summary's text, as the professional wrote it for the family
     */
    public record Verzegeld(String samenvatting) {
    }

    /**
     * The context a sealed summary is bound to: it opens only for this conversation of this casus
     * of this referral - so a summary moved to another family's event (whose contact is found by
     * the aanmeldingId) does not open.
     */
    public static String context(String aanmeldingId, String casusId, String gesprekId) {
        return "verslag:" + aanmeldingId + ":" + casusId + ":" + gesprekId;
    }
}
