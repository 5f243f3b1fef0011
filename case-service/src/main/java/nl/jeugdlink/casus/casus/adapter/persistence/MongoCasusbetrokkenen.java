package nl.jeugdlink.casus.casus.adapter.persistence;

import java.util.Optional;
import nl.jeugdlink.casus.casus.domain.Betrokkenen;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.Casusbetrokkenen;
import nl.jeugdlink.casus.casus.domain.Dossierhouder;
import nl.jeugdlink.casus.casus.domain.TeamRol;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Reads who is involved in a casus from its document by {@code _id}, with only municipality,
 * dossierhouder and team: the conversations (and their encrypted summaries) are neither read nor
 * decrypted to decide whether someone may see them.
 */
public class MongoCasusbetrokkenen implements Casusbetrokkenen {

    private final MongoTemplate mongo;

    public MongoCasusbetrokkenen(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Betrokkenen> van(CasusId id) {
        Query query = Query.query(Criteria.where("_id").is(id.toString()));
        query.fields().include("gemeenteCode", "dossierhouder", "team");
        return Optional.ofNullable(mongo.findOne(query, CasusDocument.class)).map(d -> new Betrokkenen(d.gemeenteCode(),
                new Dossierhouder(Dossierhouder.Rol.valueOf(d.dossierhouder().rol()), d.dossierhouder().organisatie(), d.dossierhouder().medewerkerId()),
                d.team().stream().map(t -> new Betrokkenen.Periode(t.medewerkerId(), TeamRol.valueOf(t.rol()), t.vanaf(), t.tot())).toList()));
    }
}
