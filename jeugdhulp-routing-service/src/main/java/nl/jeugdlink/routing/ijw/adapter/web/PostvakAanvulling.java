package nl.jeugdlink.routing.ijw.adapter.web;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Projections;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.Consumer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A one-time start-up back-fill of the mailbox (ADR 0046): what was stored before the mailbox existed - a toewijzing, an answer to a
 * JW315 - gets the message it would have been sent with, so its fetch finds it. Guarded by a marker by {@code _id} in
 * {@code ijw_eenmalig} (as the clients' lists' back-fill): the marker is set only when every document was gone through, so a start
 * interrupted halfway does it again, and the mailbox's {@link ApiPostvak#alleenOntbrekend()} makes that second pass write nothing
 * twice. The collection is read as {@code _id}s only, through a cursor in batches (the store scans in slices; a scan's matches held at
 * once is what stopped the escalation's start, docs/performance.md), and each document by its {@code _id}. Logs its progress every
 * {@value #VOORTGANG} documents.
 */
public final class PostvakAanvulling {

    private static final Logger log = LoggerFactory.getLogger(PostvakAanvulling.class);
    static final int VOORTGANG = 1_000;
    private static final int BATCH = 500;
    /** The one-offs done at start, by {@code _id} ({@code MongoVerzoeken.EENMALIG}). */
    static final String EENMALIG = "ijw_eenmalig";

    private PostvakAanvulling() {
    }

    /**
     * @param marker the one-off's {@code _id} in {@code ijw_eenmalig}
     * @param collectie the collection whose documents get their message
     * @param perId what stores the messages of one document, read by its {@code _id}
     * @return how many documents were gone through (0 when the marker said it was done)
     */
    public static long eenmalig(MongoTemplate mongo, String marker, String collectie, Consumer<String> perId) {
        if (mongo.findById(marker, Document.class, EENMALIG) != null) {
            return 0;
        }
        Instant begin = Instant.now();
        log.info("Postvak aanvullen ({}): begonnen", marker);
        long gedaan = 0;
        long mislukt = 0;
        try (MongoCursor<Document> ids = mongo.getCollection(collectie).find().projection(Projections.include("_id")).batchSize(BATCH).cursor()) {
            while (ids.hasNext()) {
                String id = String.valueOf(ids.next().get("_id"));
                try {
                    perId.accept(id);
                } catch (RuntimeException e) {
                    mislukt++;
                    log.warn("Postvak aanvullen ({}): {} overgeslagen ({})", marker, id, e.toString());
                }
                if (++gedaan % VOORTGANG == 0) {
                    log.info("Postvak aanvullen ({}): {} documenten ({} ms)", marker, gedaan, Duration.between(begin, Instant.now()).toMillis());
                }
            }
        }
        if (mislukt > 0) {
            // Not marked: the next start tries again, and writes only what is still missing.
            log.warn("Postvak aanvullen ({}): {} van {} documenten overgeslagen; de volgende start probeert ze opnieuw", marker, mislukt, gedaan);
            return gedaan;
        }
        mongo.save(new Document("_id", marker).append("op", Date.from(Instant.now())), EENMALIG);
        log.info("Postvak aanvullen ({}): klaar, {} documenten in {} ms", marker, gedaan, Duration.between(begin, Instant.now()).toMillis());
        return gedaan;
    }
}
