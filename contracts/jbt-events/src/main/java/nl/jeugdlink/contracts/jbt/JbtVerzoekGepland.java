package nl.jeugdlink.contracts.jbt;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The chair planned a filed request at a table's weekly moment (seed 002:491): the talk's date meets
 * the planning deadline that the filing started. Who is invited follows from it: the requester, the
 * parents (with the option of a trusted person) and, separately for part of the talk, each child of 12
 * or older - counted here, never named - and the table's contacts at the Raad voor de Kinderbescherming
 * and the GI.
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
 * @param kinderenVanTwaalfOfOuder how many of the request's children are 12 or older on the day of the talk (invited
 *        separately, through their parents' addresses); absent in events published before invitations were counted
 * @param raadContactpersoonId the table's contact at the Raad voor de Kinderbescherming (pseudonymous id), invited; absent when none is configured
 * @param giContactpersoonId the table's contact at the Gecertificeerde Instelling (pseudonymous id), invited; absent when none is configured
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
        Instant geplandOp,
        @Nullable Integer kinderenVanTwaalfOfOuder,
        @Nullable String raadContactpersoonId,
        @Nullable String giContactpersoonId) {
}
