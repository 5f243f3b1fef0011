package nl.jeugdlink.jbt.verzoek.adapter.persistence;

import java.util.List;
import java.util.Optional;
import nl.jeugdlink.jbt.verzoek.domain.BekendeCasus;
import nl.jeugdlink.jbt.verzoek.domain.BekendeCasussen;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The known casussen by {@code _id}, written through the platform's writer a poll at a time (ADR 0018): the openings of
 * a poll in one bulk insert, its couplings in one read ({@code _id $in}) and one bulk write.
 */
public class MongoBekendeCasussen implements BekendeCasussen {

    private final MongoTemplate mongo;
    private final DocumentWriter writer;

    public MongoBekendeCasussen(MongoTemplate mongo, DocumentWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
    }

    @Override
    public List<Boolean> voegToe(List<BekendeCasus> casussen) {
        return writer.insertAllIfAbsent(casussen.stream().map(MongoBekendeCasussen::document).toList());
    }

    private static BekendeCasusDocument document(BekendeCasus casus) {
        BekendeCasusDocument document = new BekendeCasusDocument(casus.casusId(), casus.aanmeldingId(), casus.gemeenteCode(), casus.dossierhouderId());
        if (casus.regisseurId() != null) {
            document.koppelRegisseur(casus.regisseurId());
        }
        return document;
    }

    @Override
    public List<Boolean> koppelRegisseurs(List<Koppeling> koppelingen) {
        // No fresh document: a coupling of a casus this service never learned changes nothing (as before the batches).
        List<DocumentWriter.Change<BekendeCasusDocument, Boolean>> changes = koppelingen.stream()
                .map(k -> new DocumentWriter.Change<BekendeCasusDocument, Boolean>(k.casusId(), null, document -> {
                    if (document.hasApplied(k.eventId())) {
                        return Optional.empty();
                    }
                    document.koppelRegisseur(k.regisseurId());
                    document.markApplied(k.eventId());
                    return Optional.of(true);
                }))
                .toList();
        return writer.updateAll(BekendeCasusDocument.class, changes).stream().map(Optional::isPresent).toList();
    }

    @Override
    public Optional<BekendeCasus> find(String casusId) {
        return Optional.ofNullable(mongo.findById(casusId, BekendeCasusDocument.class))
                .map(d -> new BekendeCasus(d.getId(), d.aanmeldingId(), d.gemeenteCode(), d.regisseurId(), d.dossierhouderId()));
    }

    /** Whether this person held the regie of this casus at some time (an involvement with its family); false for an unknown casus. */
    boolean hieldRegie(String casusId, String medewerkerId) {
        return Optional.ofNullable(mongo.findById(casusId, BekendeCasusDocument.class)).map(d -> d.hieldRegie(medewerkerId)).orElse(false);
    }
}
