package nl.jeugdlink.infra.store;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import de.bwaldvogel.mongo.bson.Document;

/**
 * What the services ask of the embedded store, counted per database, collection and command: the commands
 * (round trips) and their statements (the documents of an {@code insert}, the entries of an
 * {@code update} or {@code delete}; one for any other command). The bench reads them before and
 * after a hop ({@value #COMMAND}) to say how many round trips and writes one event costs each
 * service: the store's CPU follows those, not the data it holds.
 *
 * <p>And per collection the documents its scans read ({@link #scanCounter}): a query that no {@code _id} or unique
 * index serves reads the whole collection here (non-unique indexes are not kept, {@code IgnoredIndex}), so its cost
 * grows with the data. The bench reports them per referral: on the journey's hot paths they must stay at zero.
 */
public final class CommandCounts {

    /** The command that answers the counts; the store's own, a real MongoDB does not know it. */
    public static final String COMMAND = "jeugdlinkCommandCounts";

    private final Map<String, LongAdder> commands = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> statements = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> scanned = new ConcurrentHashMap<>();

    public void count(String database, String command, Document query) {
        Object collection = query.get(command); // insert, update, find, ...: the collection's name
        String key = database + "." + (collection instanceof String name ? name : "-") + "." + command;
        commands.computeIfAbsent(key, k -> new LongAdder()).increment();
        statements.computeIfAbsent(key, k -> new LongAdder()).add(statementsOf(command, query));
    }

    private static int statementsOf(String command, Document query) {
        Object list = switch (command) {
            case "insert" -> query.get("documents");
            case "update" -> query.get("updates");
            case "delete" -> query.get("deletes");
            default -> null;
        };
        return list instanceof List<?> entries ? entries.size() : 1;
    }

    /** What counts the documents a scan of {@code <database>.<collection>} reads, one by one. */
    public LongAdder scanCounter(String database, String collection) {
        return scanned.computeIfAbsent(database + "." + collection, k -> new LongAdder());
    }

    /** {@code {ok: 1, commands: {"<db>.<collection>.<command>": n}, statements: {...}, scanned: {"<db>.<collection>": n}}}, keys sorted. */
    public Document asReply() {
        Document reply = new Document();
        reply.put("commands", snapshot(commands));
        reply.put("statements", snapshot(statements));
        reply.put("scanned", snapshot(scanned));
        reply.put("ok", 1.0);
        return reply;
    }

    private static Document snapshot(Map<String, LongAdder> counts) {
        Document document = new Document();
        new TreeMap<>(counts).forEach((key, count) -> document.put(key, count.sum()));
        return document;
    }
}
