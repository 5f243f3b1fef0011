package nl.jeugdlink.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import nl.jeugdlink.platform.metrics.CountersFromZero.TagValues;

class CountersFromZeroTest {

    enum Kleur { ROOD, GROEN }

    @Test
    void registersEveryCombinationAtZeroAsTheSameMeterTheCodeIncrementsLater() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();

        int made = CountersFromZero.register(meters, "jeugdlink.test", TagValues.of("kleur", Kleur.values()),
                TagValues.of("gemeente", List.of("GM0228", "GM0345", "GM0203")));

        assertThat(made).isEqualTo(6);
        assertThat(meters.find("jeugdlink.test").counters()).hasSize(6)
                .allSatisfy(counter -> assertThat(counter.count()).isZero());
        assertThat(meters.get("jeugdlink.test").tags("kleur", "GROEN", "gemeente", "GM0345").counter().count()).isZero();

        meters.counter("jeugdlink.test", "kleur", "GROEN", "gemeente", "GM0345").increment();

        assertThat(meters.find("jeugdlink.test").counters()).hasSize(6);
        assertThat(meters.get("jeugdlink.test").tags("kleur", "GROEN", "gemeente", "GM0345").counter().count()).isEqualTo(1);
    }

    @Test
    void aKeyWithoutValuesMakesNoCounter() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();

        assertThat(CountersFromZero.register(meters, "jeugdlink.test", TagValues.of("kleur", Kleur.values()),
                TagValues.of("gemeente", List.of()))).isZero();
        assertThat(meters.find("jeugdlink.test").counters()).isEmpty();
    }
}
