package nl.jeugdlink.infra.bench;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.bson.Document;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * The embedded store's command counts ({@code jeugdlinkCommandCounts}, {@code CommandCounts}) read
 * over the wire, so the bench can say per service database how many round trips and how many written
 * documents one hop event costs. A real MongoDB does not know the command: then there is nothing to say.
 */
final class StoreCounts {

    /** Per {@code <database>.<collection>.<command>}: round trips and statements; per {@code <database>.<collection>}: documents scans read. */
    record Snapshot(Map<String, Long> commands, Map<String, Long> statements, Map<String, Long> scanned, long atNanos) {
    }

    private final String uri;

    StoreCounts(String uri) {
        this.uri = uri;
    }

    Snapshot read() {
        MongoClientSettings settings = MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(uri))
            .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(2, TimeUnit.SECONDS))
            .build();
        try (MongoClient client = MongoClients.create(settings)) {
            Document reply = client.getDatabase("admin").runCommand(new Document("jeugdlinkCommandCounts", 1));
            Document scanned = reply.get("scanned", Document.class);
            return new Snapshot(longs(reply.get("commands", Document.class)), longs(reply.get("statements", Document.class)),
                scanned == null ? Map.of() : longs(scanned), System.nanoTime());
        } catch (RuntimeException e) {
            Results.progress("store counts: not available from %s (%s)", uri, e.getMessage());
            return null;
        }
    }

    private static Map<String, Long> longs(Document document) {
        Map<String, Long> values = new TreeMap<>();
        document.forEach((key, value) -> values.put(key, ((Number) value).longValue()));
        return values;
    }

    /**
     * Per database: round trips and written documents (insert, update, delete, findAndModify) per
     * item, after the idle rate (from {@code idleFrom → idleTo}: the relays' and sweeps' polling)
     * is taken off for the measured span, with the written documents per collection. E.g.
     * {@code "casus 0.05 rt, 10.00 written (casussen 1.00, werklijstregels 4.00)"}.
     */
    static String perItem(Snapshot idleFrom, Snapshot idleTo, Snapshot from, Snapshot to, int items) {
        if (idleFrom == null || idleTo == null || from == null || to == null || items == 0) {
            return "n/a";
        }
        double idleSeconds = (idleTo.atNanos() - idleFrom.atNanos()) / 1e9;
        double spanSeconds = (to.atNanos() - from.atNanos()) / 1e9;
        Map<String, double[]> perDatabase = new TreeMap<>(); // [round trips, written]
        Map<String, Map<String, Double>> writes = new TreeMap<>();
        for (String key : to.commands().keySet()) {
            int first = key.indexOf('.');
            int last = key.lastIndexOf('.');
            if (first < 0 || first == last || key.startsWith("admin.")) {
                continue;
            }
            String database = key.substring(0, first);
            String collection = key.substring(first + 1, last); // may hold dots itself
            String command = key.substring(last + 1);
            double roundTrips = beyondIdle(idleFrom.commands(), idleTo.commands(), from.commands(), to.commands(), key, idleSeconds, spanSeconds) / items;
            double[] totals = perDatabase.computeIfAbsent(database, d -> new double[2]);
            totals[0] += roundTrips;
            if (writes(command)) {
                double written = beyondIdle(idleFrom.statements(), idleTo.statements(), from.statements(), to.statements(), key, idleSeconds, spanSeconds) / items;
                totals[1] += written;
                if (written >= 0.005) {
                    writes.computeIfAbsent(database, d -> new TreeMap<>()).merge(collection, written, Double::sum);
                }
            }
        }
        StringJoiner line = new StringJoiner("; ").setEmptyValue("none");
        perDatabase.forEach((database, totals) -> {
            if (totals[0] < 0.005 && totals[1] < 0.005) {
                return;
            }
            StringJoiner collections = new StringJoiner(", ", " (", ")").setEmptyValue("");
            writes.getOrDefault(database, Map.of()).forEach((collection, n) -> collections.add(collection + " " + two(n)));
            line.add(database.replaceFirst("^jeugdlink-", "") + " " + two(totals[0]) + " rt, " + two(totals[1]) + " written" + collections);
        });
        return line.toString();
    }

    /**
     * Documents read by scans per item over the span, all of them (a sweep that ran meanwhile counts: it is what the
     * data costs), the collections that read at least 0.01 per item named. E.g. {@code "0.00"}, or
     * {@code "12.40 (escalatie.trajecten 12.40)"}.
     */
    static String scannedPerItem(Snapshot from, Snapshot to, int items) {
        if (from == null || to == null || items == 0) {
            return "n/a";
        }
        double total = 0;
        StringJoiner collections = new StringJoiner(", ", " (", ")").setEmptyValue("");
        for (String key : to.scanned().keySet()) {
            double perItem = delta(to.scanned(), from.scanned(), key) / (double) items;
            total += perItem;
            if (perItem >= 0.005) {
                collections.add(key.replaceFirst("^jeugdlink-", "") + " " + two(perItem));
            }
        }
        return two(total) + collections;
    }

    /** Documents written (insert, update, delete, findAndModify statements) per item over the span, all databases. */
    static String writtenPerItem(Snapshot from, Snapshot to, int items) {
        if (from == null || to == null || items == 0) {
            return "n/a";
        }
        double written = 0;
        for (String key : to.statements().keySet()) {
            if (writes(key.substring(key.lastIndexOf('.') + 1))) {
                written += delta(to.statements(), from.statements(), key);
            }
        }
        return two(written / items);
    }

    /**
     * Round trips (commands) per item over the span, per service database, all of them (the relays' and sweeps' polling
     * meanwhile counts: the journey has no idle baseline), highest first. E.g. {@code "18.40 (intake 6.10, notificatie 5.20, …)"}.
     */
    static String roundTripsPerItem(Snapshot from, Snapshot to, int items) {
        if (from == null || to == null || items == 0) {
            return "n/a";
        }
        Map<String, Double> perDatabase = new TreeMap<>();
        for (String key : to.commands().keySet()) {
            int first = key.indexOf('.');
            if (first < 0 || key.startsWith("admin.")) {
                continue;
            }
            perDatabase.merge(key.substring(0, first).replaceFirst("^jeugdlink-", ""), delta(to.commands(), from.commands(), key) / (double) items,
                    Double::sum);
        }
        StringJoiner databases = new StringJoiner(", ", " (", ")").setEmptyValue("");
        perDatabase.entrySet().stream().filter(e -> e.getValue() >= 0.005)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> databases.add(e.getKey() + " " + two(e.getValue())));
        return two(perDatabase.values().stream().mapToDouble(Double::doubleValue).sum()) + databases;
    }

    /**
     * Round trips per item over the span per {@code <database>.<collection>.<command>}, those of at least 0.05 per item,
     * highest first: where a service database's round trips go. E.g. {@code "intake.werklijst.update 1.00, …"}.
     */
    static String commandsPerItem(Snapshot from, Snapshot to, int items) {
        if (from == null || to == null || items == 0) {
            return "n/a";
        }
        StringJoiner commands = new StringJoiner(", ").setEmptyValue("none");
        to.commands().keySet().stream().filter(key -> !key.startsWith("admin."))
                .map(key -> Map.entry(key.replaceFirst("^jeugdlink-", ""), delta(to.commands(), from.commands(), key) / (double) items))
                .filter(e -> e.getValue() >= 0.05)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> commands.add(e.getKey() + " " + two(e.getValue())));
        return commands.toString();
    }

    /** Whether a command's statements are written documents. */
    private static boolean writes(String command) {
        return command.equals("insert") || command.equals("update") || command.equals("delete") || command.equalsIgnoreCase("findAndModify");
    }

    private static double beyondIdle(Map<String, Long> idleFrom, Map<String, Long> idleTo, Map<String, Long> from, Map<String, Long> to,
                                     String key, double idleSeconds, double spanSeconds) {
        double idleRate = delta(idleTo, idleFrom, key) / idleSeconds;
        return Math.max(0, delta(to, from, key) - idleRate * spanSeconds);
    }

    private static String two(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    private static long delta(Map<String, Long> after, Map<String, Long> before, String key) {
        return after.getOrDefault(key, 0L) - before.getOrDefault(key, 0L);
    }
}
