package nl.jeugdlink.casus.inzage.adapter.planning;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.jeugdlink.casus.inzage.application.OpruimenInzagedelen;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the removal of delivered parts at start and then at a fixed interval ({@code jeugdlink.inzage.opruiming.interval}). Several
 * instances may sweep at once: the optimistic lock on each request lets one of them remove its parts.
 */
public class InzagedelenOpruiming implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InzagedelenOpruiming.class);

    private final OpruimenInzagedelen opruimen;
    private final Clock clock;
    private final Duration interval;
    private volatile boolean running;
    private @Nullable ScheduledExecutorService planner;

    public InzagedelenOpruiming(OpruimenInzagedelen opruimen, Clock clock, Duration interval) {
        this.opruimen = opruimen;
        this.clock = clock;
        this.interval = interval;
    }

    private void ronde() {
        try {
            int verwijderd = opruimen.ruimOp(clock.instant());
            if (verwijderd > 0) {
                log.info("Inzagedelen verwijderd van {} verzoek(en)", verwijderd);
            }
        } catch (RuntimeException e) {
            // The store may be away for a moment; the next round finds the same days.
            log.warn("opruimen van inzagedelen mislukt, volgende ronde over {}: {}", interval, e.getMessage());
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("inzagedelen-opruiming").daemon(true).factory());
        executor.scheduleWithFixedDelay(this::ronde, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        planner = executor;
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        ScheduledExecutorService executor = planner;
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
