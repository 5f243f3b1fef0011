package nl.jeugdlink.infra.bench;

import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import nl.jeugdlink.infra.MongoStore;

/**
 * The embedded store alone, in this process, over the wire protocol: the library's H2 backend
 * (Java-serialised documents) against {@link MongoStore} (BSON, ADR 0024), with documents shaped like
 * a stored referral (an encrypted blob, nested fields, an outbox entry) and the indexes the services
 * create (a unique {@code (_id, version)}, two non-unique ones).
 *
 * <p>For each size of {@code --sizes}: the collection is filled to that size in bulk, then a sample
 * of {@code --sample} documents is written as a service writes them (insert, then a versioned update)
 * and timed (process CPU per document); then the store is closed and opened again, and the time until
 * the first lookup by {@code _id} answers is the open time. {@code --formats=bson,java} chooses.
 */
final class StoreBench {

    private final List<Integer> sizes;
    private final int sample;
    private final List<String> formats;
    private final Path dir;
    private final Results results;

    StoreBench(Map<String, String> options, Results results) {
        this.sizes = Stream.of(Bench.option(options, "sizes", "1000,10000,50000").split(",")).map(Integer::parseInt).toList();
        this.sample = Bench.intOption(options, "sample", 2000);
        this.formats = List.of(Bench.option(options, "formats", "java,bson").split(","));
        this.dir = Path.of(Bench.option(options, "dir", "target/store-bench"));
        this.results = results;
    }

    boolean run() throws Exception {
        for (String format : formats) {
            Path file = dir.resolve(format + "-" + UUID.randomUUID() + ".mv");
            Files.createDirectories(dir);
            int stored = 0;
            try {
                for (int size : sizes) {
                    Store store = open(format, file);
                    long cpu;
                    try (MongoClient client = MongoClients.create(store.uri())) {
                        MongoCollection<Document> docs = client.getDatabase("jeugdlink-bench").getCollection("aanmeldingen");
                        if (stored == 0) {
                            docs.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true).name("id_versie"));
                            docs.createIndex(Indexes.ascending("openKoppelingen"));
                            docs.createIndex(Indexes.ascending("pendingEvents.eventId"));
                        }
                        List<Document> batch = new ArrayList<>();
                        while (stored < size - sample) {
                            batch.add(referral(stored++));
                            if (batch.size() == 1000 || stored >= size - sample) {
                                docs.insertMany(batch);
                                batch.clear();
                            }
                        }
                        long cpuBefore = processCpuNanos();
                        long wallBefore = System.nanoTime();
                        for (int i = 0; i < sample; i++) {
                            Document d = referral(stored++);
                            docs.insertOne(d);
                            docs.updateOne(new Document("_id", d.getString("_id")).append("version", 0L),
                                new Document("$set", new Document("status", "GESCREEND").append("version", 1L)));
                        }
                        cpu = processCpuNanos() - cpuBefore;
                        double wall = (System.nanoTime() - wallBefore) / 1e6;
                        results.put("store." + format + "." + size + ".write_cpu_ms", cpu / 1e6 / sample);
                        results.put("store." + format + "." + size + ".write_wall_ms", wall / sample);
                    }
                    store.close();
                    long fileSize = Files.size(file);

                    long openStarted = System.nanoTime();
                    Store reopened = open(format, file);
                    try (MongoClient client = MongoClients.create(reopened.uri())) {
                        Document first = client.getDatabase("jeugdlink-bench").getCollection("aanmeldingen")
                            .find(new Document("_id", id(0))).first();
                        if (first == null) {
                            throw new IllegalStateException("the first document is gone after the reopen");
                        }
                    }
                    double openMs = (System.nanoTime() - openStarted) / 1e6;
                    reopened.close();
                    results.put("store." + format + "." + size + ".open_ms", openMs);
                    results.put("store." + format + "." + size + ".file_mb", fileSize / 1048576.0);
                    Results.progress("store %s: %d documents: write %.2f ms CPU per document (insert + versioned update), file %.1f MB, open %.0f ms",
                        format, size, cpu / 1e6 / sample, fileSize / 1048576.0, openMs);
                }
            } finally {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(p -> p.getFileName().toString().startsWith(file.getFileName().toString()))
                        .sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        return true;
    }

    private interface Store extends AutoCloseable {
        String uri();

        @Override
        void close();
    }

    private static Store open(String format, Path file) throws Exception {
        if (format.equals("java")) {
            MongoServer server = new MongoServer(new H2Backend(file.toString()));
            server.bind(new InetSocketAddress("127.0.0.1", 0));
            InetSocketAddress address = server.getLocalAddress();
            return new Store() {
                public String uri() {
                    return "mongodb://127.0.0.1:" + address.getPort();
                }

                public void close() {
                    server.shutdownNow();
                }
            };
        }
        MongoStore store = MongoStore.start(0, file);
        return new Store() {
            public String uri() {
                return store.connectionString();
            }

            public void close() {
                store.close();
            }
        };
    }

    private static String id(int n) {
        // Name-based, as the services' derived ids are: a write lands on a random page of the tree.
        return UUID.nameUUIDFromBytes(("aanmelding-" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    /** About the size and shape of a stored referral: the encrypted form is most of it. */
    private static Document referral(int n) {
        String blob = "v1:" + "A".repeat(40) + Integer.toHexString(n).repeat(1 + 1200 / 8);
        return new Document("_id", id(n))
            .append("version", 0L)
            .append("gemeenteCode", n % 2 == 0 ? "0228" : "0345")
            .append("soort", "AANMELDING")
            .append("verwijzendeOrganisatie", "HUISARTS")
            .append("verwijzerMedewerkerId", "verwijzer-" + (n % 50))
            .append("toestemming", new Document("gegeven", true).append("datum", "2026-12-01").append("vastgelegdDoor", "verwijzer-1"))
            .append("inhoudVersleuteld", blob.substring(0, Math.min(blob.length(), 1300)))
            .append("ontvangenOp", new java.util.Date())
            .append("status", "ONTVANGEN")
            .append("openKoppelingen", List.of("medewerker-" + (n % 40), "medewerker-" + (n % 7)))
            .append("appliedEventIds", List.of())
            .append("pendingEvents", List.of(new Document("eventId", UUID.randomUUID().toString())
                .append("type", "nl.jeugdlink.aanmelding.ontvangen.v1")
                .append("payload", "{\"aanmeldingId\":\"" + id(n) + "\",\"gemeenteCode\":\"0228\",\"soort\":\"AANMELDING\"}")));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
