package nl.jeugdlink.contracts.jbt;

import java.time.Instant;

/**
 * The table evaluated its decision (seed 002:483: at the evaluation moment, in writing or in a new talk at
 * the table): whether the agreements were kept and what follows. It meets the deadline the decision's
 * evaluation moment started. The findings' text stays in the jbt-service.
 *
 * @param verzoekId the request id (UUID) whose decision is evaluated
 * @param casusId the casus the request is about
 * @param aanmeldingId the referral the casus came from: the traject the escalation-service keeps its deadlines in
 * @param gemeenteCode the municipality responsible, CBS code
 * @param vorm SCHRIFTELIJK (in writing) or AAN_TAFEL (a new talk at the table)
 * @param afsprakenNagekomen JA, DEELS or NEE: whether the decision's agreements (the safety agreements among them) were kept
 * @param vervolg what follows: AFSLUITEN (the JBT's part ends, help goes on as agreed), VRIJWILLIG_VERDER (voluntary help
 *        continues under the agreed regie, no new evaluation at the table) or NIEUW_VERZOEK (back to the table: a new request is filed)
 * @param vastgelegdDoor the chair's pseudonymous id
 * @param vastgelegdOp when the evaluation was recorded
 */
public record JbtEvaluatieVastgelegd(
        String verzoekId,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String vorm,
        String afsprakenNagekomen,
        String vervolg,
        String vastgelegdDoor,
        Instant vastgelegdOp) {
}
