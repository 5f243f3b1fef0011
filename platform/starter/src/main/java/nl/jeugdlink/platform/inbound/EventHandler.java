package nl.jeugdlink.platform.inbound;

/**
 * Applies one checked event to the service's own model. It maps the contract record into the
 * service's types and reports what became of it: {@link InboundEvents.Outcome#DUPLICATE} when the
 * aggregate had already applied it (ADR 0015: the aggregate recognises a second delivery in its
 * own write, so there is no separate lookup per event). A broken rule is thrown as
 * {@link RejectedEventException} (or as an exception the table was told to treat as a rejection);
 * anything else thrown is taken as transient and retried.
 *
 * @param <T> the contract record
 */
@FunctionalInterface
public interface EventHandler<T> {

    InboundEvents.Outcome handle(InboundEvent event, T payload);
}
