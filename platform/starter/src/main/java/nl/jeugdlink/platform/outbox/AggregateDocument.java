package nl.jeugdlink.platform.outbox;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Version;

/**
 * Base of every Mongo document that changes state and publishes events. Without multi-document
 * transactions, the only atomic unit is one document: so the document carries its own pending
 * outgoing events and the ids of the inbound events already applied to it, and one {@code save}
 * (guarded by {@link Version}) writes state, outbox and dedup window together.
 */
public abstract class AggregateDocument {

    /** How many applied inbound event ids a document remembers; redeliveries come long before this fills. */
    static final int APPLIED_EVENT_WINDOW = 200;

    @Version
    private @Nullable Long version;

    private List<PendingEvent> pendingEvents = new ArrayList<>();

    private List<String> appliedEventIds = new ArrayList<>();

    public abstract String getId();

    public @Nullable Long getVersion() {
        return version;
    }

    public List<PendingEvent> getPendingEvents() {
        return pendingEvents;
    }

    public List<String> getAppliedEventIds() {
        return appliedEventIds;
    }

    /** Queues an event to be published once this document has been saved. */
    public void publish(PendingEvent event) {
        pendingEvents.add(event);
    }

    /** Whether the inbound event with this id has already changed this document. */
    public boolean hasApplied(String inboundEventId) {
        return appliedEventIds.contains(inboundEventId);
    }

    /** Remembers that the inbound event has been applied, in the same write as its effect. */
    public void markApplied(String inboundEventId) {
        appliedEventIds.add(inboundEventId);
        if (appliedEventIds.size() > APPLIED_EVENT_WINDOW) {
            appliedEventIds = new ArrayList<>(appliedEventIds.subList(appliedEventIds.size() - APPLIED_EVENT_WINDOW, appliedEventIds.size()));
        }
    }
}
