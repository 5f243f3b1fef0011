package nl.jeugdlink.platform.delivery;

import java.time.Duration;

/**
 * How deliveries are paced ({@code jeugdlink.delivery.*}).
 *
 * @param round how often the round looks whether a waiting delivery has come due (it reads the queue only when one is known to be)
 * @param fullRound how often it reads the whole queue regardless (what a stopped instance left)
 * @param firstWait the pause after a failed round of tries; doubles per attempt made
 * @param maxWait at most this pause
 * @param lease how long a sender holds a claimed delivery; after a crash another sender takes it once this runs out
 * @param giveUpAfter a delivery still failing this long after it was handed over is given up
 * @param senders how many deliveries are sent at the same time, at most
 */
public record DeliverySettings(Duration round, Duration fullRound, Duration firstWait, Duration maxWait, Duration lease, Duration giveUpAfter,
        int senders) {

    /** The pause before the next round after {@code attempts} attempts in all. */
    Duration waitAfter(int attempts) {
        Duration wait = firstWait;
        for (int i = 1; i < attempts && wait.compareTo(maxWait) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }
}
