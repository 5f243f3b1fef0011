package nl.jeugdlink.platform.deadletter.matrixtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs every cell of the platform's dead-letter table in docs/autorisatiematrix.md against a
 * service-shaped app: `ja` is 200, `nee` 403, and without a token every endpoint is 401.
 */
@JeugdLinkIntegrationTest
@TestPropertySource(properties = {
        "spring.application.name=dlq-matrix-test",
        "jeugdlink.crypto.keyset-file=target/dlq-matrix-test-keyset.json",
        "spring.cloud.function.definition=verwerk",
        "spring.cloud.stream.bindings.verwerk-in-0.destination=jeugdlink.test.dlq-matrix",
        "spring.cloud.stream.bindings.verwerk-in-0.group=dlq-matrix-test"})
class DeadLetterAuthorisationMatrixIntegrationTest {

    record Cell(String method, String path, String rol, boolean toegang) {
    }

    @SpringBootApplication
    static class MatrixTestApplication {
        @Bean
        Consumer<byte[]> verwerk() {
            return waarde -> { };
        }
    }

    @LocalServerPort
    int port;

    @Test
    void everyCellOfThePlatformTableHolds() throws IOException {
        List<Cell> cells = platformRows();
        assertThat(cells).hasSize(36);
        var api = ApiCaller.onPort(port);
        SoftAssertions softly = new SoftAssertions();
        for (Cell cell : cells) {
            String path = cell.path().replace("{binding}", "verwerk-in-0");
            String token = ApiCaller.token(cell.rol() + "-1", cell.rol(), ApiCaller.HELE_REGIO);
            var response = cell.method().equals("GET") ? api.get(path, token) : api.post(path, "{}", token);
            softly.assertThat(response.statusCode()).as(cell + ": " + response.body()).isEqualTo(cell.toegang() ? 200 : 403);
            var anoniem = cell.method().equals("GET") ? api.get(path, null) : api.post(path, "{}", null);
            softly.assertThat(anoniem.statusCode()).as(cell + " without a token").isEqualTo(401);
        }
        softly.assertAll();
    }

    private static List<Cell> platformRows() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("docs/autorisatiematrix.md"))) {
            dir = dir.getParent();
        }
        return Files.readAllLines(dir.resolve("docs/autorisatiematrix.md")).stream()
                .filter(line -> line.startsWith("| platform |"))
                .map(line -> Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|")).map(String::trim).toArray(String[]::new))
                .map(c -> {
                    String[] endpoint = c[1].replace("`", "").split(" ", 2);
                    return new Cell(endpoint[0], endpoint[1], c[2], c[3].equals("ja"));
                })
                .toList();
    }
}
