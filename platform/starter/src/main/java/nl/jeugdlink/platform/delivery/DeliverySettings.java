package nl.jeugdlink.platform.delivery;

import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How deliveries are paced ({@code jeugdlink.delivery.*}), and per channel where a channel needs its own retry schedule
 * ({@code jeugdlink.delivery.channels.<name>.*}: a webhook receiver and a mail server fail and come back differently).
 *
 * @param round how often the round looks whether a waiting delivery has come due (it reads the queue only when one is known to be)
 * @param fullRound how often it reads the whole queue regardless (what a stopped instance left)
 * @param firstWait the pause after a failed round of tries; doubles per attempt made
 * @param maxWait at most this pause
 * @param lease how long a sender holds a claimed delivery; after a crash another sender takes it once this runs out
 * @param giveUpAfter a delivery still failing this long after it was handed over is given up
 * @param senders how many deliveries are sent at the same time, at most
 * @param channels the retry schedule of a channel by its name, for the channels that do not use the one above
 */
public record DeliverySettings(Duration round, Duration fullRound, Duration firstWait, Duration maxWait, Duration lease, Duration giveUpAfter,
        int senders, Map<String, Schedule> channels) {

    public DeliverySettings {
        channels = Map.copyOf(channels);
    }

    /** One retry schedule for every channel. */
    public DeliverySettings(Duration round, Duration fullRound, Duration firstWait, Duration maxWait, Duration lease, Duration giveUpAfter,
            int senders) {
        this(round, fullRound, firstWait, maxWait, lease, giveUpAfter, senders, Map.of());
    }

    /**
     * A retry schedule: the pause after a failed round of tries, doubling per attempt up to {@code maxWait}, and how long after
     * the hand-over a delivery still failing is given up.
     */
    public record Schedule(Duration firstWait, Duration maxWait, Duration giveUpAfter) {

        public Schedule {
            if (firstWait.isNegative() || firstWait.isZero() || maxWait.compareTo(firstWait) < 0 || giveUpAfter.isNegative()) {
                throw new IllegalArgumentException("a retry schedule needs 0 < first-wait <= max-wait and give-up-after >= 0: first-wait "
                        + firstWait + ", max-wait " + maxWait + ", give-up-after " + giveUpAfter);
            }
        }

        /** The pause before the next round after {@code attempts} attempts in all. */
        Duration waitAfter(int attempts) {
            Duration wait = firstWait;
            for (int i = 1; i < attempts && wait.compareTo(maxWait) < 0; i++) {
                wait = wait.multipliedBy(2);
            }
            return wait.compareTo(maxWait) > 0 ? maxWait : wait;
        }
    }

    /** What a channel sets of its schedule ({@code jeugdlink.delivery.channels.<name>.*}); what it leaves out is the service's. */
    public record ChannelSchedule(@Nullable Duration firstWait, @Nullable Duration maxWait, @Nullable Duration giveUpAfter) {

        Schedule over(Schedule service) {
            return new Schedule(firstWait != null ? firstWait : service.firstWait(), maxWait != null ? maxWait : service.maxWait(),
                    giveUpAfter != null ? giveUpAfter : service.giveUpAfter());
        }
    }

    /** The service's schedule, for every channel without one of its own. */
    public Schedule schedule() {
        return new Schedule(firstWait, maxWait, giveUpAfter);
    }

    /** The schedule of this channel: its own, or the service's. */
    public Schedule schedule(String channel) {
        Schedule own = channels.get(channel);
        return own != null ? own : schedule();
    }

    /** The pause before the next round after {@code attempts} attempts in all, on the service's schedule. */
    Duration waitAfter(int attempts) {
        return schedule().waitAfter(attempts);
    }
}
