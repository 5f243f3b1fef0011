package nl.jeugdlink.contracts.casus;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A new version of the veiligheids- en herstelplan is fixed: its version, validity, first evaluation and the two
 * scaling questions' scores. The plan's texts stay in the case-service.
 *
 * @param casusId the casus id (UUID)
 * @param aanmeldingId the referral the casus came from
 * @param gemeenteCode the municipality responsible, CBS code
 * @param versie 1 for the first plan, counting up
 * @param veiligheidKind how safe the child is, 0-10, by parent and professional
 * @param veiligheidOuders how safe it is for the parents, 0-10, by parent and professional
 */
public record VeiligheidsplanVastgesteld(
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        int versie,
        LocalDate geldigVan,
        LocalDate geldigTot,
        LocalDate eersteEvaluatie,
        Schaal veiligheidKind,
        Schaal veiligheidOuders,
        String vastgesteldDoor,
        Instant vastgesteldOp) {

    /** One scaling question: 0 (onveilig) to 10 (veilig). */
    public record Schaal(int scoreOuder, int scoreProfessional) {
    }
}
