package nl.jeugdlink.platform.inbound;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.SchemaCheck;
import org.springframework.messaging.Message;
import tools.jackson.databind.JsonNode;

/**
 * The one way in (ADR 0015): a handler table per binding, in the manner of eventuate's
 * {@code DomainEventHandlers}. A service names, per event type, the contract record, what the event
 * is about and the handler; the table does the rest the same way for every consumer: reads the
 * CloudEvents envelope, checks the payload against the producer's JSON Schema, checks that the
 * subject is the aggregate the payload names and that its municipality lies in this region, and
 * counts every outcome ({@code jeugdlink.events.consumed} by type and outcome). Types the table
 * does not name share the topic and are counted as ignored.
 *
 * <p>What cannot be applied is thrown so that the binding's platform defaults (retries, back-off,
 * dead-letter topic {@code <destination>.<group>.dlq}) deal with it: unreadable and rejected events
 * go to the dead-letter topic at once with their reason as {@code x-exception-message}; anything
 * else, a store outage above all, is retried.
 */
public final class InboundHandlers {

    private final InboundEvents inbound;
    private final String region;
    private final Set<String> municipalities;

    /**
     * @param region the region this deployment serves, named in refusals
     * @param municipalities its municipalities by CBS code
     */
    public InboundHandlers(InboundEvents inbound, String region, Set<String> municipalities) {
        this.inbound = inbound;
        this.region = region;
        this.municipalities = Set.copyOf(municipalities);
    }

    /** Starts the table of one binding, e.g. {@code casussen-in-0}. */
    public Builder forBinding(String binding) {
        return new Builder(binding);
    }

    /** Collects the rows of one binding's table. */
    public final class Builder {

        private final String binding;
        private final Map<String, Row<?>> rows = new LinkedHashMap<>();
        private final List<Class<? extends RuntimeException>> refusals = new ArrayList<>();

        private Builder(String binding) {
            this.binding = binding;
        }

        /** Events of {@code type} are read as {@code payload}, checked to be about {@code subject}, and applied by {@code handler}. */
        public <T extends Record> Builder onEvent(EventType type, Class<T> payload, Subject<T> subject, EventHandler<T> handler) {
            if (!type.payload().equals(payload)) {
                throw new IllegalArgumentException(type.type() + " carries " + type.payload().getName() + ", not " + payload.getName());
            }
            return row(new Row<>(type, event -> inbound.data(event, type, payload), subject, handler));
        }

        /**
         * Events of {@code type} are read as a JSON object, for a consumer that reads fields by pointer from
         * configuration (the escalation's rule table) rather than into a record: the same schema, subject
         * and region checks, the same counting and dead letters.
         */
        public Builder onJson(EventType type, Subject<JsonNode> subject, EventHandler<JsonNode> handler) {
            return row(new Row<>(type, inbound::tree, subject, handler));
        }

        private Builder row(Row<?> row) {
            if (rows.putIfAbsent(row.type().type(), row) != null) {
                throw new IllegalArgumentException(binding + " names " + row.type().type() + " twice");
            }
            return this;
        }

        /**
         * Exceptions by which the service's own code refuses an event for good (a broken rule): they
         * go to the dead-letter topic with their message as the reason instead of being retried.
         */
        @SafeVarargs
        public final Builder rejecting(Class<? extends RuntimeException>... refusal) {
            refusals.addAll(List.of(refusal));
            return this;
        }

        /** The consumer the binding calls for every message. */
        public Consumer<Message<byte[]>> build() {
            if (rows.isEmpty()) {
                throw new IllegalStateException(binding + " handles no event type");
            }
            return new Table(Map.copyOf(rows), List.copyOf(refusals));
        }
    }

    private record Row<T>(EventType type, Function<InboundEvent, T> reader, Subject<T> subject, EventHandler<T> handler) {
    }

    private final class Table implements Consumer<Message<byte[]>> {

        private final Map<String, Row<?>> rows;
        private final List<Class<? extends RuntimeException>> refusals;

        private Table(Map<String, Row<?>> rows, List<Class<? extends RuntimeException>> refusals) {
            this.rows = rows;
            this.refusals = refusals;
        }

        @Override
        public void accept(Message<byte[]> message) {
            InboundEvent event = inbound.read(message);
            Row<?> row = rows.get(event.type());
            if (row == null) {
                // Later types and other events share the topic: acknowledged, counted, not applied.
                inbound.record(event, InboundEvents.Outcome.IGNORED);
                return;
            }
            InboundEvents.Outcome outcome;
            try {
                outcome = apply(event, row);
            } catch (UnreadableEventException e) {
                inbound.record(event, InboundEvents.Outcome.UNREADABLE);
                throw e;
            } catch (RejectedEventException e) {
                inbound.record(event, InboundEvents.Outcome.REJECTED);
                throw e;
            }
            inbound.record(event, outcome);
        }

        private <T> InboundEvents.Outcome apply(InboundEvent event, Row<T> row) {
            // The producer's schema is the contract: a payload that breaks it is unreadable here rather
            // than half applied or retried for ever.
            var violations = SchemaCheck.violations(row.type(), new String(event.data(), StandardCharsets.UTF_8));
            if (!violations.isEmpty()) {
                throw new UnreadableEventException("payload of " + event.type() + " " + event.id() + " breaks its schema: " + violations);
            }
            T payload = row.reader().apply(event);
            String about = row.subject().aggregate().apply(payload);
            if (!event.subject().equals(about)) {
                throw new RejectedEventException("subject " + event.subject() + " is not the " + row.subject().aggregateName() + " " + about);
            }
            var municipality = row.subject().municipality();
            String gemeente = municipality == null ? null : municipality.apply(payload);
            if (gemeente != null && !municipalities.contains(gemeente)) {
                throw new RejectedEventException("gemeente " + gemeente + " hoort niet bij regio " + region);
            }
            try {
                return row.handler().handle(event, payload);
            } catch (RejectedEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (refusals.stream().anyMatch(refusal -> refusal.isInstance(e))) {
                    throw new RejectedEventException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
                }
                throw e;
            }
        }
    }
}
