package nl.jeugdlink.infra.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jeugdlink.issuer.home=target/issuer-test")
class LocalIssuerIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private HttpResponse<String> token(String client, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=jeugdlink")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String secretOf(String client) throws Exception {
        Properties secrets = new Properties();
        try (var in = Files.newBufferedReader(Path.of("target/issuer-test/secrets.properties"))) {
            secrets.load(in);
        }
        return secrets.getProperty(client);
    }

    @Test
    void issuesASignedTokenCarryingTheDemoUsersRoleAndMunicipality() throws Exception {
        var response = token("teamleider-veenendaal", secretOf("teamleider-veenendaal"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        SignedJWT jwt = SignedJWT.parse(JSON.readTree(response.body()).get("access_token").asText());
        String jwksUri = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).get("jwks_uri").asText();
        JWKSet keys = JWKSet.parse(HTTP.send(HttpRequest.newBuilder(URI.create(jwksUri.replace("127.0.0.1:9000", "127.0.0.1:" + port))).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        RSAKey key = (RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("teamleider-veenendaal");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("teamleider");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("gemeenten")).containsExactly("GM0345");
    }

    @Test
    void givesTheGisTeamleiderTheOrganisationClaimABreachOfAGiRouteTermNames() throws Exception {
        var claims = claimsOf("teamleider-gi");

        assertThat(claims.getStringListClaim("roles")).containsExactly("teamleider");
        assertThat(claims.getStringClaim("organisatie")).isEqualTo("GECERTIFICEERDE_INSTELLING");
        assertThat(claims.getStringListClaim("gemeenten")).containsExactlyInAnyOrder("GM0228", "GM0345");
        assertThat(claimsOf("teamleider-ede").getStringClaim("organisatie")).isEqualTo("SOCIAAL_TEAM");
    }

    @Test
    void givesTheTwoDemoCareProvidersTheirOwnAgbCodeAndNobodyElseOne() throws Exception {
        String ede = claimsOf("zorgaanbieder-ede").getStringClaim("agb");
        String veenendaal = claimsOf("zorgaanbieder-veenendaal").getStringClaim("agb");

        assertThat(ede).matches("[0-9]{8}");
        assertThat(veenendaal).matches("[0-9]{8}").isNotEqualTo(ede);
        assertThat(claimsOf("backoffice-ede").getClaim("agb")).isNull();
    }

    private com.nimbusds.jwt.JWTClaimsSet claimsOf(String client) throws Exception {
        var response = token(client, secretOf(client));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return SignedJWT.parse(JSON.readTree(response.body()).get("access_token").asText()).getJWTClaimsSet();
    }

    @Test
    void refusesAWrongSecret() throws Exception {
        assertThat(token("beheerder-ede", "raden").statusCode()).isEqualTo(401);
    }

    @Test
    void keepsSecretsOutOfTheRepositoryAndReadableByTheOwnerOnly() throws Exception {
        Path secrets = Path.of("target/issuer-test/secrets.properties");
        assertThat(secrets).exists();
        assertThat(Files.getPosixFilePermissions(secrets).toString()).isEqualTo("[OWNER_READ, OWNER_WRITE]");
        assertThat(new Properties() {{ load(Files.newBufferedReader(secrets)); }}).hasSize(DemoUsers.ROLLEN.size() * DemoUsers.GEMEENTEN.size() + DemoUsers.ORGANISATIEGEBRUIKERS.size());
    }
}
