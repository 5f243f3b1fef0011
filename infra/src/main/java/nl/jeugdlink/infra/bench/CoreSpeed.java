package nl.jeugdlink.infra.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * How fast the cores ran during a step: a fixed unit of work, timed by its own thread's CPU clock every
 * {@value #EVERY_MS} ms, averaged over the step.
 *
 * <p>Why: this machine's virtual cores change speed from second to second, idle or not (docs/performance.md, session
 * 2026-12-06 night: the same unit took 527 to 996 µs on the idle machine), so the same code's CPU per referral differed by
 * ±20 % between runs. Its CPU per referral divided by the unit's mean CPU time during the same step ("probe units") follows
 * the code, not most of the machine: 47.0 and 47.4 units per referral in the open loop of two runs whose milliseconds were
 * 34.1 and 28.7; ±4 % over seven runs whose milliseconds spread ±11 %. The unit is a multiply-and-store walk over a 16 KB
 * array, so it measures the core's speed, not its waiting: a thread's CPU clock does not run while the thread waits for a
 * core. It costs the bench ~0.3 % of a core, in its own JVM, which no step charges to the platform.
 */
final class CoreSpeed implements AutoCloseable {

    private static final int STEPS = 400_000;
    private static final long EVERY_MS = 200;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final int[] data = new int[4096];
    private final Thread thread;
    private volatile boolean running = true;
    /** Sum and count of the units since {@link #restart()}, in nanoseconds of the probe thread's CPU. */
    private long sumNanos;
    private int units;
    /** Kept so that the walk cannot be optimised away. */
    private long sink;

    private CoreSpeed() {
        thread = Thread.ofPlatform().daemon().name("core-speed").start(this::run);
    }

    /** Starts the probe; its first units warm it up, so start it before the step's warm-up and {@link #restart()} at the measured phase. */
    static CoreSpeed start() {
        return new CoreSpeed();
    }

    private void run() {
        while (running) {
            long before = threads.getCurrentThreadCpuTime();
            long x = System.nanoTime();
            for (int i = 0; i < STEPS; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
                data[(int) (x >>> 52)] += (int) x;
            }
            long took = threads.getCurrentThreadCpuTime() - before;
            synchronized (this) {
                sink += x + data[(int) (x >>> 52)];
                sumNanos += took;
                units++;
            }
            try {
                Thread.sleep(EVERY_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Forgets the units so far: the mean from here on is the measured phase's. */
    synchronized void restart() {
        sumNanos = 0;
        units = 0;
    }

    /** The mean CPU time of one unit since {@link #restart()}, in µs; NaN before the first. */
    synchronized double meanMicros() {
        return units == 0 ? Double.NaN : sumNanos / 1000.0 / units;
    }

    synchronized int units() {
        return units;
    }

    /** The progress line's and the table's description of the cores' speed: the mean, and of how many units. */
    String describe() {
        return String.format(Locale.ROOT, "%.0f µs per probe unit, mean of %d", meanMicros(), units());
    }

    /** CPU in probe units: milliseconds of CPU divided by the unit's mean CPU time during the same phase. */
    String inUnits(String cpuMs) {
        return inUnits(cpuMs, meanMicros());
    }

    static String inUnits(String cpuMs, double mean) {
        try {
            return Double.isNaN(mean) ? "n/a" : String.format(Locale.ROOT, "%.1f", Double.parseDouble(cpuMs) * 1000 / mean);
        } catch (NumberFormatException e) {
            return "n/a";
        }
    }

    /** Stops the probe and waits for it, so that no unit ends after the phase it describes. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
