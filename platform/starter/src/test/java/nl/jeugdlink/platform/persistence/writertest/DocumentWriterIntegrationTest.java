package nl.jeugdlink.platform.persistence.writertest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.test.context.TestPropertySource;

/**
 * The platform's one way to write, against the real wire-protocol store: a duplicate key is an
 * answer, not an error; a change that lost its race to a concurrent write runs again on the fresh
 * copy and keeps both; a document that keeps changing under the writer gives up after the
 * configured number of attempts ({@code jeugdlink.persistence.retry.max-attempts}).
 */
@JeugdLinkIntegrationTest
@TestPropertySource(properties = {
        "spring.application.name=writer-test",
        "jeugdlink.crypto.keyset-file=target/writer-test-keyset.json",
        "jeugdlink.persistence.retry.max-attempts=3"})
class DocumentWriterIntegrationTest {

    @SpringBootApplication
    static class WriterTestApplication {

        @org.springframework.context.annotation.Bean
        nl.jeugdlink.platform.test.StoreWrites storeWrites() {
            return new nl.jeugdlink.platform.test.StoreWrites();
        }

        @org.springframework.context.annotation.Bean
        org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer storeWritesListener(nl.jeugdlink.platform.test.StoreWrites writes) {
            return settings -> settings.addCommandListener(writes);
        }

        @org.springframework.context.annotation.Bean
        org.springframework.context.ApplicationListener<org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent<?>> savedNotebooks() {
            return event -> {
                if (event.getSource() instanceof Notebook notebook && notebook.id != null) {
                    SAVED.add(notebook.id);
                }
            };
        }
    }

    /** The notebooks whose save event was published (what wakes the outbox relay). */
    static final java.util.Set<String> SAVED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Autowired
    nl.jeugdlink.platform.test.StoreWrites writes;

    @Document("writertest")
    static class Notebook {
        @Id
        @Nullable String id;
        @Version
        @Nullable Long version;
        List<String> lines = new ArrayList<>();

        static Notebook with(String id, String line) {
            Notebook notebook = new Notebook();
            notebook.id = id;
            notebook.lines.add(line);
            return notebook;
        }
    }

    @Autowired
    DocumentWriter writer;

    @Autowired
    MongoTemplate mongo;

    @Test
    void countsEachStoreOperationByItsPoolCheckoutWithoutTheDriversCommandTimers(@Autowired MeterRegistry meters) {
        Counter operations = meters.get("jeugdlink.mongodb.operations").counter();
        double before = operations.count();
        String id = UUID.randomUUID().toString();

        writer.insertIfAbsent(Notebook.with(id, "first"));
        for (int i = 0; i < 5; i++) {
            mongo.findById(id, Notebook.class);
        }

        // At least these six; the relay's and other background reads of this context may add theirs.
        assertThat(operations.count() - before).isGreaterThanOrEqualTo(6);
        // No command listener (platform defaults): the driver does not decode commands and replies for events.
        assertThat(meters.find("mongodb.driver.commands").meters()).isEmpty();
        assertThat(meters.find("mongodb.driver.pool.checkedout").meters()).isNotEmpty();
    }

    @Test
    void insertsOnceAndAnswersFalseForTheSameIdAgain() {
        String id = UUID.randomUUID().toString();

        assertThat(writer.insertIfAbsent(Notebook.with(id, "first"))).isTrue();
        assertThat(writer.insertIfAbsent(Notebook.with(id, "second"))).isFalse();

        assertThat(mongo.findById(id, Notebook.class).lines).containsExactly("first");
    }

    @Test
    void insertsAPlainDocumentIntoANamedCollectionOnce() {
        String id = UUID.randomUUID().toString();

        assertThat(writer.insertIfAbsent(new org.bson.Document("_id", id).append("line", "first"), "writertest_plain")).isTrue();
        assertThat(writer.insertIfAbsent(new org.bson.Document("_id", id).append("line", "second"), "writertest_plain")).isFalse();

        assertThat(mongo.findById(id, org.bson.Document.class, "writertest_plain").getString("line")).isEqualTo("first");
    }

    @Test
    void insertsABatchOfPlainDocumentsInOneGoAndAnswersPerDocumentWhatWasThereAlready() {
        String al = UUID.randomUUID().toString();
        String nieuw = UUID.randomUUID().toString();
        String daarna = UUID.randomUUID().toString();
        writer.insertIfAbsent(new org.bson.Document("_id", al).append("line", "stored before"), "writertest_plain");

        List<Boolean> inserted = writer.insertAllIfAbsent(List.of(
                new org.bson.Document("_id", nieuw).append("line", "first"),
                new org.bson.Document("_id", al).append("line", "again"),
                new org.bson.Document("_id", nieuw).append("line", "twice in one batch"),
                new org.bson.Document("_id", daarna).append("line", "after the duplicate")), "writertest_plain");

        assertThat(inserted).containsExactly(true, false, false, true);
        assertThat(mongo.findById(al, org.bson.Document.class, "writertest_plain").getString("line")).isEqualTo("stored before");
        assertThat(mongo.findById(nieuw, org.bson.Document.class, "writertest_plain").getString("line")).isEqualTo("first");
        assertThat(mongo.findById(daarna, org.bson.Document.class, "writertest_plain").getString("line")).isEqualTo("after the duplicate");
        assertThat(writer.insertAllIfAbsent(List.of(), "writertest_plain")).isEmpty();
    }

    @Test
    void aPollDeliveredAgainGoesInWithTwoRoundTripsWhateverItsDuplicates() {
        // 50 notebooks of a poll; the first and then every other one were stored by an earlier delivery that stopped midway.
        List<Notebook> poll = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            poll.add(Notebook.with(UUID.randomUUID().toString(), "line " + i));
        }
        for (int i = 0; i < 50; i += 2) {
            assertThat(writer.insertIfAbsent(Notebook.with(poll.get(i).id, "stored before"))).isTrue();
        }
        SAVED.clear();

        var before = writes.now();
        List<Boolean> inserted = writer.insertAllIfAbsent(poll);
        var half = writes.since(before, "writertest");

        for (int i = 0; i < 50; i++) {
            assertThat(inserted.get(i)).as("notebook " + i).isEqualTo(i % 2 == 1);
            Notebook stored = mongo.findById(poll.get(i).id, Notebook.class);
            assertThat(stored.lines).containsExactly(i % 2 == 1 ? "line " + i : "stored before");
            assertThat(stored.version).isZero();
        }
        assertThat(SAVED).as("a save event for each inserted one only")
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, 50).filter(i -> i % 2 == 1).mapToObj(i -> poll.get(i).id).toList());

        // The same poll once more: all 50 are duplicates now.
        before = writes.now();
        List<Boolean> again = writer.insertAllIfAbsent(poll.stream().map(n -> Notebook.with(n.id, "third time")).toList());
        var all = writes.since(before, "writertest");
        System.out.println("INSERT-ALL: 50 documents, 25 duplicates " + half + "; 50 duplicates " + all);

        assertThat(again).containsOnly(false);
        assertThat(half).isEqualTo(new nl.jeugdlink.platform.test.StoreWrites.Count(2, 25));
        assertThat(all).isEqualTo(new nl.jeugdlink.platform.test.StoreWrites.Count(2, 0));
    }

    @Test
    void runsTheChangeAgainOnTheFreshCopyAfterLosingARace() {
        String id = UUID.randomUUID().toString();
        writer.insertIfAbsent(Notebook.with(id, "first"));
        AtomicInteger attempts = new AtomicInteger();

        Optional<Integer> outcome = writer.update(id, Notebook.class, notebook -> {
            if (attempts.incrementAndGet() == 1) {
                concurrentlyAdd(id, "theirs");
            }
            notebook.lines.add("ours");
            return Optional.of(notebook.lines.size());
        });

        assertThat(attempts).hasValue(2);
        assertThat(outcome).contains(3);
        assertThat(mongo.findById(id, Notebook.class).lines).containsExactly("first", "theirs", "ours");
    }

    @Test
    void givesUpAfterTheConfiguredAttemptsWhenTheDocumentKeepsChanging() {
        String id = UUID.randomUUID().toString();
        writer.insertIfAbsent(Notebook.with(id, "first"));
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> writer.update(id, Notebook.class, notebook -> {
            concurrentlyAdd(id, "theirs " + attempts.incrementAndGet());
            notebook.lines.add("ours");
            return Optional.of(true);
        })).isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(attempts).hasValue(3);
        assertThat(mongo.findById(id, Notebook.class).lines).containsExactly("first", "theirs 1", "theirs 2", "theirs 3");
    }

    @Test
    void writesNothingWhenTheChangeHasNothingToDoOrTheDocumentIsMissing() {
        String id = UUID.randomUUID().toString();
        writer.insertIfAbsent(Notebook.with(id, "first"));

        Optional<Object> nothing = writer.update(id, Notebook.class, notebook -> {
            notebook.lines.add("not saved");
            return Optional.empty();
        });
        Optional<Object> missing = writer.update(UUID.randomUUID().toString(), Notebook.class, notebook -> Optional.of("never"));

        assertThat(nothing).isEmpty();
        assertThat(missing).isEmpty();
        Notebook stored = mongo.findById(id, Notebook.class);
        assertThat(stored.lines).containsExactly("first");
        assertThat(stored.version).isZero();
    }

    @Test
    void createsADocumentThatIsNotThereAndChangesItWhenItIs() {
        String id = UUID.randomUUID().toString();

        writer.createOrUpdate(id, Notebook.class, () -> Notebook.with(id, "created"), notebook -> Optional.of(notebook.lines.add("first")));
        writer.createOrUpdate(id, Notebook.class, () -> Notebook.with(id, "not again"), notebook -> Optional.of(notebook.lines.add("second")));

        Notebook stored = mongo.findById(id, Notebook.class);
        assertThat(stored.lines).containsExactly("created", "first", "second");
        assertThat(stored.version).isEqualTo(1L);
    }

    @Test
    void losingTheRaceToCreateRunsTheChangeAgainOnTheWinnersCopy() {
        String id = UUID.randomUUID().toString();
        AtomicInteger attempts = new AtomicInteger();

        writer.createOrUpdate(id, Notebook.class, () -> Notebook.with(id, "ours created"), notebook -> {
            if (attempts.incrementAndGet() == 1) {
                mongo.insert(Notebook.with(id, "theirs created"));
            }
            notebook.lines.add("ours");
            return Optional.of(true);
        });

        assertThat(attempts).hasValue(2);
        assertThat(mongo.findById(id, Notebook.class).lines).containsExactly("theirs created", "ours");
    }

    @Test
    void updateAllChangesABatchInOneReadAndOneWriteInTheirOrder() {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String nieuw = UUID.randomUUID().toString();
        writer.insertIfAbsent(Notebook.with(a, "a0"));
        writer.insertIfAbsent(Notebook.with(b, "b0"));

        List<Optional<Integer>> outcomes = writer.updateAll(Notebook.class, List.of(
                change(a, null, "a1"),
                change(b, null, "b1"),
                // Two changes of one document: the second sees the first.
                change(a, null, "a2"),
                change(nieuw, () -> Notebook.with(nieuw, "n0"), "n1"),
                change(UUID.randomUUID().toString(), null, "missing"),
                new DocumentWriter.Change<>(b, null, notebook -> Optional.empty())));

        assertThat(outcomes).containsExactly(Optional.of(2), Optional.of(2), Optional.of(3), Optional.of(2), Optional.empty(), Optional.empty());
        assertThat(mongo.findById(a, Notebook.class).lines).containsExactly("a0", "a1", "a2");
        assertThat(mongo.findById(a, Notebook.class).version).isEqualTo(1L);
        assertThat(mongo.findById(b, Notebook.class).lines).containsExactly("b0", "b1");
        assertThat(mongo.findById(nieuw, Notebook.class).lines).containsExactly("n0", "n1");
    }

    @Test
    void updateAllDoesTheChangesOfADocumentThatMovedAgainOnItsFreshCopyAndKeepsTheOthers() {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        writer.insertIfAbsent(Notebook.with(a, "a0"));
        writer.insertIfAbsent(Notebook.with(b, "b0"));
        AtomicInteger attemptsOnB = new AtomicInteger();

        List<Optional<Integer>> outcomes = writer.updateAll(Notebook.class, List.of(
                change(a, null, "a1"),
                new DocumentWriter.Change<Notebook, Integer>(b, null, notebook -> {
                    if (attemptsOnB.incrementAndGet() == 1) {
                        concurrentlyAdd(b, "theirs");
                    }
                    // Recognises its own effect, as a consumer does by the event id it marked applied.
                    if (notebook.lines.contains("b1")) {
                        return Optional.empty();
                    }
                    notebook.lines.add("b1");
                    return Optional.of(notebook.lines.size());
                })));

        assertThat(attemptsOnB).hasValue(2);
        assertThat(outcomes).containsExactly(Optional.of(2), Optional.of(3));
        assertThat(mongo.findById(a, Notebook.class).lines).containsExactly("a0", "a1");
        assertThat(mongo.findById(b, Notebook.class).lines).containsExactly("b0", "theirs", "b1");
    }

    private static DocumentWriter.Change<Notebook, Integer> change(String id, java.util.function.@Nullable Supplier<Notebook> fresh, String line) {
        return new DocumentWriter.Change<>(id, fresh, notebook -> {
            notebook.lines.add(line);
            return Optional.of(notebook.lines.size());
        });
    }

    /** Another writer wins the race: it loads its own copy and saves it first. */
    private void concurrentlyAdd(String id, String line) {
        Notebook theirs = mongo.findById(id, Notebook.class);
        theirs.lines.add(line);
        mongo.save(theirs);
    }
}
