package nl.jeugdlink.escalatie.termijn.adapter.bewaking;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.jeugdlink.escalatie.termijn.application.WatchingTermijnen;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the deadline sweep: once at start (whatever passed while the service was down is caught up
 * at once) and then at a fixed interval; and the count of running deadlines for the gauges, at start
 * and then at its own, longer interval (deadlines are counted in days; the count reads the counter documents by _id and heals a share a crash left behind). Several instances may sweep at the same time; the
 * optimistic lock on each traject lets one of them report a deadline, and only once.
 */
public class TermijnBewaking implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TermijnBewaking.class);

    private final WatchingTermijnen bewaken;
    private final Duration interval;
    private final Duration tellingInterval;
    private volatile boolean running;
    private @Nullable ScheduledExecutorService planner;

    public TermijnBewaking(WatchingTermijnen bewaken, Duration interval, Duration tellingInterval) {
        this.bewaken = bewaken;
        this.interval = interval;
        this.tellingInterval = tellingInterval;
    }

    /**
     * One sweep and count now, in the caller's thread: after the clock was moved, what became due is
     * handled, and the gauges show it, before the call returns.
     */
    public int bewaakNu() {
        int overschreden = bewaken.bewaak();
        bewaken.tel();
        return overschreden;
    }

    private void ronde() {
        try {
            int overschreden = bewaken.bewaak();
            if (overschreden > 0) {
                log.info("{} termijn(en) overschreden", overschreden);
            }
        } catch (RuntimeException e) {
            // The store may be away for a moment; nothing is lost, the next round finds the same deadlines.
            log.warn("termijnbewaking mislukt, volgende ronde over {}: {}", interval, e.getMessage());
        }
    }

    private void telling() {
        try {
            bewaken.tel();
        } catch (RuntimeException e) {
            log.warn("telling van lopende termijnen mislukt, volgende over {}: {}", tellingInterval, e.getMessage());
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("termijn-bewaking").daemon(true).factory());
        // One thread: a count never runs alongside a sweep; the first count follows the first sweep.
        executor.scheduleWithFixedDelay(this::ronde, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::telling, 0, tellingInterval.toMillis(), TimeUnit.MILLISECONDS);
        planner = executor;
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        ScheduledExecutorService executor = planner;
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
