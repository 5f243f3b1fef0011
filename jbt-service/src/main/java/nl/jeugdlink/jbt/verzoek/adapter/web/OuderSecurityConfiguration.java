package nl.jeugdlink.jbt.verzoek.adapter.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The parents' pages need no token of the issuer: the sealed link in the request is their
 * credential, checked by the page itself ({@code OuderController}). This chain, before the
 * platform's, opens only {@code /ouders/**}; every other path keeps the platform's token check.
 * No cookies, so no CSRF token: a forged post would need the link itself.
 */
@Configuration(proxyBeanMethods = false)
class OuderSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain ouderlinks(HttpSecurity http) throws Exception {
        return http.securityMatcher(OuderController.PAD + "**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                                + "frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny()))
                .build();
    }
}
