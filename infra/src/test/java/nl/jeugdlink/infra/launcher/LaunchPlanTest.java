package nl.jeugdlink.infra.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchPlanTest {

    @Test
    void eachServiceTakesTheArgumentsUpToTheNext() {
        LaunchPlan plan = LaunchPlan.parse(List.of("--log-dir=/tmp/logs",
                "@intake-service", "app/intake-service", "--server.port=8081", "--spring.mongodb.uri=mongodb://x/jeugdlink-intake",
                "@case-service", "app/case-service"));

        assertThat(plan.logDir()).isEqualTo(Path.of("/tmp/logs"));
        assertThat(plan.services()).containsExactly(
                new LaunchPlan.Service("intake-service", Path.of("app/intake-service"),
                        List.of("--server.port=8081", "--spring.mongodb.uri=mongodb://x/jeugdlink-intake")),
                new LaunchPlan.Service("case-service", Path.of("app/case-service"), List.of()));
    }

    @Test
    void refusesWhatItCannotStart() {
        assertThatThrownBy(() -> LaunchPlan.parse(List.of())).hasMessageContaining("no service");
        assertThatThrownBy(() -> LaunchPlan.parse(List.of("@intake-service"))).hasMessageContaining("app directory");
        assertThatThrownBy(() -> LaunchPlan.parse(List.of("--verbose", "@a", "dir"))).hasMessageContaining("unknown option --verbose");
        assertThatThrownBy(() -> LaunchPlan.parse(List.of("@a", "dir", "@a", "dir"))).hasMessageContaining("named twice");
    }
}
