package nl.jeugdlink.jbt.verzoek.adapter.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.jeugdlink.jbt.verzoek.domain.Betrokkenheden;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Involvements by {@code _id}: whoever held a casus's regie is read from the known casus ({@link MongoBekendeCasussen}),
 * what the chair records and every assignment is one document per person and family in {@code eerdere-betrokkenheden}
 * ({@code _id} = {@code <casusId>:<medewerkerId>}; a casus id is a UUID, so the first colon divides them).
 *
 * <p>Until December 2026 a person's involvements were one document in {@code betrokkenheden} that grew with every
 * casus they held, rewritten whole on each: with one referrer behind thousands of casussen that was a quarter of this
 * service's CPU in the hop bench. {@link #verplaatsOudeBetrokkenheden} moves such a store at start.
 */
public class MongoBetrokkenheden implements Betrokkenheden {

    static final String COLLECTION = "eerdere-betrokkenheden";
    static final String OUD = "betrokkenheden";
    private static final int PER_KEER = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(MongoBetrokkenheden.class);

    private final MongoTemplate mongo;
    private final DocumentWriter writer;
    private final MongoBekendeCasussen casussen;

    public MongoBetrokkenheden(MongoTemplate mongo, DocumentWriter writer, MongoBekendeCasussen casussen) {
        this.mongo = mongo;
        this.writer = writer;
        this.casussen = casussen;
    }

    @Override
    public void legVast(String medewerkerId, String casusId) {
        writer.insertIfAbsent(betrokkenheid(medewerkerId, casusId), COLLECTION);
    }

    @Override
    public boolean betrokken(String medewerkerId, String casusId) {
        return casussen.hieldRegie(casusId, medewerkerId) || mongo.findById(id(medewerkerId, casusId), Document.class, COLLECTION) != null;
    }

    /**
     * Moves the involvements of a store from before (one document per person in {@code betrokkenheden}) to one
     * document per person and family, then drops the old collection; a start interrupted midway does it again (an
     * involvement moved before is a duplicate, nothing doubles). Nothing to do, and no read, once it is gone.
     *
     * @return how many involvements were moved
     */
    public long verplaatsOudeBetrokkenheden() {
        if (!mongo.collectionExists(OUD)) {
            return 0;
        }
        long verplaatst = 0;
        List<Document> batch = new ArrayList<>(PER_KEER);
        for (Document oud : mongo.findAll(Document.class, OUD)) {
            String medewerkerId = String.valueOf(oud.get("_id"));
            Collection<?> gezinnen = oud.get("casussen", Collection.class);
            for (Object casusId : gezinnen == null ? List.of() : gezinnen) {
                batch.add(betrokkenheid(medewerkerId, String.valueOf(casusId)));
                if (batch.size() == PER_KEER) {
                    verplaatst += verplaats(batch);
                }
            }
        }
        verplaatst += verplaats(batch);
        mongo.dropCollection(OUD);
        LOG.info("Moved {} involvements from '{}' to '{}' (one document per person and family)", verplaatst, OUD, COLLECTION);
        return verplaatst;
    }

    private long verplaats(List<Document> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        long nieuw = writer.insertAllIfAbsent(List.copyOf(batch), COLLECTION).stream().filter(Boolean::booleanValue).count();
        batch.clear();
        return nieuw;
    }

    private static Document betrokkenheid(String medewerkerId, String casusId) {
        return new Document("_id", id(medewerkerId, casusId)).append("casusId", casusId).append("medewerkerId", medewerkerId);
    }

    private static String id(String medewerkerId, String casusId) {
        return casusId + ":" + medewerkerId;
    }
}
