package nl.jeugdlink.contracts.intake;

import java.time.Instant;
import java.util.List;

/**
 * The gedragswetenschapper and the teamleider screened a referral and accepted it: they coupled one
 * or more JeugdLink professionals by expertise (seed 000:163, 000:199). A casus opens from this
 * event, not from the referral alone.
 *
 * @param aanmeldingId the referral's id (UUID)
 * @param gemeenteCode the municipality responsible, CBS code
 * @param soort JEUGDLINK, ZORGTAFEL or ANONIEM_CONSULT
 * @param verwijzer who referred; hears who was coupled
 * @param gedragswetenschapperId the screening gedragswetenschapper's pseudonymous id
 * @param teamleiderId the screening teamleider's pseudonymous id
 * @param gekoppeldeProfessionals the JeugdLink professionals coupled, each with the expertise they add
 * @param aantalMinderjarigen how many children the referral is about
 * @param kinderen each child by pseudonymous id with its age band at screening, for the child-contact
 *     rule (under 4 seen; 4 to 12 seen and spoken; 12 and over spoken); no birth date leaves the intake
 * @param toestemmingOuders whether the parents consented (false only for an anonymous consult)
 * @param gescreendOp when the screening was recorded
 * @param ouders each parent or guardian with custody who gave an e-mail address - the parents the family's mail
 *     reaches - by pseudonymous id and relation, in the order of the addresses {@link GezinscontactGedeeld} seals; each
 *     gets their own feedback link (seed 004). No name, no address. Empty without consent; absent in events of before.
 */
public record AanmeldingGescreend(
        String aanmeldingId,
        String gemeenteCode,
        String soort,
        AanmeldingOntvangen.Verwijzer verwijzer,
        String gedragswetenschapperId,
        String teamleiderId,
        List<Koppeling> gekoppeldeProfessionals,
        int aantalMinderjarigen,
        List<Kind> kinderen,
        boolean toestemmingOuders,
        Instant gescreendOp,
        List<Ouder> ouders) {

    public AanmeldingGescreend {
        ouders = ouders == null ? List.of() : List.copyOf(ouders);
    }

    /**
     * @param ouderId the parent's pseudonymous id (UUID), the same in every event about this referral
     * @param relatie their relation to the child, as on the form ({@code BIOLOGISCHE_MOEDER})
     */
    public record Ouder(String ouderId, String relatie) {
    }

    /**
     * @param medewerkerId the coupled professional's pseudonymous id
     * @param expertise VEILIG_THUIS, RAAD_VOOR_DE_KINDERBESCHERMING, GECERTIFICEERDE_INSTELLING or SOCIAAL_TEAM
     */
    /**
     * @param kindId the child's pseudonymous id (UUID), stable across the child's events
     * @param leeftijdscategorie ONDER_4, VAN_4_TOT_12 or VANAF_12 on the day of screening
     */
    public record Kind(String kindId, String leeftijdscategorie) {
    }

    public record Koppeling(String medewerkerId, String expertise) {
    }
}
