package nl.jeugdlink.contracts.routing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A care provider declined a toewijzing: it cannot give timely and/or suitable care (seed 002,
 * Bouwsteen 5, step 4). The platform's own event: iJw has no message for it (a JW302 only says the
 * JW301 arrived). For the back office, the youth protector and the escalation-service (the search in
 * the provider network or the Regionaal Expertteam, step 5, starts here). Ids and codes only: the
 * provider's free-text explanation stays in the routing.
 *
 * @param afwijzingId the decline (UUID)
 * @param toewijzingId the declined toewijzing
 * @param toewijzingNummer its iJw ToewijzingNummer
 * @param casusId the casus the care was for
 * @param aanmeldingId the referral the casus came from
 * @param gemeenteCode the casus's municipality
 * @param agbCode the declining care provider
 * @param grond GEEN_TIJDIGE_HULP, GEEN_PASSENDE_HULP or GEEN_TIJDIGE_EN_PASSENDE_HULP
 * @param reden WACHTLIJST, GEEN_PLAATS, ZORGVRAAG_PAST_NIET_BIJ_AANBOD, CONTRA_INDICATIE, VEILIGHEID or ANDERS
 * @param toegewezenOp when the declined toewijzing was made (its term of 5 working days runs from here)
 * @param afgewezenOp when the provider declined
 * @param giOrganisatie the gecertificeerde instelling of the youth protector who carries the casus's measure (the organisation the
 *     platform's token names, the {@code organisatie} claim), whose team leader a Bouwsteen 5 route term concerns before the region's
 *     contact person; null when no youth protector made the bepaling (then the municipality's team leader)
 * @param jeugdbeschermerId that youth protector; null as {@code giOrganisatie}
 * @param toewijzendeGemeente the municipality that assigned the declined toewijzing (the JW301's Afzender): under the
 *     woonplaatsbeginsel another than the casus's {@code gemeenteCode}, and then its back office is the one to hear of the decline;
 *     null in events published before it was carried (then the casus's)
 */
public record ZorgaanbiederAfwijzing(
        String afwijzingId,
        String toewijzingId,
        long toewijzingNummer,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String agbCode,
        String grond,
        String reden,
        Instant toegewezenOp,
        Instant afgewezenOp,
        @Nullable String giOrganisatie,
        @Nullable String jeugdbeschermerId,
        @Nullable String toewijzendeGemeente) {

    /** The municipality whose back office assigned the declined toewijzing: {@link #toewijzendeGemeente}, or the casus's in older events. */
    public String toewijzendeGemeenteOfCasus() {
        return toewijzendeGemeente == null ? gemeenteCode : toewijzendeGemeente;
    }
}
