package nl.jeugdlink.escalatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The service boots against a real broker and store, reports healthy and publishes its (still empty) API document. */
@JeugdLinkIntegrationTest
class EscalationServiceIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void bootsHealthyWithItsOpenApiDocument() throws Exception {
        var health = get("/actuator/health");
        var openapi = get("/api/v1/openapi.json");

        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("\"title\":\"JeugdLink Escalatie API\"");
    }

    @Test
    void exposesPrometheusMetricsTaggedWithTheApplication() throws Exception {
        var metrics = get("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("application=\"escalation-service\"");
    }
}
