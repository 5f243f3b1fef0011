package nl.jeugdlink.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** Reads JeugdLink's claims: {@code roles}, {@code gemeenten}, {@code organisatie}, {@code agb}. */
final class JwtGebruikers {

    private JwtGebruikers() {
    }

    static Gebruiker uit(Jwt jwt) {
        Set<Rol> rollen = new HashSet<>();
        for (String claim : strings(jwt, "roles")) {
            Rol.vanClaim(claim).ifPresent(rollen::add);
        }
        return new Gebruiker(jwt.getSubject(), rollen, Set.copyOf(strings(jwt, "gemeenten")),
                jwt.getClaimAsString("organisatie"), jwt.getClaimAsString("agb"));
    }

    static Collection<GrantedAuthority> authorities(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        uit(jwt).rollen().forEach(rol -> authorities.add(new SimpleGrantedAuthority("ROLE_" + rol.name())));
        return authorities;
    }

    private static List<String> strings(Jwt jwt, String claim) {
        List<String> values = jwt.getClaimAsStringList(claim);
        return values == null ? List.of() : values;
    }
}
