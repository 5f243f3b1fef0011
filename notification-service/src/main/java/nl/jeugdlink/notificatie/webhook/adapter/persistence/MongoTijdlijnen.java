package nl.jeugdlink.notificatie.webhook.adapter.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import nl.jeugdlink.notificatie.webhook.domain.Gebeurtenis;
import nl.jeugdlink.notificatie.webhook.domain.Tijdlijnen;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The providers' feeds, every read by {@code _id}:
 * <ul>
 * <li>{@code webhook_tellers}: per provider ({@code _id} = AGB code) the last number handed out;
 * <li>{@code webhook_ontvangen}: per provider and event id ({@code _id} = {@code agb:eventId}) the number it got and the
 *     casus's number before it - a second delivery of the event finds both and keeps them (and repairs what a crash left);
 * <li>{@code webhook_gebeurtenissen}: the feed itself, {@code _id} = {@code agb:volgnummer} (zero-padded), so a page is a
 *     run of lookups by {@code _id} from the cursor up to the counter. A crash between counting and recording
 *     leaves a gap, which a page skips; a crash after recording the number is healed by the event's redelivery.
 * <li>{@code webhook_casussen}: per provider and casus ({@code _id} = {@code agb:casus}) the last number, so each entry
 *     names the one before of its casus - a delivery waits behind it.
 * </ul>
 */
public class MongoTijdlijnen implements Tijdlijnen {

    static final String TELLERS = "webhook_tellers";
    static final String ONTVANGEN = "webhook_ontvangen";
    static final String GEBEURTENISSEN = "webhook_gebeurtenissen";
    static final String CASUSSEN = "webhook_casussen";

    private final MongoTemplate mongo;
    private final DocumentWriter writer;

    public MongoTijdlijnen(MongoTemplate mongo, DocumentWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
    }

    /**
     * Numbers the event and records what its casus's last number was before it in the same write ({@code webhook_ontvangen}):
     * every step after that write (the casus's pointer moved on, the feed entry) is repeated with the same values when the
     * event comes again, so a crash anywhere between numbering and the feed entry heals on the redelivery and the entry still
     * names the one before of its casus. A casus's events come in order (the topic is keyed by casus), so the pointer read
     * before numbering is the one this event follows.
     */
    @Override
    public Vastgelegd legVast(String agbCode, String id, String soort, String type, String bron, String casusId, Instant tijd, String data) {
        Document eerder = mongo.findById(agbCode + ":" + id, Document.class, ONTVANGEN);
        boolean nieuw = false;
        if (eerder == null) {
            Document nummer = new Document("_id", agbCode + ":" + id).append("vorigeVanCasus", laatsteVanCasus(agbCode, casusId));
            nummer.append("volgnummer", volgende(agbCode));
            nieuw = writer.insertIfAbsent(nummer, ONTVANGEN);
            // Not new: another consumer of the same event was first; its number and pointer count.
            eerder = nieuw ? nummer : mongo.findById(agbCode + ":" + id, Document.class, ONTVANGEN);
        }
        long volgnummer = ((Number) eerder.get("volgnummer")).longValue();
        // Numbered before this pointer was kept beside the number (or by the other consumer): no pointer to heal from.
        Long vorige = eerder.get("vorigeVanCasus") instanceof Number n ? n.longValue() : null;
        Document inFeedAl = nieuw ? null : mongo.findById(sleutel(agbCode, volgnummer), Document.class, GEBEURTENISSEN);
        if (inFeedAl != null) {
            return new Vastgelegd(gebeurtenis(inFeedAl), false);
        }
        // Idempotent: the same number again, and never back (a $max), so a redelivery after a crash moves it as the first call would have.
        wordLaatsteVanCasus(agbCode, casusId, volgnummer);
        boolean inFeed = writer.insertIfAbsent(new Document("_id", sleutel(agbCode, volgnummer)).append("agbCode", agbCode).append("volgnummer", volgnummer)
                .append("eventId", id).append("soort", soort).append("type", type).append("bron", bron).append("casusId", casusId)
                .append("tijd", Date.from(tijd)).append("data", data).append("vorigeVanCasus", vorige), GEBEURTENISSEN);
        Gebeurtenis g = inFeed ? new Gebeurtenis(agbCode, volgnummer, id, soort, type, bron, casusId, tijd, data, vorige)
                : vind(agbCode, volgnummer).orElseThrow();
        return new Vastgelegd(g, nieuw || inFeed);
    }

    @Override
    public Optional<Gebeurtenis> vind(String agbCode, long volgnummer) {
        return Optional.ofNullable(mongo.findById(sleutel(agbCode, volgnummer), Document.class, GEBEURTENISSEN)).map(MongoTijdlijnen::gebeurtenis);
    }

    @Override
    public List<Gebeurtenis> na(String agbCode, long volgnummer, int aantal) {
        Document teller = mongo.findById(agbCode, Document.class, TELLERS);
        long laatste = teller == null ? 0 : ((Number) teller.get("laatste")).longValue();
        List<Gebeurtenis> pagina = new ArrayList<>();
        for (long n = volgnummer + 1; n <= laatste && pagina.size() < aantal; n++) {
            vind(agbCode, n).ifPresent(pagina::add);
        }
        return pagina;
    }

    /** The casus's last number in this provider's feed: {@code webhook_casussen}, {@code _id} = {@code agb:casus}. */
    private @Nullable Long laatsteVanCasus(String agbCode, String casusId) {
        Document pointer = mongo.findById(agbCode + ":" + casusId, Document.class, CASUSSEN);
        return pointer == null || pointer.get("laatste") == null ? null : ((Number) pointer.get("laatste")).longValue();
    }

    private void wordLaatsteVanCasus(String agbCode, String casusId, long volgnummer) {
        mongo.upsert(Query.query(Criteria.where("_id").is(agbCode + ":" + casusId)), new Update().max("laatste", volgnummer), CASUSSEN);
    }

    private long volgende(String agbCode) {
        Document teller = mongo.findAndModify(Query.query(Criteria.where("_id").is(agbCode)), new Update().inc("laatste", 1L),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, TELLERS);
        return ((Number) teller.get("laatste")).longValue();
    }

    private static String sleutel(String agbCode, long volgnummer) {
        return agbCode + ":" + String.format("%012d", volgnummer);
    }

    private static Gebeurtenis gebeurtenis(Document d) {
        return new Gebeurtenis(d.getString("agbCode"), ((Number) d.get("volgnummer")).longValue(), d.getString("eventId"), d.getString("soort"),
                d.getString("type"), d.getString("bron"), d.getString("casusId"), d.getDate("tijd").toInstant(), d.getString("data"),
                d.get("vorigeVanCasus") == null ? null : ((Number) d.get("vorigeVanCasus")).longValue());
    }
}
