package nl.jeugdlink.jbt.verzoek.adapter.persistence;

import java.util.Optional;
import nl.jeugdlink.jbt.verzoek.domain.BekendeCasus;
import nl.jeugdlink.jbt.verzoek.domain.BekendeCasussen;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The known casussen by {@code _id}, written through the platform's writer. */
public class MongoBekendeCasussen implements BekendeCasussen {

    private final MongoTemplate mongo;
    private final DocumentWriter writer;

    public MongoBekendeCasussen(MongoTemplate mongo, DocumentWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
    }

    @Override
    public boolean voegToe(BekendeCasus casus) {
        BekendeCasusDocument document = new BekendeCasusDocument(casus.casusId(), casus.aanmeldingId(), casus.gemeenteCode(), casus.dossierhouderId());
        if (casus.regisseurId() != null) {
            document.koppelRegisseur(casus.regisseurId());
        }
        return writer.insertIfAbsent(document);
    }

    @Override
    public boolean koppelRegisseur(String casusId, String regisseurId, String eventId) {
        return writer.update(casusId, BekendeCasusDocument.class, document -> {
            if (document.hasApplied(eventId)) {
                return Optional.<Boolean>empty();
            }
            document.koppelRegisseur(regisseurId);
            document.markApplied(eventId);
            return Optional.of(true);
        }).orElse(false);
    }

    @Override
    public Optional<BekendeCasus> find(String casusId) {
        return Optional.ofNullable(mongo.findById(casusId, BekendeCasusDocument.class))
                .map(d -> new BekendeCasus(d.getId(), d.aanmeldingId(), d.gemeenteCode(), d.regisseurId(), d.dossierhouderId()));
    }
}
