package nl.jeugdlink.escalatie.termijn.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.escalatie.termijn.adapter.kalender.JollydayFeestdagen;
import nl.jeugdlink.escalatie.termijn.adapter.messaging.TermijnContracts;
import nl.jeugdlink.escalatie.termijn.application.Metingen;
import nl.jeugdlink.escalatie.termijn.application.TrackingTermijnen;
import nl.jeugdlink.escalatie.termijn.application.WatchingTermijnen;
import nl.jeugdlink.escalatie.termijn.domain.Feit;
import nl.jeugdlink.escalatie.termijn.domain.Soort;
import nl.jeugdlink.escalatie.termijn.domain.Termijn;
import nl.jeugdlink.escalatie.termijn.domain.TermijnEvent;
import nl.jeugdlink.escalatie.termijn.domain.Termijnklok;
import nl.jeugdlink.escalatie.termijn.domain.TermijnregelsMother;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;
import nl.jeugdlink.escalatie.termijn.domain.Werkdagkalender;
import nl.jeugdlink.platform.outbox.OutgoingEvents;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import nl.jeugdlink.platform.persistence.RetryPolicy;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bench step {@code ./jeugdlink bench --steps termijnen}: one breach sweep timed against a store
 * holding 1,000,000 open deadlines (100,000 trajecten of 10 each, spread over the coming year), with
 * 0, 100 and 1,000 deadlines due, and the same due counts against an empty store first; wall time and
 * the process's CPU time (client and store) of each sweep, the median of three. Not part of
 * the build (its name matches no surefire pattern); run on its own with
 * {@code ./mvnw -pl escalation-service -am test -Dtest=TermijnbewakingBench -Dsurefire.failIfNoSpecifiedTests=false}.
 * The store is the embedded mongo-java-server (in memory) over its wire protocol, as in the tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TermijnbewakingBench {

    private static final int TRAJECTEN = Integer.getInteger("bench.trajecten", 100_000);
    private static final int PER_TRAJECT = 10;
    private static final Instant NU = Instant.parse("2026-06-10T07:00:00Z");
    private static final Soort BENCH = Soort.of("BENCH_TOEWIJZING");

    private final Map<String, String> resultaten = new LinkedHashMap<>();
    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;
    private MongoTrajecten trajecten;
    private Termijnklok klok;
    private int ronde;

    static final class GeenMetingen implements Metingen {
        @Override
        public void vastgelegd(List<TermijnEvent> events) {
        }

        @Override
        public void lopend(Map<Trajecten.Telling, Long> telling) {
        }
    }

    @BeforeAll
    void store() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress adres = server.getLocalAddress();
        client = MongoClients.create("mongodb://127.0.0.1:" + adres.getPort());
        mongo = new MongoTemplate(client, "bench");
        OutgoingEvents outgoing = new OutgoingEvents(JsonMapper.builder().build(), Clock.fixed(NU, ZoneOffset.UTC));
        // As TermijnConfiguration wires it: the platform's writer under its default policy, messaging's mapper handed in.
        trajecten = new MongoTrajecten(mongo, new DocumentWriter(mongo, outgoing, new RetryPolicy(10, Duration.ofMillis(5), Duration.ofMillis(200))),
                TermijnContracts::toContract);
        trajecten.indexeer();
        klok = new Termijnklok(new Werkdagkalender(new JollydayFeestdagen(false, JollydayFeestdagen.Bevrijdingsdag.ELK_LUSTRUM)),
                TermijnregelsMother.seed003());
    }

    @AfterAll
    void schrijfUitkomst() throws IOException {
        client.close();
        server.shutdownNow();
        StringBuilder uit = new StringBuilder();
        resultaten.forEach((k, v) -> uit.append(k).append('=').append(v).append('\n'));
        Path bestand = Path.of(System.getProperty("bench.out", "target/bench-termijnen.properties"));
        Files.createDirectories(bestand.toAbsolutePath().getParent());
        Files.writeString(bestand, uit);
        System.out.print(uit);
    }

    @Test
    void sweepsInTimeThatFollowsTheDeadlinesDueNotThoseOpen() {
        // Warm-up, not reported: the first rounds measure the JIT more than the sweep.
        meet("opwarmen", 1000);
        meet("opwarmen", 1000);
        resultaten.clear();
        meet("leeg", 0);
        meet("leeg", 100);
        meet("leeg", 1000);

        long start = System.nanoTime();
        long open = vulMetOpenTermijnen();
        resultaten.put("open", String.valueOf(open));
        resultaten.put("vullen_s", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));

        meet("vol", 0);
        meet("vol", 100);
        meet("vol", 1000);
        assertThat(mongo.getCollection(TrajectDocument.COLLECTION).estimatedDocumentCount()).isGreaterThanOrEqualTo(TRAJECTEN);
    }

    /** Puts {@code due} trajecten with a passed first-contact deadline in through the real write path, then times one sweep (median of 3). */
    private void meet(String store, int due) {
        List<Long> tijden = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        TrackingTermijnen bijhouden = new TrackingTermijnen(trajecten, klok, new GeenMetingen());
        WatchingTermijnen bewaken = new WatchingTermijnen(trajecten, klok, Clock.fixed(NU, ZoneOffset.UTC), new GeenMetingen());
        for (int herhaling = 0; herhaling < 3; herhaling++) {
            ronde++;
            Instant ontvangen = NU.minus(Duration.ofDays(10 + ronde % 20));
            for (int i = 0; i < due; i++) {
                String aanmelding = UUID.randomUUID().toString();
                bijhouden.verwerk("e-" + aanmelding, aanmelding, "GM0228", Feit.ontvangen(aanmelding, ontvangen, true));
            }
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            int overschreden = bewaken.bewaak();
            tijden.add((System.nanoTime() - start) / 1_000);
            // The store runs in this process too: its CPU time counts, and is less swayed by other work on the machine than wall time.
            cpu.add((os.getProcessCpuTime() - cpuStart) / 1_000);
            assertThat(overschreden).isEqualTo(due);
        }
        tijden.sort(null);
        cpu.sort(null);
        resultaten.put("sweep." + store + "." + due + "_ms", String.format(Locale.ROOT, "%.1f", tijden.get(1) / 1000.0));
        resultaten.put("sweep." + store + "." + due + "_cpu_ms", String.format(Locale.ROOT, "%.1f", cpu.get(1) / 1000.0));
    }

    /** 1,000,000 open deadlines in bulk: the trajecten as the store writes them, and the due-index listing each under its day. */
    private long vulMetOpenTermijnen() {
        MongoCollection<Document> collectie = mongo.getCollection(TrajectDocument.COLLECTION);
        List<Vervaldagen.Vervaldag> vervaldagen = new ArrayList<>();
        List<Document> batch = new ArrayList<>();
        // From today on: today's day lists the deadlines that pass tonight, which every sweep of the day reads and skips.
        LocalDate eerste = LocalDate.ofInstant(NU, ZoneOffset.UTC);
        long aantal = 0;
        Date gestart = Date.from(NU);
        for (int t = 0; t < TRAJECTEN; t++) {
            String aanmelding = UUID.randomUUID().toString();
            List<Document> termijnen = new ArrayList<>(PER_TRAJECT);
            for (int j = 0; j < PER_TRAJECT; j++) {
                String onderwerp = aanmelding + "-" + j;
                LocalDate uiterlijk = eerste.plusDays((t * 7L + j * 31L) % 365);
                Instant verstrijktOp = uiterlijk.plusDays(1).atStartOfDay(Termijnklok.NEDERLAND).toInstant();
                String termijnId = Termijn.id(onderwerp, BENCH);
                // The fields a stored deadline needs to be read back (whom it concerns defaults to the traject's teamleider).
                termijnen.add(new Document("termijnId", termijnId).append("soort", BENCH.name()).append("onderwerp", onderwerp)
                        .append("werkdagen", 20).append("gestartOp", gestart).append("uiterlijk", uiterlijk.toString())
                        .append("verstrijktOp", Date.from(verstrijktOp)).append("status", "OPEN"));
                vervaldagen.add(new Vervaldagen.Vervaldag(aanmelding, termijnId, verstrijktOp));
                aantal++;
            }
            batch.add(new Document("_id", aanmelding).append("gemeenteCode", "GM0228").append("termijnen", termijnen).append("version", 1L));
            if (batch.size() == 1000) {
                collectie.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            collectie.insertMany(batch);
        }
        // Through the index's own write, in its layout (a day spread over its documents under a head).
        Vervaldagen index = new Vervaldagen(mongo);
        for (int van = 0; van < vervaldagen.size(); van += 10_000) {
            index.schrijf(vervaldagen.subList(van, Math.min(vervaldagen.size(), van + 10_000)));
        }
        return aantal;
    }
}
