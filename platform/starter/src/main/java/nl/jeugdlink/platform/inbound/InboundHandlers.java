package nl.jeugdlink.platform.inbound;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.BiFunction;
import nl.jeugdlink.contracts.EventType;
import org.jspecify.annotations.Nullable;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.platform.cloudevents.CausingTraces;
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
 *
 * <p>A binding in batch mode ({@code consumer.batch-mode: true}) gets its table from
 * {@link Builder#buildBatch()} (ADR 0018): the same checks and counts per record, rows that write a
 * whole poll at once ({@link Builder#onEvents}), and the retries and dead letters done by the table per
 * record, because the binder would retry and dead-letter only the whole poll.
 */
public final class InboundHandlers {

    private final InboundEvents inbound;
    private final String region;
    private final Set<String> municipalities;
    private final @Nullable DeadLetters deadLetters;
    private final InboundRetry retry;
    private final RecordTraces traces;

    /**
     * @param region the region this deployment serves, named in refusals
     * @param municipalities its municipalities by CBS code
     */
    public InboundHandlers(InboundEvents inbound, String region, Set<String> municipalities) {
        this(inbound, region, municipalities, null, new InboundRetry(1, java.time.Duration.ZERO, 1, java.time.Duration.ZERO));
    }

    /**
     * @param deadLetters where a batch table sends what it cannot apply
     * @param retry how a batch table retries a transient failure
     */
    public InboundHandlers(InboundEvents inbound, String region, Set<String> municipalities, @Nullable DeadLetters deadLetters, InboundRetry retry) {
        this(inbound, region, municipalities, deadLetters, retry, RecordTraces.passingOn());
    }

    /**
     * @param traces how a batch table follows each record's trace into what it writes (spring-kafka observes only record
     *               listeners; ADR 0023): passed on as it came, or a span per record when spans are exported
     */
    public InboundHandlers(InboundEvents inbound, String region, Set<String> municipalities, @Nullable DeadLetters deadLetters, InboundRetry retry,
            RecordTraces traces) {
        this.inbound = inbound;
        this.region = region;
        this.municipalities = Set.copyOf(municipalities);
        this.deadLetters = deadLetters;
        this.retry = retry;
        this.traces = traces;
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
            return row(new Row<>(type, (event, tree) -> inbound.data(event, tree, type, payload), subject, handler, null));
        }

        /**
         * Events of {@code type}, in a batch table, are prepared one by one and written together by
         * {@code handler} (ADR 0018). In a single-message table each is prepared and written on its own.
         */
        public <T extends Record, W> Builder onEvents(EventType type, Class<T> payload, Subject<T> subject, BatchEventHandler<T, W> handler) {
            if (!type.payload().equals(payload)) {
                throw new IllegalArgumentException(type.type() + " carries " + type.payload().getName() + ", not " + payload.getName());
            }
            EventHandler<T> one = (event, data) -> {
                W change = handler.prepare(event, data);
                return change == null ? InboundEvents.Outcome.IGNORED : handler.write(List.of(change)).getFirst();
            };
            return row(new Row<>(type, (event, tree) -> inbound.data(event, tree, type, payload), subject, one, handler));
        }

        /**
         * Events of {@code type} are read as a JSON object, for a consumer that reads fields by pointer from
         * configuration (the escalation's rule table) rather than into a record: the same schema, subject
         * and region checks, the same counting and dead letters.
         */
        public Builder onJson(EventType type, Subject<JsonNode> subject, EventHandler<JsonNode> handler) {
            return row(new Row<>(type, (event, tree) -> tree, subject, handler, null));
        }

        /**
         * Events of {@code type}, in a batch table, read as a JSON object and written together by {@code handler} (ADR 0018): the
         * batch form of {@link #onJson}, for a consumer that reads fields by pointer from configuration. The table reads each
         * payload once into the tree it checks the schema and the subject on and hands that tree to {@code prepare}, as a record
         * row reads its contract record from it (issue 11). In a single-message table each is prepared and written on its own.
         */
        public <W> Builder onJsonEvents(EventType type, Subject<JsonNode> subject, BatchEventHandler<JsonNode, W> handler) {
            EventHandler<JsonNode> one = (event, data) -> {
                W change = handler.prepare(event, data);
                return change == null ? InboundEvents.Outcome.IGNORED : handler.write(List.of(change)).getFirst();
            };
            return row(new Row<>(type, (event, tree) -> tree, subject, one, handler));
        }

        private Builder row(Row<?> row) {
            if (rows.putIfAbsent(row.type().type(), row) != null) {
                throw new IllegalArgumentException(binding + " names " + row.type().type() + " twice");
            }
            inbound.expect(row.type().type());
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

        /**
         * The consumer a binding in batch mode calls with every poll ({@code consumer.batch-mode: true}):
         * each record read, checked and counted as by {@link #build()}; unreadable and rejected records sent
         * to the dead-letter topic by the table without holding up the others; the rest applied in the
         * order received, a run of {@link #onEvents} rows in one write; a transient failure retried with
         * the binding's back-off, then the records applied one by one and the one that still fails
         * dead-lettered.
         */
        public Consumer<Message<List<byte[]>>> buildBatch() {
            if (deadLetters == null) {
                throw new IllegalStateException(binding + ": a batch table needs the platform's dead letters");
            }
            return new BatchTable(binding, new Table(Map.copyOf(rows), List.copyOf(refusals)), deadLetters);
        }
    }

    private record Row<T>(EventType type, BiFunction<InboundEvent, JsonNode, T> reader, Subject<T> subject, EventHandler<T> handler,
            @Nullable BatchEventHandler<T, ?> batch) {
    }

    private final class Table implements Consumer<Message<byte[]>> {

        final Map<String, Row<?>> rows;
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
                // The binder's own observation makes a span current when spans are exported; without one the record's trace is passed on.
                outcome = CausingTraces.inTrace(RecordTraces.header(message.getHeaders(), "traceparent"), () -> apply(event, row));
            } catch (UnreadableEventException e) {
                inbound.record(event, InboundEvents.Outcome.UNREADABLE);
                throw e;
            } catch (RejectedEventException e) {
                inbound.record(event, InboundEvents.Outcome.REJECTED);
                throw e;
            } catch (RuntimeException e) {
                // Transient: the binder retries it with the binding's back-off.
                inbound.failed(event);
                throw e;
            }
            inbound.record(event, outcome);
        }

        private <T> InboundEvents.Outcome apply(InboundEvent event, Row<T> row) {
            return handle(event, row, check(event, row));
        }

        /** The row's handler on a checked payload; the service's own refusals thrown as rejections. */
        <T> InboundEvents.Outcome handle(InboundEvent event, Row<T> row, T payload) {
            try {
                return row.handler().handle(event, payload);
            } catch (RuntimeException e) {
                throw refusal(e);
            }
        }

        /** Schema, contract record, subject and region: the payload once every check passed. */
        <T> T check(InboundEvent event, Row<T> row) {
            // The producer's schema is the contract: a payload that breaks it is unreadable here rather
            // than half applied or retried for ever. The payload is parsed once: the schema is checked on the tree the row reads.
            JsonNode tree = inbound.tree(event);
            var violations = SchemaCheck.violations(row.type(), tree);
            if (!violations.isEmpty()) {
                throw new UnreadableEventException("payload of " + event.type() + " " + event.id() + " breaks its schema: " + violations);
            }
            T payload = row.reader().apply(event, tree);
            String about = row.subject().aggregate().apply(payload);
            if (!event.subject().equals(about)) {
                throw new RejectedEventException("subject " + event.subject() + " is not the " + row.subject().aggregateName() + " " + about);
            }
            var municipality = row.subject().municipality();
            String gemeente = municipality == null ? null : municipality.apply(payload);
            if (gemeente != null && !municipalities.contains(gemeente)) {
                throw new RejectedEventException("gemeente " + gemeente + " hoort niet bij regio " + region);
            }
            return payload;
        }

        /** The service's own refusals become rejections; anything else stays as it is (transient). */
        RuntimeException refusal(RuntimeException e) {
            if (!(e instanceof RejectedEventException) && refusals.stream().anyMatch(refusal -> refusal.isInstance(e))) {
                return new RejectedEventException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
            }
            return e;
        }
    }

    /** A record read and checked, waiting to be applied, with the trace it continues. */
    private record Checked<T>(InboundRecord record, InboundEvent event, Row<T> row, T payload, RecordTraces.RecordTrace trace) {

        /** Runs {@code work} in this record's trace: what it appends to the outbox carries that trace on. */
        <R> R inTrace(java.util.function.Supplier<R> work) {
            return trace.run(work);
        }
    }

    private final class BatchTable implements Consumer<Message<List<byte[]>>> {

        private final String binding;
        private final Table table;
        private final DeadLetters deadLetters;
        private final InboundEvents.PollMeter polls;

        private BatchTable(String binding, Table table, DeadLetters deadLetters) {
            this.binding = binding;
            this.table = table;
            this.deadLetters = deadLetters;
            this.polls = inbound.poll(binding);
        }

        @Override
        public void accept(Message<List<byte[]>> batch) {
            long began = System.nanoTime();
            List<InboundRecord> records = InboundBatch.records(batch);
            List<Checked<?>> checked = new ArrayList<>(records.size());
            try {
                for (InboundRecord record : records) {
                    Checked<?> ok = check(record);
                    if (ok != null) {
                        checked.add(ok);
                    }
                }
                // Runs of one row in the order received: events of one aggregate keep their order across rows.
                int start = 0;
                while (start < checked.size()) {
                    int end = start + 1;
                    while (end < checked.size() && checked.get(end).row() == checked.get(start).row()) {
                        end++;
                    }
                    applyRun(checked.subList(start, end));
                    start = end;
                }
            } finally {
                checked.forEach(c -> c.trace().stop());
                polls.record(records.size(), System.nanoTime() - began);
            }
        }

        /** Reads and checks one record in its own trace; the trace ends here unless the record waits to be applied. */
        private @Nullable Checked<?> check(InboundRecord record) {
            RecordTraces.RecordTrace trace = traces.start(binding, record.topic(), record.headers());
            Checked<?> ok = null;
            try {
                ok = trace.run(() -> check(record, trace));
                return ok;
            } catch (RuntimeException e) {
                trace.error(e);
                throw e;
            } finally {
                if (ok == null) {
                    trace.stop();
                }
            }
        }

        private @Nullable Checked<?> check(InboundRecord record, RecordTraces.RecordTrace trace) {
            InboundEvent event;
            try {
                // From the record's own headers: a message per record (a header map copied, an id and a timestamp made) bought nothing.
                event = inbound.read(record.headers(), record.payload());
            } catch (UnreadableEventException e) {
                deadLetter(record, e);
                return null;
            }
            Row<?> row = table.rows.get(event.type());
            if (row == null) {
                inbound.record(event, InboundEvents.Outcome.IGNORED);
                return null;
            }
            return checked(record, event, row, trace);
        }

        private <T> @Nullable Checked<T> checked(InboundRecord record, InboundEvent event, Row<T> row, RecordTraces.RecordTrace trace) {
            try {
                return new Checked<>(record, event, row, table.check(event, row), trace);
            } catch (UnreadableEventException e) {
                refuse(record, event, InboundEvents.Outcome.UNREADABLE, e);
            } catch (RejectedEventException e) {
                refuse(record, event, InboundEvents.Outcome.REJECTED, e);
            }
            return null;
        }

        @SuppressWarnings("unchecked")
        private void applyRun(List<Checked<?>> run) {
            Row<?> row = run.getFirst().row();
            if (row.batch() == null) {
                run.forEach(this::applyOne);
            } else {
                applyTogether((List<Checked<Object>>) (List<?>) run, (BatchEventHandler<Object, Object>) row.batch());
            }
        }

        /** A row without a bulk write: each event on its own, as the single-message table does, retried when it fails. */
        private <T> void applyOne(Checked<T> c) {
            c.inTrace(() -> {
                try {
                    InboundEvents.Outcome outcome = retrying(() -> table.handle(c.event(), c.row(), c.payload()), () -> inbound.failed(c.event()));
                    inbound.record(c.event(), outcome);
                } catch (RejectedEventException e) {
                    c.trace().error(e);
                    refuse(c.record(), c.event(), InboundEvents.Outcome.REJECTED, e);
                } catch (RuntimeException e) {
                    c.trace().error(e);
                    deadLetter(c.record(), e);
                }
                return null;
            });
        }

        private void applyTogether(List<Checked<Object>> run, BatchEventHandler<Object, Object> handler) {
            List<Checked<Object>> toWrite = new ArrayList<>(run.size());
            List<Object> changes = new ArrayList<>(run.size());
            for (Checked<Object> c : run) {
                try {
                    Object change = c.inTrace(() -> handler.prepare(c.event(), c.payload()));
                    if (change == null) {
                        inbound.record(c.event(), InboundEvents.Outcome.IGNORED);
                    } else {
                        toWrite.add(c);
                        changes.add(change);
                    }
                } catch (RuntimeException e) {
                    RuntimeException refused = table.refusal(e);
                    if (refused instanceof RejectedEventException rejected) {
                        refuse(c.record(), c.event(), InboundEvents.Outcome.REJECTED, rejected);
                    } else {
                        // Preparing does no I/O, so this is a fault of this one event: it alone goes to the dead letters.
                        deadLetter(c.record(), e);
                    }
                }
            }
            if (changes.isEmpty()) {
                return;
            }
            List<InboundEvents.Outcome> outcomes;
            try {
                outcomes = inOneTrace(toWrite, () -> retrying(() -> written(handler, changes), () -> toWrite.forEach(c -> inbound.failed(c.event()))));
            } catch (RuntimeException e) {
                // Every attempt of the whole failed: one by one, so that only what keeps failing is dead-lettered.
                for (int i = 0; i < toWrite.size(); i++) {
                    Checked<Object> c = toWrite.get(i);
                    Object change = changes.get(i);
                    try {
                        inbound.record(c.event(), c.inTrace(() -> written(handler, List.of(change))).getFirst());
                    } catch (RuntimeException one) {
                        inbound.failed(c.event());
                        c.trace().error(one);
                        deadLetter(c.record(), one);
                    }
                }
                return;
            }
            for (int i = 0; i < toWrite.size(); i++) {
                inbound.record(toWrite.get(i).event(), outcomes.get(i));
            }
        }

        /**
         * A bulk write continues the trace of its records when they are all of one trace (a poll of one referral, the
         * usual case at a region's pace). A write of several traces (a busy poll) is in none of them: each event it appends
         * takes the trace of the record it is about, by that record's subject ({@link CausingTraces#inTracesOf}; ADR 0023).
         */
        private <R> R inOneTrace(List<Checked<Object>> run, java.util.function.Supplier<R> write) {
            String first = traceId(run.getFirst().trace().traceparent());
            if (first != null && run.stream().allMatch(c -> first.equals(traceId(c.trace().traceparent())))) {
                return run.getFirst().inTrace(write);
            }
            Map<String, String> bySubject = new java.util.HashMap<>();
            Set<String> several = new java.util.HashSet<>();
            for (Checked<Object> c : run) {
                String traceparent = c.trace().traceparent();
                String before = traceparent == null ? null : bySubject.putIfAbsent(c.event().subject(), traceparent);
                if (before != null && !java.util.Objects.equals(traceId(before), traceId(traceparent))) {
                    // Two records about one aggregate in different traces: its events cannot tell which caused them.
                    several.add(c.event().subject());
                }
            }
            several.forEach(bySubject::remove);
            return CausingTraces.inTracesOf(bySubject, write);
        }

        /** The trace id a {@code traceparent} ({@code 00-<trace id>-<span id>-<flags>}) names, or null. */
        private static @Nullable String traceId(@Nullable String traceparent) {
            return traceparent == null || traceparent.length() < 35 ? null : traceparent.substring(3, 35);
        }

        private List<InboundEvents.Outcome> written(BatchEventHandler<Object, Object> handler, List<Object> changes) {
            List<InboundEvents.Outcome> outcomes = handler.write(changes);
            if (outcomes.size() != changes.size()) {
                throw new IllegalStateException(binding + ": " + changes.size() + " changes written, " + outcomes.size() + " outcomes answered");
            }
            return outcomes;
        }

        /** Runs {@code attempt} as often as the binding's retries allow; unreadable and rejected are not retried. */
        private <R> R retrying(java.util.function.Supplier<R> attempt) {
            return retrying(attempt, () -> {
            });
        }

        /** As {@link #retrying(java.util.function.Supplier)}, telling {@code failed} of every attempt that failed transiently. */
        private <R> R retrying(java.util.function.Supplier<R> attempt, Runnable failed) {
            for (int attempts = 1; ; attempts++) {
                try {
                    return attempt.get();
                } catch (UnreadableEventException | RejectedEventException e) {
                    throw e;
                } catch (RuntimeException e) {
                    failed.run();
                    if (attempts >= retry.maxAttempts()) {
                        throw e;
                    }
                    pause(retry.pauseAfter(attempts));
                }
            }
        }

        private void refuse(InboundRecord record, InboundEvent event, InboundEvents.Outcome outcome, RuntimeException reason) {
            deadLetter(record, reason);
            inbound.record(event, outcome);
        }

        /** A dead letter that cannot be sent is retried like any transient failure, then thrown to the binder. */
        private void deadLetter(InboundRecord record, RuntimeException reason) {
            retrying(() -> {
                deadLetters.send(binding, record, reason);
                return Boolean.TRUE;
            });
        }
    }

    private static void pause(java.time.Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
