package nl.jeugdlink.routing.ijw.application;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sweep at start for iJw messages a write made due and that were not sent (ADR 0047): a crash between the write and the send, or
 * a transport that failed. Goes through the documents holding such a marking in batches, and stops when none is left but those whose
 * send failed again in this sweep (tried at the next start, or at the provider's fetch).
 */
public final class Nazending {

    private static final Logger log = LoggerFactory.getLogger(Nazending.class);
    private static final int BATCH = 500;

    private Nazending() {
    }

    /**
     * @param soort what is swept, for the log ("JW301")
     * @param metTeVersturen the ids of documents with a message due, at most this many
     * @param verstuurTeVersturen sends one document's due messages; false when they stay due
     * @return how many documents had their due messages sent
     */
    public static int veeg(String soort, IntFunction<List<String>> metTeVersturen, Predicate<String> verstuurTeVersturen) {
        Set<String> gedaan = new HashSet<>();
        Set<String> mislukt = new HashSet<>();
        while (true) {
            List<String> ids = metTeVersturen.apply(BATCH + mislukt.size() + gedaan.size()).stream()
                    .filter(id -> !mislukt.contains(id) && !gedaan.contains(id)).toList();
            if (ids.isEmpty()) {
                break;
            }
            for (String id : ids) {
                (verstuurTeVersturen.test(id) ? gedaan : mislukt).add(id);
            }
        }
        if (!gedaan.isEmpty() || !mislukt.isEmpty()) {
            log.info("{} nagezonden voor {} document(en); {} bleven verschuldigd (de volgende start of het ophalen verstuurt ze)", soort, gedaan.size(),
                    mislukt.size());
        }
        return gedaan.size();
    }
}
