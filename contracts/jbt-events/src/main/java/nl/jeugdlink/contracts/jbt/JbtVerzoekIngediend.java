package nl.jeugdlink.contracts.jbt;

import java.time.Instant;

/**
 * A complete request to the Jeugdbeschermingstafel is filed (Bijlage 3 of seed 000, with its
 * mandatory safety section; seed 002:456). The form itself stays in the jbt-service: no names, no
 * BSN on Kafka.
 *
 * @param verzoekId the request id (UUID): the casus id for a casus's first request, an id of its own for a later one
 * @param casusId the casus the request is about
 * @param aanmeldingId the referral the casus came from: the traject the escalation-service keeps its deadlines in
 * @param gemeenteCode the municipality responsible, CBS code
 * @param soort BESPREKING (verzoek tot bespreking) or RAADSONDERZOEK (verzoek tot raadsonderzoek)
 * @param gesprekstype KWART_VOOR_TWAALF, VIJF_VOOR_TWAALF or TOETSING_EINDE_OTS (seed 002:440, 002:501)
 * @param spoed whether the requester marked it urgent (with evidence, in the form)
 * @param aantalKinderen how many children the request is about
 * @param indienerId the requester's pseudonymous id
 * @param indienerRol the requester's role: regisseur, jeugdlink-professional (Veilig Thuis) or jeugdbeschermer (GI)
 * @param ingediendOp when it was filed
 */
public record JbtVerzoekIngediend(
        String verzoekId,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String soort,
        String gesprekstype,
        boolean spoed,
        int aantalKinderen,
        String indienerId,
        String indienerRol,
        Instant ingediendOp) {
}
