package nl.jeugdlink.platform.inzage;

import java.time.Instant;
import nl.jeugdlink.platform.outbox.AggregateDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * That this service answered one round of a request, {@code _id} = {@code verzoekId:ronde}, with the reply as its pending event
 * (ADR 0016: written once, the outbox relay publishes it). A redelivered request meets the id and publishes nothing new. Holds
 * no part: the sealed part lives only in the event until the relay has sent it.
 */
@Document("inzage_antwoorden")
class InzageAntwoordDocument extends AggregateDocument {

    @Id
    private String id;
    private String verzoekId;
    private String ronde;
    private Instant beantwoordOp;

    InzageAntwoordDocument(String id, String verzoekId, String ronde, Instant beantwoordOp) {
        this.id = id;
        this.verzoekId = verzoekId;
        this.ronde = ronde;
        this.beantwoordOp = beantwoordOp;
    }

    @Override
    public String getId() {
        return id;
    }

    String verzoekId() {
        return verzoekId;
    }

    String ronde() {
        return ronde;
    }

    Instant beantwoordOp() {
        return beantwoordOp;
    }
}
