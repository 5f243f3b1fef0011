package nl.jeugdlink.routing.ijw.adapter.persistence;

import java.util.Optional;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import nl.jeugdlink.platform.persistence.EventMapper;
import nl.jeugdlink.routing.ijw.domain.Antwoord;
import nl.jeugdlink.routing.ijw.domain.Antwoorden;
import nl.jeugdlink.routing.ijw.domain.VerzoekEvent;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The answer to a requested product lives in its request's document ({@link VerzoekDocument}), written with its VerzoekBeantwoord
 * through the platform's {@link DocumentWriter}: a first answer, or a final answer replacing an "in onderzoek", under the document's
 * version - two back-office answers at once cannot both win, and the loser sees the winner's answer when its change runs again.
 * A product is found by its TR347 key (provider and ReferentieAanbieder, {@code ijw_referenties}) and then its request, two reads by
 * {@code _id}. Answers given before the request had its own document were kept in {@code verzoek_antwoorden}; they are still read.
 */
public class MongoAntwoorden implements Antwoorden {

    /** Where answers were kept before they moved into the request's document; read only. */
    static final String EERDERE_ANTWOORDEN = "verzoek_antwoorden";

    private final MongoTemplate mongo;
    private final DocumentWriter writer;
    private final EventMapper<VerzoekEvent> mapper;

    public MongoAntwoorden(MongoTemplate mongo, DocumentWriter writer, EventMapper<VerzoekEvent> mapper) {
        this.mongo = mongo;
        this.writer = writer;
        this.mapper = mapper;
    }

    @Override
    public Optional<Antwoord> find(String aanbieder, String referentieAanbieder) {
        Document referentie = mongo.findById(aanbieder + ":" + referentieAanbieder, Document.class, MongoVerzoeken.REFERENTIES);
        Optional<Antwoord> antwoord = Optional.ofNullable(referentie).map(r -> mongo.findById(r.getString("verzoek"), VerzoekDocument.class))
                .flatMap(d -> d.antwoord(referentieAanbieder)).map(MongoAntwoorden::antwoord);
        return antwoord.isPresent() ? antwoord : eerder(aanbieder, referentieAanbieder);
    }

    @Override
    public boolean bewaar(VerzoekEvent.Beantwoord beantwoord) {
        String ref = beantwoord.referentieAanbieder();
        if (eerder(beantwoord.verzoek().aanbieder(), ref).filter(Antwoord::isDefinitief).isPresent()) {
            return false;
        }
        Antwoord a = beantwoord.antwoord();
        return writer.update(beantwoord.verzoekId(), VerzoekDocument.class, document -> {
            if (document.antwoord(ref).map(eerder -> !Antwoord.Soort.IN_ONDERZOEK.name().equals(eerder.soort())).orElse(false)) {
                return Optional.<Boolean>empty();
            }
            document.zetAntwoord(new VerzoekDocument.AntwoordDoc(ref, a.soort().name(), a.reden(), a.woonplaatsGemeente(), a.identificatie(),
                    a.gegevenOp(), a.gegevenDoor(), a.toewijzing() == null ? null : a.toewijzing().casusId(),
                    a.toewijzing() == null ? null : a.toewijzing().toewijzingId()));
            writer.append(document, java.util.List.of(beantwoord), mapper);
            // Its JW319 is due in the same write (ADR 0047); a toewijzing answers with its JW301 instead.
            if (a.soort() != Antwoord.Soort.TOEGEWEZEN) {
                document.maakVerschuldigd(java.util.List.of(ref));
            }
            return Optional.of(true);
        }).orElse(false);
    }

    @Override
    public Verschuldigd teVersturen(String verzoekId) {
        VerzoekDocument d = mongo.findById(verzoekId, VerzoekDocument.class);
        return d == null ? new Verschuldigd(java.util.Set.of(), java.util.List.of())
                : new Verschuldigd(VerzendendDocument.kenmerken(d.getTeVersturen()),
                        d.getTeVersturen().stream().map(VerzendendDocument.Markering::markering).toList());
    }

    @Override
    public void verstuurd(String verzoekId, java.util.List<String> markeringen) {
        VerzendendDocument.verstuurd(mongo, VerzoekDocument.COLLECTION, verzoekId, markeringen);
    }

    @Override
    public java.util.List<String> metTeVersturen(int max) {
        return VerzendendDocument.metTeVersturen(mongo, VerzoekDocument.COLLECTION, max);
    }

    private static Antwoord antwoord(VerzoekDocument.AntwoordDoc a) {
        return new Antwoord(Antwoord.Soort.valueOf(a.soort()), a.reden(), a.woonplaatsGemeente(), a.identificatie(), a.gegevenOp(), a.gegevenDoor(),
                a.casusId() == null || a.toewijzingId() == null ? null : new Antwoord.Toewijzing(a.casusId(), a.toewijzingId()));
    }

    private Optional<Antwoord> eerder(String aanbieder, String referentieAanbieder) {
        Document d = mongo.findById(aanbieder + ":" + referentieAanbieder, Document.class, EERDERE_ANTWOORDEN);
        return Optional.ofNullable(d).map(a -> new Antwoord(Antwoord.Soort.valueOf(a.getString("soort")), a.getString("reden"),
                a.getString("woonplaatsGemeente"), a.getString("identificatie"), a.getDate("gegevenOp").toInstant(), a.getString("gegevenDoor")));
    }
}
