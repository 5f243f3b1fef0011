package nl.jeugdlink.jbt.verzoek.adapter.persistence;

import java.util.LinkedHashSet;
import java.util.Set;
import nl.jeugdlink.platform.outbox.AggregateDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The families (casussen) one person was involved with, by the person's id. */
@Document("betrokkenheden")
class BetrokkenheidDocument extends AggregateDocument {

    @Id
    private String id;
    private Set<String> casussen = new LinkedHashSet<>();

    BetrokkenheidDocument(String id) {
        this.id = id;
    }

    @Override
    public String getId() {
        return id;
    }

    Set<String> casussen() {
        return casussen;
    }
}
