package nl.jeugdlink.platform.inbound;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Applies the checked events of one poll in one write (ADR 0018), in two steps so that one event the
 * domain refuses does not hold up the others: {@link #prepare} decides in memory, event by event, what
 * each changes; {@link #write} stores all of it in one bulk write, in the order received, and says what
 * became of each. The table retries a failed write with the binding's back-off and, when every attempt
 * failed, writes the events one by one so that only the one that keeps failing goes to the dead-letter
 * topic.
 *
 * @param <T> the contract record
 * @param <W> what one event changes, ready to be written
 */
public interface BatchEventHandler<T, W> {

    /**
     * What the event changes, decided without I/O; null when it changes nothing here (counted as
     * ignored). A broken rule is thrown as {@link RejectedEventException} or as one of the table's
     * {@code rejecting} exceptions.
     */
    @Nullable W prepare(InboundEvent event, T payload);

    /**
     * Writes the prepared changes in one go, in their order (two of one aggregate stay in order), and
     * answers one outcome per change, by position: {@link InboundEvents.Outcome#APPLIED} or
     * {@link InboundEvents.Outcome#DUPLICATE} when the aggregate shows it had applied that event before.
     * Anything thrown is taken as transient; a write run again must recognise what the failed one stored.
     */
    List<InboundEvents.Outcome> write(List<W> changes);

    /** A handler of the two steps as functions, for a consumer whose steps are one call each. */
    static <T, W> BatchEventHandler<T, W> of(java.util.function.BiFunction<InboundEvent, T, @Nullable W> prepare,
            java.util.function.Function<List<W>, List<InboundEvents.Outcome>> write) {
        return new BatchEventHandler<>() {
            @Override
            public @Nullable W prepare(InboundEvent event, T payload) {
                return prepare.apply(event, payload);
            }

            @Override
            public List<InboundEvents.Outcome> write(List<W> changes) {
                return write.apply(changes);
            }
        };
    }
}
