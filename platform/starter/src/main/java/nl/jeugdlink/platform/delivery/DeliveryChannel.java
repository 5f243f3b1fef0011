package nl.jeugdlink.platform.delivery;

/**
 * The port a service implements to send one kind of outbound work - SMTP, a webhook, an iJw message.
 * The platform calls it with the delivery; the channel loads what it sends by the delivery's id from
 * the service's own store. A send must be safe to repeat: a sender that dies after the peer accepted
 * and before the outcome was written sends again once the lease runs out, so the channel carries
 * something the peer can recognise a repeat by (an e-mail's Message-ID, a webhook's idempotency key),
 * derived from {@link Delivery#id()}.
 */
public interface DeliveryChannel {

    /** The name deliveries of this channel carry ({@link Delivery#channel()}). */
    String name();

    /**
     * Sends once. Returning means the peer accepted it.
     *
     * @throws Undeliverable when this delivery can never go as it is (no address, refused for good): it is parked, not retried
     * @throws Exception any other failure: the attempt is recorded as failed and retried with back-off
     */
    void send(Delivery delivery) throws Exception;

    /**
     * Why a send failed, as the delivery log and the service's log will show it. A channel whose peer
     * quotes personal data in its refusals (a mail server quoting an address) masks it here.
     */
    default String describe(Exception failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String text = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    /** Told after "sent" was written: counting, or forgetting what need not be kept once it went out. */
    default void sent(Delivery delivery) {
    }

    /** Told after a round of tries failed and the delivery waits for its next round. */
    default void failed(Delivery delivery, String reason) {
    }

    /** Told after the delivery was parked or given up: it will not go out by itself. */
    default void stopped(Delivery delivery, Delivery.Status status, String reason) {
    }

    /** This delivery cannot go as it is; retrying will not help. */
    final class Undeliverable extends Exception {
        public Undeliverable(String reason) {
            super(reason);
        }
    }
}
