package nl.jeugdlink.platform.security;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Authorisation inside the service, where the data is: which roles may use an endpoint, and
 * whether the casus or referral belongs to a municipality of the asker. A refusal is a 403
 * problem and is written to the audit trail by the caller.
 */
public final class Toegang {

    private Toegang() {
    }

    /**
     * A refusal that names what it was about: its audit record (written by the platform's 403
     * handling) gets this category and record, where a plain {@link AccessDeniedException} is filed
     * under what the request's path suggests.
     */
    public static final class Geweigerd extends AccessDeniedException {
        private final String categorie;
        private final @Nullable String betreft;

        public Geweigerd(String reden, String categorie, @Nullable String betreft) {
            super(reden);
            this.categorie = categorie;
            this.betreft = betreft;
        }

        public String categorie() {
            return categorie;
        }

        public @Nullable String betreft() {
            return betreft;
        }
    }

    /** The person behind the current request. */
    public static Gebruiker gebruiker() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return JwtGebruikers.uit(token.getToken());
        }
        throw new AccessDeniedException("geen geverifieerde gebruiker");
    }

    /** The current person, when they have one of these roles; else a 403. */
    public static Gebruiker metRol(Rol eerste, Rol... andere) {
        Gebruiker gebruiker = gebruiker();
        Set<Rol> toegestaan = EnumSet.of(eerste, andere);
        if (!gebruiker.heeftEenVan(toegestaan)) {
            throw new AccessDeniedException("rol niet toegestaan: nodig is een van " + toegestaan);
        }
        return gebruiker;
    }

    /** A 403 unless the person works for this municipality. */
    public static void voorGemeente(Gebruiker gebruiker, String gemeenteCode) {
        if (!gebruiker.werktVoor(gemeenteCode)) {
            throw new AccessDeniedException("geen toegang tot gegevens van gemeente " + gemeenteCode);
        }
    }

    /** For tests and diagnostics: the raw claims of a token. */
    static Gebruiker uit(Jwt jwt) {
        return JwtGebruikers.uit(jwt);
    }
}
