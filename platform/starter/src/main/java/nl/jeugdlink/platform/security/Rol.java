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
