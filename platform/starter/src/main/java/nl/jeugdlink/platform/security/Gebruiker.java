package nl.jeugdlink.platform.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is asking, read from a verified token: never from the request body.
 *
 * @param id the token's subject
 * @param rollen the roles of the token's {@code roles} claim that JeugdLink knows
 * @param gemeenten the CBS codes of the municipalities whose casussen this person may see
 * @param organisatie the person's organisation, e.g. {@code SOCIAAL_TEAM}
 * @param agbCode a care provider's AGB code, when the person acts for one
 */
public record Gebruiker(String id, Set<Rol> rollen, Set<String> gemeenten, @Nullable String organisatie, @Nullable String agbCode) {

    public Gebruiker {
        rollen = Set.copyOf(rollen);
        gemeenten = Set.copyOf(gemeenten);
    }

    public boolean heeftEenVan(Set<Rol> toegestaan) {
        return rollen.stream().anyMatch(toegestaan::contains);
    }

    public boolean werktVoor(String gemeenteCode) {
        return gemeenten.contains(gemeenteCode);
    }
}
