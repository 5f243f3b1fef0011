package nl.jeugdlink.notificatie.notificatie.adapter.persistence;

import java.util.List;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.notificatie.notificatie.domain.Ontvanger;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

public class MongoNotificaties implements Notificaties {

    private final MongoTemplate mongo;

    public MongoNotificaties(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean add(Notificatie n) {
        try {
            mongo.insert(new NotificatieDocument(n.id(), n.casusId(), n.gemeenteCode(), n.ontvanger().rol(), n.ontvanger().id(), n.onderwerp(), n.tekst(),
                    n.aanleiding(), n.vastgelegdOp()));
            return true;
        } catch (DuplicateKeyException e) {
            // The id follows from event and recipient: this message is already recorded.
            return false;
        }
    }

    @Override
    public List<Notificatie> forCasus(String casusId) {
        return mongo.find(Query.query(Criteria.where("casusId").is(casusId)).with(Sort.by("vastgelegdOp")), NotificatieDocument.class)
                .stream()
                .map(d -> new Notificatie(d.id(), d.casusId(), d.gemeenteCode(), new Ontvanger(d.ontvangerRol(), d.ontvangerId()), d.onderwerp(), d.tekst(),
                        d.aanleiding(), d.vastgelegdOp()))
                .toList();
    }
}
