package nl.jeugdlink.platform.test;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;

/**
 * What a client sends to its store, per collection: round trips (commands sent) and documents written (inserted, or
 * replaced or changed by an update, as the store's reply counts them). A driver command listener: it sees what goes over
 * the wire, nothing is stubbed. For reporting a write path's cost per event (issue 11), never for timing it.
 */
public final class StoreWrites implements CommandListener {

    /** What one collection received. */
    public record Count(long roundTrips, long documentsWritten) {

        public Count minus(Count earlier) {
            return new Count(roundTrips - earlier.roundTrips, documentsWritten - earlier.documentsWritten);
        }

        public Count plus(Count other) {
            return new Count(roundTrips + other.roundTrips, documentsWritten + other.documentsWritten);
        }
    }

    private static final Set<String> COUNTED = Set.of("find", "insert", "update", "delete", "findAndModify", "aggregate", "count");

    private final Map<Integer, String> collections = new ConcurrentHashMap<>();
    private final Set<Integer> unordered = ConcurrentHashMap.newKeySet();
    private final Map<String, long[]> counts = new ConcurrentHashMap<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (!COUNTED.contains(event.getCommandName())) {
            return;
        }
        String collection = event.getCommand().get(event.getCommandName()).asString().getValue();
        collections.put(event.getRequestId(), collection);
        if (!event.getCommand().getBoolean("ordered", BsonBoolean.TRUE).getValue()) {
            unordered.add(event.getRequestId());
        }
        counts.computeIfAbsent(collection, c -> new long[2])[0]++;
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        String collection = collections.remove(event.getRequestId());
        if (collection == null) {
            return;
        }
        BsonDocument reply = event.getResponse();
        boolean ordered = !unordered.remove(event.getRequestId());
        // A duplicate key is a write error, not a document written; the embedded store counts what it was sent in n all the
        // same, so an ordered insert wrote what came before its first error.
        BsonArray errors = reply.containsKey("writeErrors") ? reply.getArray("writeErrors") : new BsonArray();
        long written = switch (event.getCommandName()) {
            case "insert" -> errors.isEmpty() ? reply.getNumber("n").longValue()
                    : ordered ? errors.get(0).asDocument().getNumber("index").longValue()
                    : Math.max(0, reply.getNumber("n").longValue() - errors.size());
            case "update" -> reply.getNumber("nModified", reply.getNumber("n")).longValue()
                    + (reply.containsKey("upserted") ? reply.getArray("upserted").size() : 0);
            default -> 0;
        };
        if (written > 0) {
            counts.get(collection)[1] += written;
        }
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        collections.remove(event.getRequestId());
        unordered.remove(event.getRequestId());
    }

    /** What each collection received so far. */
    public Map<String, Count> now() {
        Map<String, Count> now = new TreeMap<>();
        counts.forEach((collection, c) -> now.put(collection, new Count(c[0], c[1])));
        return now;
    }

    /** What each collection received since {@code earlier} (a {@link #now()}), leaving out those that received nothing. */
    public Map<String, Count> since(Map<String, Count> earlier) {
        Map<String, Count> since = new TreeMap<>();
        now().forEach((collection, c) -> {
            Count delta = c.minus(earlier.getOrDefault(collection, new Count(0, 0)));
            if (delta.roundTrips() > 0) {
                since.put(collection, delta);
            }
        });
        return since;
    }

    /** What these collections received since {@code earlier} (a {@link #now()}), summed. */
    public Count since(Map<String, Count> earlier, String... collections) {
        Map<String, Count> now = now();
        Count sum = new Count(0, 0);
        for (String collection : collections) {
            sum = sum.plus(now.getOrDefault(collection, new Count(0, 0)).minus(earlier.getOrDefault(collection, new Count(0, 0))));
        }
        return sum;
    }
}
