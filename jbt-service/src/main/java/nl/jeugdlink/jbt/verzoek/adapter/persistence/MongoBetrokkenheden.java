package nl.jeugdlink.jbt.verzoek.adapter.persistence;

import java.util.Optional;
import java.util.Set;
import nl.jeugdlink.jbt.verzoek.domain.Betrokkenheden;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Involvements per person, by {@code _id}, written through the platform's writer. */
public class MongoBetrokkenheden implements Betrokkenheden {

    private final MongoTemplate mongo;
    private final DocumentWriter writer;

    public MongoBetrokkenheden(MongoTemplate mongo, DocumentWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
    }

    @Override
    public void legVast(String medewerkerId, String casusId) {
        writer.createOrUpdate(medewerkerId, BetrokkenheidDocument.class, () -> new BetrokkenheidDocument(medewerkerId),
                document -> document.casussen().add(casusId) ? Optional.of(true) : Optional.<Boolean>empty());
    }

    @Override
    public Set<String> van(String medewerkerId) {
        return Optional.ofNullable(mongo.findById(medewerkerId, BetrokkenheidDocument.class)).map(d -> Set.copyOf(d.casussen())).orElse(Set.of());
    }
}
