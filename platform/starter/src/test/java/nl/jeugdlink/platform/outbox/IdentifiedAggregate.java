package nl.jeugdlink.platform.outbox;

import org.springframework.data.annotation.Id;

/**
 * The smallest aggregate a platform test stores: an id and what {@link AggregateDocument} carries (pending events,
 * applied ids, version). Each test names its own collection on a one-line subclass ({@code @Document("relaytest")}),
 * so that the tests' documents never meet in one collection.
 */
public abstract class IdentifiedAggregate extends AggregateDocument {

    @Id
    private final String id;

    protected IdentifiedAggregate(String id) {
        this.id = id;
    }

    @Override
    public String getId() {
        return id;
    }
}
