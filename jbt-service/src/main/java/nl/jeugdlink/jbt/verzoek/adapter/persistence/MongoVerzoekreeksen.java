package nl.jeugdlink.jbt.verzoek.adapter.persistence;

import java.util.List;
import java.util.Optional;
import nl.jeugdlink.jbt.verzoek.domain.Verzoek;
import nl.jeugdlink.jbt.verzoek.domain.Verzoekreeksen;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The casus's requests by {@code _id} = the casus; the next one is appended under the document's version. */
public class MongoVerzoekreeksen implements Verzoekreeksen {

    private final MongoTemplate mongo;
    private final DocumentWriter writer;

    public MongoVerzoekreeksen(MongoTemplate mongo, DocumentWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
    }

    @Override
    public String laatste(String casusId) {
        VerzoekreeksDocument reeks = mongo.findById(casusId, VerzoekreeksDocument.class);
        return reeks == null || reeks.verzoekIds().isEmpty() ? Verzoek.idVoor(casusId) : reeks.verzoekIds().getLast();
    }

    @Override
    public String volgendNa(String casusId, String vorige) {
        return writer.createOrUpdate(casusId, VerzoekreeksDocument.class,
                () -> new VerzoekreeksDocument(casusId, List.of(Verzoek.idVoor(casusId))), reeks -> {
                    if (!reeks.verzoekIds().getLast().equals(vorige)) {
                        // Another filing started the next one first (or a later one exists): that is the casus's latest.
                        return Optional.<String>empty();
                    }
                    String volgende = Verzoek.idVoor(casusId, reeks.verzoekIds().size() + 1);
                    reeks.voegToe(volgende);
                    return Optional.of(volgende);
                }).orElseGet(() -> laatste(casusId));
    }
}
