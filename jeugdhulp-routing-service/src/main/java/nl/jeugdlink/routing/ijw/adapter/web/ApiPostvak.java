package nl.jeugdlink.routing.ijw.adapter.web;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.routing.ijw.application.Verzending;
import nl.jeugdlink.routing.ijw.xml.IjwXml;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Today's transport behind {@link Verzending} (ADR 0046): the provider's message API. A message is written and checked against the
 * XSD once, when it is sent, and kept under {@code _id} = "agbCode:berichtCode:kenmerk" for each kenmerk; the provider's fetch endpoint
 * reads it by that {@code _id} and serves it byte for byte. The XML carries the client (BSN, name), so it is stored encrypted with the
 * {@code _id} as context, like the casus's client.
 */
public class ApiPostvak implements Verzending {

    static final String COLLECTION = "ijw_postvak";

    private final MongoTemplate mongo;
    private final IjwXml xml;
    private final FieldEncryption versleuteling;
    private final Clock clock;

    public ApiPostvak(MongoTemplate mongo, IjwXml xml, FieldEncryption versleuteling, Clock clock) {
        this.mongo = mongo;
        this.xml = xml;
        this.versleuteling = versleuteling;
        this.clock = clock;
    }

    @Override
    public void verstuur(String agbCode, String berichtCode, Object bericht, List<String> kenmerken) {
        String geschreven = xml.schrijf(bericht);
        for (String kenmerk : kenmerken) {
            String id = id(agbCode, berichtCode, kenmerk);
            // The same message again - sent once more after a crash between its send and the end of its marking (ADR 0047) - is
            // not written again: it keeps its time of sending.
            if (bericht(agbCode, berichtCode, kenmerk).filter(geschreven::equals).isPresent()) {
                continue;
            }
            // A later message under the same kenmerk replaces the earlier one: the fetch serves the provider's newest.
            mongo.save(document(id, agbCode, berichtCode, geschreven), COLLECTION);
        }
    }

    /**
     * The same transport for a one-time back-fill (ADR 0046): a message is stored only under a kenmerk that has none yet - what was
     * sent stays as it was sent, and a back-fill run again after an interruption writes nothing twice.
     */
    public Verzending alleenOntbrekend() {
        return (agbCode, berichtCode, bericht, kenmerken) -> {
            List<String> ontbrekend = kenmerken.stream().filter(k -> mongo.findById(id(agbCode, berichtCode, k), Document.class, COLLECTION) == null)
                    .toList();
            if (ontbrekend.isEmpty()) {
                return;
            }
            String geschreven = xml.schrijf(bericht);
            for (String kenmerk : ontbrekend) {
                String id = id(agbCode, berichtCode, kenmerk);
                try {
                    mongo.insert(document(id, agbCode, berichtCode, geschreven), COLLECTION);
                } catch (org.springframework.dao.DuplicateKeyException eerder) {
                    // Sent meanwhile by its use case: that message is the one the provider gets.
                }
            }
        };
    }

    /** A sent message as the child's data request shows it (ADR 0031): its content as the provider fetches it, and when it was sent. */
    public record Verzonden(String bericht, java.time.Instant verstuurdOp) {
    }

    /** The message sent to this provider under this kenmerk with its time of sending, read by {@code _id}. */
    public Optional<Verzonden> verzonden(String agbCode, String berichtCode, String kenmerk) {
        String id = id(agbCode, berichtCode, kenmerk);
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(d -> new Verzonden(versleuteling.ontsleutel(d.getString("bericht"), id), d.getDate("verstuurdOp").toInstant()));
    }

    /** The message sent to this provider under this kenmerk, as it was written then; read by {@code _id}. */
    public Optional<String> bericht(String agbCode, String berichtCode, String kenmerk) {
        String id = id(agbCode, berichtCode, kenmerk);
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, COLLECTION))
                .map(d -> versleuteling.ontsleutel(d.getString("bericht"), id));
    }

    /**
     * The fetch's refusal while a message is due but could not be sent yet (ADR 0047: the mailbox's store did not take it again): the
     * platform's answer to a store that is not there, 503 "probeer het zo opnieuw" ({@code ProblemHandling}).
     */
    public static org.springframework.dao.DataAccessResourceFailureException nogNietVerstuurd() {
        return new org.springframework.dao.DataAccessResourceFailureException("a due iJw message could not be written to the mailbox yet");
    }

    private Document document(String id, String agbCode, String berichtCode, String geschreven) {
        return new Document("_id", id).append("agbCode", agbCode).append("berichtCode", berichtCode)
                .append("bericht", versleuteling.versleutel(geschreven, id)).append("verstuurdOp", Date.from(clock.instant()));
    }

    private static String id(String agbCode, String berichtCode, String kenmerk) {
        return agbCode + ":" + berichtCode + ":" + kenmerk;
    }
}
