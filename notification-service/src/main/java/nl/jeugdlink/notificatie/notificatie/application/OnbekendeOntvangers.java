package nl.jeugdlink.notificatie.notificatie.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Says when to warn that a recipient is not in the contact directory: the first time, and again once ten minutes have passed
 * without a warning about them. Every message to an unknown recipient is still recorded as undeliverable and counted
 * ({@code jeugdlink.notificaties.onbestelbaar}, by template, with its panel and alert); only the log line is not repeated.
 *
 * <p>Why: a colleague missing from the directory wrote a warning per message - every referral of a busy referrer, every
 * deadline of a team - which buried the other lines of the log, and whose JSON encoding was 13 % of the service's CPU when
 * the hop bench's referrers were unknown (issue 11).
 */
final class OnbekendeOntvangers {

    static final Duration STIL = Duration.ofMinutes(10);
    /** Bounded: a directory emptied by mistake would otherwise keep every recipient of the region here. */
    private static final int MAXIMUM = 10_000;

    private final Clock clock;
    private final ConcurrentHashMap<String, Instant> gewaarschuwd = new ConcurrentHashMap<>();

    OnbekendeOntvangers(Clock clock) {
        this.clock = clock;
    }

    /** Whether to warn about {@code ontvanger} now; if so, the next warning about them waits {@link #STIL}. */
    boolean waarschuwen(String ontvanger) {
        Instant nu = clock.instant();
        Instant vorige = gewaarschuwd.get(ontvanger);
        if (vorige != null && nu.isBefore(vorige.plus(STIL))) {
            return false;
        }
        if (gewaarschuwd.size() >= MAXIMUM) {
            gewaarschuwd.clear();
        }
        gewaarschuwd.put(ontvanger, nu);
        return true;
    }
}
