package nl.jeugdlink.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.BearerTokenErrorCodes;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.HttpFirewall;

/**
 * Every API is an OAuth2 resource server that accepts only JWTs signed by the configured issuer
 * (OIDC discovery through {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}). Open
 * without a token: health, the Prometheus scrape and the OpenAPI document. Stateless, no CSRF
 * (bearer tokens, no cookies), no CORS (closed by default), secure headers on. A request refused
 * here (no token, a token that does not verify, a role refused by the chain) is audited like a
 * refusal inside a service (NEN 7513 asks for unsuccessful attempts too). Spring Security's own observations are off
 * ({@code PlatformAutoConfiguration.OBSERVATIONS_OFF}).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain jeugdlinkSecurity(HttpSecurity http, ObjectProvider<RefusalLog> audit, ObjectProvider<JwtDecoder> decoders)
            throws Exception {
        AuthenticationEntryPoint nietAangemeld = (request, response, e) -> {
            auditeer(audit, trail -> trail.nietAangemeld(request, "niet aangemeld: " + reden(e)));
            problem(response, 401, "Niet aangemeld", "Deze API vraagt een geldig toegangstoken van de ingestelde uitgever.");
        };
        AccessDeniedHandler geenToegang = (request, response, e) -> {
            auditeer(audit, trail -> trail.geweigerd(request, gebruikerOfNull(), "rol niet toegestaan voor " + request.getRequestURI()));
            problem(response, 403, "Geen toegang", "U heeft geen toegang tot dit gegeven.");
        };
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(JwtGebruikers::authorities);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        // The UI's configuration is read from <api-docs path>/swagger-config: without it the page says "Failed to load remote configuration."
                        .requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**", "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/actuator/klok").hasRole(Rol.BEHEERDER.name())
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth2 -> oauth2
                        .jwt(jwt -> {
                            jwt.jwtAuthenticationConverter(converter);
                            // Boot's decoder (issuer, keys, time and subject checks), verifying each token once.
                            JwtDecoder decoder = decoders.getIfAvailable();
                            if (decoder != null) {
                                jwt.decoder(new VerifiedTokens(decoder, Clock.systemUTC()));
                            }
                        })
                        .authenticationEntryPoint(nietAangemeld)
                        .accessDeniedHandler(geenToegang))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(nietAangemeld)
                        .accessDeniedHandler(geenToegang))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /**
     * The token's subject is who recorded a change, and as such it travels in events
     * ({@code vastgelegdDoor}, {@code toegewezenDoor}, ...): a subject that does not fit the contracts'
     * id pattern is refused here, as a token that does not verify (401), rather than published as an
     * event its consumers reject. Spring Boot adds this to the issuer's and the time checks.
     */
    @Bean
    OAuth2TokenValidator<Jwt> jeugdlinkSubjectValidator() {
        return new JwtClaimValidator<String>(JwtClaimNames.SUB, subject -> subject != null && SUBJECT.matcher(subject).matches());
    }

    /**
     * The firewall Spring Security puts before every chain, with its character rules checked without regular
     * expressions ({@link FirewallCharacters}); Spring Security takes an {@link HttpFirewall} bean as its firewall.
     */
    @Bean
    HttpFirewall jeugdlinkFirewall() {
        return FirewallCharacters.firewall();
    }

    /**
     * Where the resource server finds the bearer token: the {@code Authorization} header, by the default resolver's rules
     * without its regular expression ({@link BearerTokens}); the resource server takes a {@link BearerTokenResolver} bean.
     */
    @Bean
    BearerTokenResolver jeugdlinkBearerTokens() {
        return new BearerTokens();
    }

    /** The contracts' pattern for a medewerker id. */
    static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /**
     * Why a request was not authenticated, in words that hold no part of the token: the audit
     * record must not become a place where (fragments of) bearer tokens are kept.
     */
    static String reden(AuthenticationException e) {
        if (e instanceof InvalidBearerTokenException) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("expired")) {
                return "toegangstoken verlopen";
            }
            if (message.contains("The iss claim")) {
                return "toegangstoken van een andere uitgever";
            }
            return "toegangstoken ongeldig (handtekening of inhoud)";
        }
        if (e instanceof InsufficientAuthenticationException) {
            return "geen toegangstoken";
        }
        if (e instanceof OAuth2AuthenticationException oauth && BearerTokenErrorCodes.INVALID_TOKEN.equals(oauth.getError().getErrorCode())) {
            return "toegangstoken misvormd"; // the Authorization header is no "Bearer <token>" (BearerTokens)
        }
        return "authenticatie mislukt (" + e.getClass().getSimpleName() + ")";
    }

    /**
     * Audits a refusal; a store that is down does not turn the 401 or 403 into an error page (a client
     * must still see that it has to sign in), it is logged and counted instead.
     */
    private static void auditeer(ObjectProvider<RefusalLog> audit, Consumer<RefusalLog> vastleggen) {
        try {
            audit.ifAvailable(vastleggen);
        } catch (RuntimeException e) {
            log.error("refusal not audited: {}", String.valueOf(e.getMessage()));
        }
    }

    private static @Nullable Gebruiker gebruikerOfNull() {
        try {
            return Toegang.gebruiker();
        } catch (org.springframework.security.access.AccessDeniedException anonymous) {
            return null;
        }
    }

    static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}".formatted(title, status, detail));
    }
}
