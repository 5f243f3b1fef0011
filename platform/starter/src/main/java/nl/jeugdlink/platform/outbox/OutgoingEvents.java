package nl.jeugdlink.platform.outbox;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.platform.cloudevents.CausingTraces;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a contract payload into a {@link PendingEvent} on its aggregate document. The payload is
 * serialized here, once, so the relay publishes exactly what was stored.
 */
public class OutgoingEvents {

    private final JsonMapper json;
    private final Clock clock;
    private final Supplier<@Nullable String> traceparent;

    /** Events continue only the trace a consumer passes on ({@link CausingTraces}): for a service or test without a tracer. */
    public OutgoingEvents(JsonMapper json, Clock clock) {
        this(json, clock, CausingTraces::current);
    }

    /** @param traceparent the W3C {@code traceparent} of the current trace, or null outside one */
    public OutgoingEvents(JsonMapper json, Clock clock, Supplier<@Nullable String> traceparent) {
        this.json = json;
        this.clock = clock;
        this.traceparent = traceparent;
    }

    /** Adds the event to the document's outbox; it is published after the document's next save. */
    public PendingEvent append(AggregateDocument document, EventType type, Record payload) {
        if (!type.payload().isInstance(payload)) {
            throw new IllegalArgumentException(type.name() + " expects a " + type.payload().getSimpleName());
        }
        String data = json.writeValueAsString(payload);
        // In a bulk write of several records' traces, the trace of the record this event is about; else the current one.
        String trace = CausingTraces.about(document.getId(), data);
        PendingEvent event = new PendingEvent(
                UUID.randomUUID().toString(),
                type.type(),
                type.topic(),
                document.getId(),
                clock.instant(),
                data,
                trace != null ? trace : traceparent.get());
        document.publish(event);
        return event;
    }
}
