package nl.jeugdlink.casus.casus.adapter.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The family's feedback page needs no token of the issuer: the sealed link in the request is its
 * credential, checked by the page itself ({@code GezinsfeedbackPaginaController}), as the jbt-service's
 * parents' page does. This chain, before the platform's, opens only the page's path; every other path
 * keeps the platform's token check. No cookies, so no CSRF token: a forged post would need the link.
 */
@Configuration(proxyBeanMethods = false)
class GezinsfeedbackSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain gezinsfeedbackpagina(HttpSecurity http) throws Exception {
        return http.securityMatcher(GezinsfeedbackPaginaController.PAD, GezinsfeedbackPaginaController.PAD + "/**")
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
