package nl.jeugdlink.platform.security;

import java.util.Locale;
import java.util.Optional;

/**
 * The roles of the process digest, as they arrive in the token's {@code roles} claim (lower case,
 * dashes: {@code jbt-voorzitter}).
 */
public enum Rol {
    /** Sociaal Team: keeps the regie of the casus. */
    REGISSEUR,
    /** Veilig Thuis, Raad voor de Kinderbescherming or GI, joining the team with expertise. */
    JEUGDLINK_PROFESSIONAL,
    GEDRAGSWETENSCHAPPER,
    TEAMLEIDER,
    JBT_VOORZITTER,
    RAADSMEDEWERKER,
    JEUGDBESCHERMER,
    BACKOFFICE,
    /** A care provider, identified by its AGB code. */
    ZORGAANBIEDER,
    REGIONALE_CONTACTPERSOON,
    /**
     * The municipality's own contact (issue 15, ADR 0022): told when a JBT wait is exceeded and at step 3 of the escalation
     * model, for the municipalities in the token's {@code gemeenten}. Known here so that a token carrying it is read as a
     * role; which endpoints it opens is each service's own decision (docs/autorisatiematrix.md), none by default.
     */
    GEMEENTELIJK_CONTACTPERSOON,
    /**
     * The official the municipality designated (issue 13, REQUIREMENTS "Door de gemeente aangewezen functionaris"): approves care
     * outside the contracts, for the municipalities in the token's {@code gemeenten}; the back office no longer may.
     */
    AANGEWEZEN_FUNCTIONARIS,
    /** Keeps the system running and reads the audit trail; no access to casus content. */
    BEHEERDER;

    public String claim() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Rol> vanClaim(String claim) {
        try {
            return Optional.of(valueOf(claim.toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
