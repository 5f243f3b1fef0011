package nl.jeugdlink.platform.inzage;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import nl.jeugdlink.platform.crypto.Sealing;
import nl.jeugdlink.platform.inbound.InboundEvents.Outcome;
import nl.jeugdlink.platform.inbound.InboundHandlers;
import nl.jeugdlink.platform.inbound.RejectedEventException;
import nl.jeugdlink.platform.inbound.Subject;
import nl.jeugdlink.platform.outbox.OutgoingEvents;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binding {@code inzageverzoeken-in-0} (ADR 0031), on the platform's handler table (ADR 0015: schema check, counts, retries,
 * dead letters): a request of the round this service's source answers is opened, the source asked, its part sealed for the
 * case-service and written as one {@link InzageAntwoordDocument} with the reply in its outbox (ADR 0014/0016). A round the
 * source does not answer, and the replies of other services on the same topic, are ignored. A request whose identity does not
 * open (another key, altered, moved to another request) is rejected to the dead-letter topic: retrying it cannot help.
 *
 * <p>One document per request ({@code _id} = verzoekId): a service answers one round, so the id is the reply's subject and
 * Kafka key as the protocol asks, and a redelivered request meets it and publishes nothing new (read by {@code _id} first, so
 * the source is not read again for it).
 */
public final class InzageBeantwoording implements Consumer<Message<byte[]>> {

    static final String BINDING = "inzageverzoeken-in-0";

    private final Consumer<Message<byte[]>> table;
    private final Inzagebron bron;
    private final String dienst;
    private final InzageProtocol protocol;
    private final InzageVerzegeling verzegeling;
    private final DocumentWriter writer;
    private final OutgoingEvents outgoing;
    private final MongoTemplate mongo;
    private final JsonMapper json;
    private final Clock clock;

    public InzageBeantwoording(InboundHandlers handlers, Inzagebron bron, String dienst, InzageProtocol protocol, InzageVerzegeling verzegeling,
            DocumentWriter writer, OutgoingEvents outgoing, MongoTemplate mongo, JsonMapper json, Clock clock) {
        this.bron = bron;
        this.dienst = dienst;
        this.protocol = protocol;
        this.verzegeling = verzegeling;
        this.writer = writer;
        this.outgoing = outgoing;
        this.mongo = mongo;
        this.json = json;
        this.clock = clock;
        this.table = handlers.forBinding(BINDING)
                .onJson(protocol.verzoek(), Subject.of("inzageverzoek", (JsonNode verzoek) -> verzoek.path("verzoekId").asString()), (event, verzoek) -> beantwoord(verzoek))
                .build();
    }

    @Override
    public void accept(Message<byte[]> message) {
        table.accept(message);
    }

    private Outcome beantwoord(JsonNode verzoek) {
        Ronde ronde = Ronde.valueOf(verzoek.path("ronde").asString());
        if (ronde != bron.ronde()) {
            return Outcome.IGNORED;
        }
        String verzoekId = verzoek.path("verzoekId").asString();
        if (mongo.findById(verzoekId, InzageAntwoordDocument.class) != null) {
            return Outcome.DUPLICATE;
        }
        Kindsleutels sleutels;
        try {
            sleutels = json.readValue(verzegeling.openVerzoek(verzoek.path("verzegeld").asString(), verzoekId, ronde), Kindsleutels.class);
        } catch (Sealing.OnleesbaarException e) {
            throw new RejectedEventException("inzageverzoek " + verzoekId + ": " + e.getMessage());
        }
        Inzagedeel gevonden = bron.deelVoor(sleutels);
        Inzagedeel deel = new Inzagedeel(dienst, gevonden.categorieen(), gevonden.sleutels());
        Instant nu = clock.instant();
        String verzegeld = verzegeling.verzegelDeel(json.writeValueAsString(deel), verzoekId, dienst);
        var document = new InzageAntwoordDocument(verzoekId, verzoekId, ronde.name(), nu);
        outgoing.append(document, protocol.antwoord(), protocol.deel().apply(new InzageProtocol.Antwoord(verzoekId, dienst, ronde.name(), verzegeld, nu)));
        return writer.insertIfAbsent(document) ? Outcome.APPLIED : Outcome.DUPLICATE;
    }
}
