package nl.jeugdlink.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every service shows on its own: healthy against real infrastructure, Prometheus metrics
 * tagged with the application, the NLGov version header, build and git version on /actuator/info, every index its documents declare
 * present in the store, and an OpenAPI document, which is also
 * written to {@code target/openapi/openapi.json} for the API linter (Spectral, NLGov ruleset).
 * A service's test extends this and carries {@link JeugdLinkIntegrationTest}.
 */
public abstract class ServiceBasicsIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Value("${spring.application.name}")
    String application;

    @Value("${jeugdlink.api.title}")
    String title;

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void reportsHealthyAgainstRealInfrastructure() throws Exception {
        var health = get("/actuator/health");

        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void publishesItsOpenApiDocumentWithTheVersionHeader() throws Exception {
        var openapi = get("/api/v1/openapi.json");

        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.headers().firstValue("API-Version")).isPresent();
        assertThat(openapi.body()).contains("\"title\":\"" + title + "\"");
        Path out = Path.of("target", "openapi", "openapi.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, openapi.body());
    }

    @Test
    void exposesPrometheusMetricsTaggedWithTheApplication() throws Exception {
        var metrics = get("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("application=\"" + application + "\"");
    }

    @Test
    void showsTheBuildAndTheCommitItWasBuiltFrom() throws Exception {
        var info = get("/actuator/info");

        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).as("build-info of spring-boot-maven-plugin (root pom)").contains("\"build\":{").contains("\"version\":\"");
        if (inGitWorkTree()) {
            // git.properties of git-commit-id-maven-plugin (root pom); a source tree without .git builds without it.
            assertThat(info.body()).contains("\"git\":{").containsPattern("\"commit\":\\{[^}]*\"id\":\"[0-9a-f]{7,}\"");
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    /**
     * Automatic index creation is off (issue 16), so the platform makes every index the service's documents declare
     * ({@code @Indexed}, {@code @CompoundIndex}) explicitly at start: each is in the store, with its keys and uniqueness.
     */
    @Test
    void hasEveryIndexItsDocumentsDeclareInTheStore() {
        var mapping = mongo.getConverter().getMappingContext();
        var resolver = org.springframework.data.mongodb.core.index.IndexResolver.create(mapping);
        int declared = 0;
        for (var entity : mapping.getPersistentEntities()) {
            if (!entity.isAnnotationPresent(org.springframework.data.mongodb.core.mapping.Document.class)) {
                continue;
            }
            var present = mongo.indexOps(entity.getCollection()).getIndexInfo();
            for (var index : resolver.resolveIndexFor(entity.getTypeInformation())) {
                declared++;
                var keys = java.util.List.copyOf(index.getIndexKeys().keySet());
                boolean unique = Boolean.TRUE.equals(index.getIndexOptions().get("unique"));
                assertThat(present).as("index %s on %s", keys, entity.getCollection()).anySatisfy(info -> {
                    assertThat(info.getIndexFields()).extracting(org.springframework.data.mongodb.core.index.IndexField::getKey).isEqualTo(keys);
                    assertThat(info.isUnique()).isEqualTo(unique);
                });
            }
        }
        System.out.println(application + ": " + declared + " declared indexes present in the store");
    }

    private static boolean inGitWorkTree() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return true;
            }
        }
        return false;
    }
}
