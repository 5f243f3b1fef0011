package nl.jeugdlink.routing.toewijzing.adapter.persistence;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.jeugdlink.platform.outbox.OutgoingEvents;
import nl.jeugdlink.routing.toewijzing.adapter.messaging.ToewijzingContracts;
import nl.jeugdlink.routing.toewijzing.domain.Casus;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import nl.jeugdlink.routing.toewijzing.domain.ToewijzingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * Stores a casus, its toewijzingen and its outgoing events as one document. A casus is inserted
 * once (a second CasusGeopend loses on the key); a change is saved under its {@code @Version}, and a
 * lost race is run again on the fresh state. The outbox relay bumps the version when it removes
 * published events, so a write from an older copy never puts them back.
 */
public class MongoCasussen implements Casussen {

    private static final Logger log = LoggerFactory.getLogger(MongoCasussen.class);
    /** Back offices of one municipality seldom assign in the same casus at once; a concurrent burst still settles within these. */
    private static final int POGINGEN = 10;

    private final MongoTemplate mongo;
    private final OutgoingEvents outgoing;
    private final ToewijzingContracts contracts;

    public MongoCasussen(MongoTemplate mongo, OutgoingEvents outgoing, ToewijzingContracts contracts) {
        this.mongo = mongo;
        this.outgoing = outgoing;
        this.contracts = contracts;
        // The reads by care provider, by toewijzing and by municipality stay on an index.
        for (String veld : List.of("toewijzingen.agbCode", "toewijzingen.toewijzingId", "gemeenteCode")) {
            try {
                mongo.indexOps(CasusDocument.COLLECTION).createIndex(new Index().on(veld, Sort.Direction.ASC));
            } catch (RuntimeException e) {
                log.warn("could not index {}.{}: {}", CasusDocument.COLLECTION, veld, e.getMessage());
            }
        }
    }

    @Override
    public boolean neemOp(Casus casus) {
        try {
            mongo.insert(new CasusDocument(casus.casusId(), casus.aanmeldingId(), casus.gemeenteCode(), casus.geopendOp()));
            return true;
        } catch (DuplicateKeyException e) {
            // The id is the casus id: a duplicate key is the same CasusGeopend delivered again.
            return false;
        }
    }

    @Override
    public Optional<Casus> find(String casusId) {
        return Optional.ofNullable(mongo.findById(casusId, CasusDocument.class)).map(MongoCasussen::toDomain);
    }

    @Override
    public Optional<Casus> wijzig(String casusId, Function<Casus, List<ToewijzingEvent>> wijziging) {
        for (int poging = 1; ; poging++) {
            CasusDocument document = mongo.findById(casusId, CasusDocument.class);
            if (document == null) {
                return Optional.empty();
            }
            Casus casus = toDomain(document);
            List<ToewijzingEvent> events = wijziging.apply(casus);
            document.neemOver(casus.toewijzingen().stream().map(ToewijzingMapping::doc).toList());
            document.sluit(casus.afgeslotenOp());
            for (ToewijzingEvent event : events) {
                var uitgaand = contracts.toContract(event);
                outgoing.append(document, uitgaand.type(), uitgaand.payload());
            }
            try {
                mongo.save(document);
                return Optional.of(casus);
            } catch (OptimisticLockingFailureException e) {
                if (poging >= POGINGEN) {
                    throw e;
                }
            }
        }
    }

    static Casus toDomain(CasusDocument d) {
        return new Casus(d.getId(), d.aanmeldingId(), d.gemeenteCode(), d.geopendOp(), d.afgeslotenOp(),
                d.toewijzingen().stream().map(ToewijzingMapping::toewijzing).toList());
    }
}
