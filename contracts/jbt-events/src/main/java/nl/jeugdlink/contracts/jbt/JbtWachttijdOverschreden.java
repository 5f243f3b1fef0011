package nl.jeugdlink.contracts.jbt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The first free moment of the request's own table lies more than two weeks after the filing
 * (seed 002:491): the chair and the municipal contact are to be told, and the neighbouring table's
 * free moments are offered.
 *
 * @param verzoekId the request id (UUID): the casus id for a casus's first request, an id of its own for a later one
 * @param casusId the casus the request is about
 * @param aanmeldingId the referral the casus came from: the traject the escalation-service keeps its deadlines in
 * @param gemeenteCode the municipality responsible, CBS code
 * @param tafel the own table
 * @param eersteVrijeMoment its first free moment; null when none within eight weeks
 * @param buurtafel the neighbouring table offered; null when none is configured
 * @param aanbod the neighbouring table's free moments
 * @param voorzitterId the chair who met the long wait
 * @param contactpersoonId the municipal contact to be told
 * @param vastgesteldOp when it was found
 */
public record JbtWachttijdOverschreden(
        String verzoekId,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String tafel,
        @Nullable LocalDate eersteVrijeMoment,
        @Nullable String buurtafel,
        List<LocalDate> aanbod,
        String voorzitterId,
        String contactpersoonId,
        Instant vastgesteldOp) {
}
