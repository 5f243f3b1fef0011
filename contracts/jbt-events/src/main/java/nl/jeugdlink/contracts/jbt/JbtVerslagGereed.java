package nl.jeugdlink.contracts.jbt;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The chair recorded a version of the report of the talk (seed 002, Bouwsteen 4): it is to be sent
 * to the parents, with their personal link, and to the requester. Published again for the same version, with
 * {@code nieuweLink} true, when the chair makes the parents a new link (their only way to the report once
 * the first expired or was lost). The report's text stays in the
 * jbt-service. The parents' link is a bearer secret: it travels only sealed for the
 * notification-service (ADR 0011), which mails it to the parents' addresses the intake shared.
 *
 * @param verzoekId the request id (UUID): the casus id for a casus's first request, an id of its own for a later one
 * @param casusId the casus (the family) the report is about
 * @param aanmeldingId the referral the casus came from: the traject the escalation-service keeps its deadlines in
 * @param gemeenteCode the municipality responsible, CBS code
 * @param versie the version of the report, from 1; an earlier version is never overwritten
 * @param indienerId the requester's pseudonymous id, who is sent the report too
 * @param vastgelegdDoor the chair's pseudonymous id
 * @param vastgelegdOp when this version was recorded
 * @param linkVerlooptOp until when the parents' link to this version opens
 * @param verzegeld the parents' link as JSON ({"link"}), sealed with the notification-service's public key and
 *        bound to {@link #context}; absent in events published before the link was mailed
 * @param nieuweLink true when the chair made the parents a new link to this version, already sent before (the old link
 *        expired or was lost): the parents get the new link, {@code linkVerlooptOp} is its expiry, and the version and
 *        its {@code vastgelegdOp} are those of the earlier event; absent or false when the version was just recorded
 */
public record JbtVerslagGereed(
        String verzoekId,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        int versie,
        String indienerId,
        String vastgelegdDoor,
        Instant vastgelegdOp,
        Instant linkVerlooptOp,
        @Nullable String verzegeld,
        @Nullable Boolean nieuweLink) {

    /**
     * What {@code verzegeld} holds once opened: the JSON the jbt-service (sealing) and the
     * notification-service (opening) both write and read.
     *
     * @param link the parents' personal address of the page with this version of the report
     */
    public record Verzegeld(String link) {
    }

    /**
     * The context a sealed link is bound to: it opens only for this version of the report of this
     * request of this casus - so a link moved into another family's event does not open.
     */
    public static String context(String casusId, String verzoekId, int versie) {
        return "jbt-verslag:" + casusId + ":" + verzoekId + ":" + versie;
    }
}
