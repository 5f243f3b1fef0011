package nl.jeugdlink.contracts.jbt;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The chair planned a filed request at a table's weekly moment (seed 002:491): the talk's date meets
 * the planning deadline that the filing started.
 *
 * @param verzoekId the request id (UUID): the casus id, one request per casus
 * @param casusId the casus the request is about
 * @param aanmeldingId the referral the casus came from: the traject the escalation-service keeps its deadlines in
 * @param gemeenteCode the municipality responsible, CBS code
 * @param tafel the table's name
 * @param datum the day of the talk
 * @param buurtafel whether it is the neighbouring table (the own table had no room within two weeks)
 * @param ingediendOp when the request was filed
 * @param geplandDoor the chair's pseudonymous id
 * @param geplandOp when it was planned
 */
public record JbtVerzoekGepland(
        String verzoekId,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String tafel,
        LocalDate datum,
        boolean buurtafel,
        Instant ingediendOp,
        String geplandDoor,
        Instant geplandOp) {
}
