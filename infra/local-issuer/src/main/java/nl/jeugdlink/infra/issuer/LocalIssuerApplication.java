package nl.jeugdlink.infra.issuer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The local OpenID Connect issuer of {@code ./jeugdlink run}: real RS256-signed tokens, OIDC
 * discovery and a JWKS, for demo users of every role in two municipalities. The services verify
 * its tokens exactly as they would Keycloak's; nothing in them knows this issuer is local.
 */
@SpringBootApplication
public class LocalIssuerApplication {

    public static void main(String[] args) {
        SpringApplication.run(LocalIssuerApplication.class, args);
    }
}
