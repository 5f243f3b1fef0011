package nl.jeugdlink.infra.issuer;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
class IssuerConfiguration {

    private final Path home;

    IssuerConfiguration(@Value("${jeugdlink.issuer.home:.jeugdlink/issuer}") String home) {
        this.home = Path.of(home);
    }

    @Bean
    List<DemoUsers.DemoUser> demoUsers() {
        return DemoUsers.load(home.resolve("secrets.properties"));
    }

    @Bean
    RegisteredClientRepository clients(List<DemoUsers.DemoUser> users) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        List<RegisteredClient> clients = users.stream().map(user -> RegisteredClient.withId(UUID.nameUUIDFromBytes(user.id().getBytes()).toString())
                        .clientId(user.id())
                        .clientSecret(encoder.encode(user.secret()))
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .scope("jeugdlink")
                        .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofHours(8)).build())
                        .build())
                .toList();
        return new InMemoryRegisteredClientRepository(clients);
    }

    /** JeugdLink's claims: the services read roles and municipalities from these, never from a request body. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> jeugdlinkClaims(List<DemoUsers.DemoUser> users) {
        Map<String, DemoUsers.DemoUser> byId = users.stream().collect(Collectors.toMap(DemoUsers.DemoUser::id, u -> u));
        return context -> {
            DemoUsers.DemoUser user = byId.get(context.getRegisteredClient().getClientId());
            if (user != null) {
                context.getClaims()
                        .audience(List.of("jeugdlink"))
                        .claim("roles", List.of(user.rol()))
                        .claim("gemeenten", user.gemeenten())
                        .claim("organisatie", user.organisatie());
                if (user.agbCode() != null) {
                    // A care provider is known by its AGB code: it sees only what is addressed to it.
                    context.getClaims().claim("agb", user.agbCode());
                }
            }
        };
    }

    /** The signing key survives restarts, so tokens handed out before a restart stay valid. */
    @Bean
    JWKSource<SecurityContext> signingKey() {
        Path keyFile = home.resolve("signing-key.json");
        try {
            RSAKey key;
            if (Files.exists(keyFile)) {
                key = RSAKey.parse(Files.readString(keyFile));
            } else {
                key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
                Files.createDirectories(home);
                Files.writeString(keyFile, key.toJSONString());
            }
            return new ImmutableJWKSet<>(new JWKSet(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException | com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException("cannot read or create the signing key in " + keyFile, e);
        }
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(@Value("${jeugdlink.issuer.url:http://127.0.0.1:9000}") String issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
        return http.build();
    }

    /** Health is open, ahead of the authorization server's chain, which matches everything else. */
    @Bean
    @Order(1)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**").authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }
}
