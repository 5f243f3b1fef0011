package nl.jeugdlink.platform.web.exemplartest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.OtlpReceiver;
import nl.jeugdlink.platform.test.OtlpReceiver.ReceivedSpan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Exemplars (issue 16): a latency sample that Prometheus scrapes carries the trace id of a request that made it, and that trace
 * was exported, so a Grafana panel leads from a slow sample to its trace. A request comes in with a sampled {@code traceparent};
 * the service's metrics, read as Prometheus reads them (OpenMetrics), name that trace on the request timer's sample, and the
 * request's span reaches an OTLP receiver. The panel check (infra/grafana/check-panels.sh) cannot show this: Debian's Prometheus
 * 2.42 drops a scrape that carries exemplars, so it runs with sampling 0.
 */
@JeugdLinkIntegrationTest
@DirtiesContext
@TestPropertySource(properties = {
        "spring.application.name=exemplar-test",
        "jeugdlink.crypto.keyset-file=target/exemplar-test-keyset.json",
        "management.tracing.sampling.probability=1.0",
        "management.opentelemetry.tracing.export.schedule-delay=100ms"})
class ExemplarIntegrationTest {

    @SpringBootApplication
    static class ExemplarTestApplication {
    }

    private static OtlpReceiver receiver;

    @BeforeAll
    static void receiveSpans() {
        receiver = OtlpReceiver.start();
        // Read by PlatformDefaults when the context starts, as the environment variable is in a deployment.
        System.setProperty("JEUGDLINK_OTLP_ENDPOINT", receiver.endpoint());
    }

    @AfterAll
    static void stopReceiving() {
        System.clearProperty("JEUGDLINK_OTLP_ENDPOINT");
        receiver.close();
    }

    @LocalServerPort
    int port;

    @Test
    void aRequestsLatencySampleNamesItsTraceAndThatTraceIsExported() throws Exception {
        HexFormat hex = HexFormat.of();
        String traceId = hex.formatHex(bytes(16));
        HttpClient http = HttpClient.newHttpClient();
        var health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .header("traceparent", "00-" + traceId + "-" + hex.formatHex(bytes(8)) + "-01").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);

        // As Prometheus scrapes: OpenMetrics, the only format that carries exemplars.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                    .header("Accept", "application/openmetrics-text;version=1.0.0;charset=utf-8").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body().lines()
                    .filter(line -> line.startsWith("http_server_requests_seconds") && line.contains("uri=\"/actuator/health\"")))
                    .as("the request timer's samples of /actuator/health")
                    .anySatisfy(line -> assertThat(line).contains("# {").contains("trace_id=\"" + traceId + "\""));
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(receiver.spansOf(traceId)).extracting(ReceivedSpan::name)
                .anySatisfy(name -> assertThat(name).containsIgnoringCase("get")));
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] |= 1; // never all zero: an invalid id
        return bytes;
    }
}
