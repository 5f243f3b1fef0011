package nl.jeugdlink.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoreSpeedTest {

    @Test
    void cpuInProbeUnitsIsTheCpuDividedByTheUnitsMeanCpuTime() {
        // The open loop of 20:34 tonight: 34.13 ms per referral while a unit took 726 µs on average.
        assertThat(CoreSpeed.inUnits("34.13", 726.0)).isEqualTo("47.0");
        assertThat(CoreSpeed.inUnits("n/a", 600.0)).isEqualTo("n/a");
        assertThat(CoreSpeed.inUnits("34.13", Double.NaN)).isEqualTo("n/a");
    }

    @Test
    void measuresUnitsUntilClosedAndForgetsThemOnRestart() throws InterruptedException {
        try (CoreSpeed speed = CoreSpeed.start()) {
            awaitUnits(speed, 2);
            assertThat(speed.meanMicros()).isPositive().isFinite();

            speed.restart();
            assertThat(speed.units()).isLessThanOrEqualTo(1); // one may have ended between the two calls
            awaitUnits(speed, 2);
            assertThat(speed.describe()).matches("\\d+ µs per probe unit, mean of \\d+");
        }
    }

    private static void awaitUnits(CoreSpeed speed, int units) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (speed.units() < units && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(speed.units()).isGreaterThanOrEqualTo(units);
    }
}
