package nl.jeugdlink.contracts.escalatie;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The professional recorded that the family was informed about the escalation, beforehand or afterwards (then with an explanation, which stays at the escalation-service). Carries what a notification needs to say in plain Dutch what is happening; no names, no free text.
 *
 * @param escalatieId the escalation
 * @param aanmeldingId the traject's referral (the Kafka key)
 * @param casusId the casus the escalation is about
 * @param gemeenteCode the casus's municipality, CBS code
 * @param situatie 1 professional dilemma, 2 cooperation not according to agreements, 3 negligent or worrying conduct
 * @param stap the step under way; null before the first step
 * @param aanZet who is at work in that step: GEDRAGSWETENSCHAPPERS, LEIDINGGEVENDEN or BESTUURDERS
 * @param moment VOORAF or ACHTERAF
 * @param geinformeerdOp when the family was informed
 */
public record GezinGeinformeerdOverEscalatie(
        String escalatieId,
        String aanmeldingId,
        String casusId,
        String gemeenteCode,
        int situatie,
        @Nullable Integer stap,
        @Nullable String aanZet,
        String moment,
        Instant geinformeerdOp) {
}
