package nl.jeugdlink.platform.inbound;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a received event is about, read from its payload: the aggregate id that its CloudEvents
 * {@code subject} (and Kafka key) must name, and, where the payload carries one, the municipality
 * that must belong to this deployment's region.
 *
 * @param aggregateName the aggregate's name, for the reason of a refusal
 * @param aggregate the payload's id of the aggregate the event is about
 * @param municipality the payload's CBS municipality code, or null when the event carries none
 * @param <T> the contract record
 */
public record Subject<T>(String aggregateName, Function<T, String> aggregate, @Nullable Function<T, @Nullable String> municipality) {

    /** The event is about the aggregate this payload field names, e.g. {@code Subject.of("casus", CasusGeopend::casusId)}. */
    public static <T> Subject<T> of(String aggregateName, Function<T, String> aggregate) {
        return new Subject<>(aggregateName, aggregate, null);
    }

    /** ... in this municipality, which must lie in the deployment's region. */
    public Subject<T> inMunicipality(Function<T, @Nullable String> municipality) {
        return new Subject<>(aggregateName, aggregate, municipality);
    }
}
