package nl.jeugdlink.platform.klok;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that runs like the system clock from a moment that can be set. Time never stands still,
 * so timers, token expiry and Kafka timestamps keep working; only "now" shifts.
 */
public final class AdjustableClock extends Clock {

    private final Clock systeem;
    private final AtomicReference<Duration> verschuiving = new AtomicReference<>(Duration.ZERO);

    public AdjustableClock(Clock systeem) {
        this.systeem = systeem;
    }

    /** Sets "now" to {@code tijdstip}; the clock runs on from there. */
    public void zet(Instant tijdstip) {
        verschuiving.set(Duration.between(systeem.instant(), tijdstip));
    }

    public Duration verschuiving() {
        return verschuiving.get();
    }

    @Override
    public Instant instant() {
        return systeem.instant().plus(verschuiving.get());
    }

    @Override
    public ZoneId getZone() {
        return systeem.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        AdjustableClock klok = new AdjustableClock(systeem.withZone(zone));
        klok.verschuiving.set(verschuiving.get());
        return klok;
    }
}
