package nl.jeugdlink.platform.web.swaggertest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.jeugdlink.platform.test.HeadlessChromium;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Swagger UI that the README and the start-up table advertise, as a person opens it: in a real
 * browser, without a token, it loads its configuration and the OpenAPI document and lists the
 * service's operations (it said "Failed to load remote configuration." while its configuration URL
 * answered 401).
 */
@JeugdLinkIntegrationTest
@TestPropertySource(properties = {"spring.application.name=swagger-test", "jeugdlink.crypto.keyset-file=target/swagger-test-keyset.json"})
class SwaggerUiIntegrationTest {

    @SpringBootApplication
    @org.springframework.context.annotation.Import(DingenController.class)
    static class SwaggerTestApplication {
    }

    @RestController
    static class DingenController {
        @GetMapping("/api/v1/dingen/{id}")
        String ding(@PathVariable String id) {
            return id;
        }
    }

    @LocalServerPort
    int port;

    @Test
    void theUisConfigurationAnswersWithoutAToken() throws Exception {
        var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/openapi.json/swagger-config")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("/api/v1/openapi.json");
    }

    @Test
    void theSwaggerUiRendersTheOperationsInHeadlessChromium() throws Exception {
        HeadlessChromium.assumeAvailable();
        try (var chromium = new HeadlessChromium()) {
            chromium.open("http://127.0.0.1:" + port + "/swagger-ui.html");

            String paths = chromium.wachtOp("document.querySelectorAll('.opblock-summary-path').length > 0"
                    + " ? Array.from(document.querySelectorAll('.opblock-summary-path')).map(e => e.textContent).join(' ') : null", v -> v != null);
            // Paths are shown below the server URL, which ends in the base path /api/v1.
            assertThat(paths).contains("/dingen/{id}").contains("/audit-records");
            assertThat(chromium.evalueer("document.body.innerText")).doesNotContain("Failed to load remote configuration");
        }
    }
}
