package nl.jeugdlink.platform.outbox;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/** Wakes the relay as soon as an aggregate document with pending events has been written. */
class OutboxSaveListener extends AbstractMongoEventListener<AggregateDocument> {

    private final OutboxRelay relay;

    OutboxSaveListener(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<AggregateDocument> event) {
        relay.wake(event.getCollectionName(), event.getSource());
    }
}
