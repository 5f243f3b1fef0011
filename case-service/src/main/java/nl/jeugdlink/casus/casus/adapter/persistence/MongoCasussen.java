package nl.jeugdlink.casus.casus.adapter.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdlink.casus.casus.adapter.messaging.CasusContracts;
import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.CasusEvent;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.casus.casus.domain.Dossierhouder;
import nl.jeugdlink.platform.outbox.OutgoingEvents;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Stores a casus and its outgoing events as one document: one atomic write. */
public class MongoCasussen implements Casussen {

    private final MongoTemplate mongo;
    private final OutgoingEvents outgoing;

    public MongoCasussen(MongoTemplate mongo, OutgoingEvents outgoing) {
        this.mongo = mongo;
        this.outgoing = outgoing;
    }

    @Override
    public boolean add(Casus casus, List<CasusEvent> events) {
        CasusDocument document = new CasusDocument(casus.id().toString(), casus.aanmeldingId(), casus.gemeenteCode(),
                new CasusDocument.DossierhouderDoc(casus.dossierhouder().rol().name(), casus.dossierhouder().organisatie(),
                        casus.dossierhouder().medewerkerId()),
                casus.geopendOp());
        for (CasusEvent event : events) {
            var uitgaand = CasusContracts.toContract(event);
            outgoing.append(document, uitgaand.type(), uitgaand.payload());
        }
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException e) {
            // The casus id follows from the referral: a duplicate key is the same referral delivered again.
            return false;
        }
    }

    @Override
    public Optional<Casus> find(CasusId id) {
        return Optional.ofNullable(mongo.findById(id.toString(), CasusDocument.class)).map(d -> new Casus(
                new CasusId(UUID.fromString(d.getId())), d.aanmeldingId(), d.gemeenteCode(),
                new Dossierhouder(Dossierhouder.Rol.valueOf(d.dossierhouder().rol()), d.dossierhouder().organisatie(), d.dossierhouder().medewerkerId()),
                d.geopendOp()));
    }
}
