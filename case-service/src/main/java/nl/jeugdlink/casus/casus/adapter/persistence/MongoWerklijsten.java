package nl.jeugdlink.casus.casus.adapter.persistence;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.TeamRol;
import nl.jeugdlink.casus.casus.domain.Werklijstregel;
import nl.jeugdlink.casus.casus.domain.Werklijsten;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The worklists as one document per person ({@code _id} = medewerker id), its lines under {@code casussen.<casusId>}:
 * listing is one read by {@code _id}, and a change touches only the lines of the people whose line changed, each by
 * {@code _id} ({@code $set} or {@code $unset} of one casus's line, so two casussen changing at once do not overwrite
 * each other).
 */
public class MongoWerklijsten implements Werklijsten {

    static final String COLLECTIE = "werklijsten";

    private final MongoTemplate mongo;

    public MongoWerklijsten(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void werkBij(CasusId casusId, Map<String, Werklijstregel> voor, Map<String, Werklijstregel> na) {
        String veld = "casussen." + casusId;
        na.forEach((medewerkerId, regel) -> {
            if (!regel.equals(voor.get(medewerkerId))) {
                mongo.upsert(perMedewerker(medewerkerId), new Update().set(veld, document(regel)), COLLECTIE);
            }
        });
        voor.keySet().stream().filter(m -> !na.containsKey(m))
                .forEach(medewerkerId -> mongo.updateFirst(perMedewerker(medewerkerId), new Update().unset(veld), COLLECTIE));
    }

    @Override
    public List<Werklijstregel> van(String medewerkerId) {
        Document lijst = mongo.findById(medewerkerId, Document.class, COLLECTIE);
        if (lijst == null || !(lijst.get("casussen") instanceof Document casussen)) {
            return List.of();
        }
        List<Werklijstregel> regels = new ArrayList<>();
        casussen.forEach((casusId, regel) -> regels.add(regel((Document) regel)));
        return regels;
    }

    private static Query perMedewerker(String medewerkerId) {
        return Query.query(Criteria.where("_id").is(medewerkerId));
    }

    private static Document document(Werklijstregel r) {
        return new Document("casusId", r.casusId().toString()).append("gemeenteCode", r.gemeenteCode()).append("rol", r.rol().name())
                .append("geopendOp", Date.from(r.geopendOp())).append("regisseurId", r.regisseurId())
                .append("aantalKinderen", r.aantalKinderen()).append("aantalGesprekken", r.aantalGesprekken())
                .append("afgeslotenOp", r.afgeslotenOp() == null ? null : Date.from(r.afgeslotenOp()));
    }

    private static Werklijstregel regel(Document d) {
        Date afgesloten = d.getDate("afgeslotenOp");
        return new Werklijstregel(new CasusId(UUID.fromString(d.getString("casusId"))), d.getString("gemeenteCode"), TeamRol.valueOf(d.getString("rol")),
                Objects.requireNonNull(d.getDate("geopendOp")).toInstant(), d.getString("regisseurId"), d.getInteger("aantalKinderen", 0),
                d.getInteger("aantalGesprekken", 0), afgesloten == null ? null : afgesloten.toInstant());
    }
}
