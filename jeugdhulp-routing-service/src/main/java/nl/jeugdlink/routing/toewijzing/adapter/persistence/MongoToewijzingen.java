package nl.jeugdlink.routing.toewijzing.adapter.persistence;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.count;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.limit;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.skip;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.sort;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.unwind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingen;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Reads toewijzingen out of the casus documents. A care provider's question is limited to its AGB
 * code, and the limit is applied to each unwound toewijzing as well as to the casus: a casus with
 * toewijzingen to two providers shows each provider its own only.
 */
public class MongoToewijzingen implements Toewijzingen {

    private static final String COLLECTION = CasusDocument.COLLECTION;

    private final MongoTemplate mongo;
    private final ToewijzingSleutels sleutels;

    public MongoToewijzingen(MongoTemplate mongo) {
        this.mongo = mongo;
        this.sleutels = new ToewijzingSleutels(mongo);
    }

    /** Two reads by _id: the toewijzing's key, then its casus (which must hold it: a key whose casus write was lost does not count). */
    @Override
    public Optional<InCasus> find(String toewijzingId) {
        CasusDocument casus = sleutels.casus(toewijzingId).map(id -> mongo.findById(id, CasusDocument.class)).orElse(null);
        if (casus == null) {
            return Optional.empty();
        }
        return casus.toewijzingen().stream().filter(t -> t.toewijzingId().equals(toewijzingId)).findFirst()
                .map(t -> new InCasus(ToewijzingMapping.toewijzing(t), casus.getId(), casus.aanmeldingId(), casus.gemeenteCode()));
    }

    /** By the number key (_id), then as {@link #find}. */
    @Override
    public Optional<InCasus> findOpNummer(String gemeenteCode, long toewijzingNummer) {
        return sleutels.toewijzing(gemeenteCode, toewijzingNummer).flatMap(this::find);
    }

    @Override
    public Pagina zoek(Zoekvraag vraag) {
        Criteria casus;
        Criteria toewijzing = Criteria.where("toewijzingen").exists(true);
        if (vraag.agbCode() != null) {
            casus = Criteria.where("toewijzingen.agbCode").is(vraag.agbCode());
            toewijzing = Criteria.where("toewijzingen.agbCode").is(vraag.agbCode());
        } else if (vraag.gemeenten() != null) {
            // A casus of theirs, or a toewijzing they assigned in another's casus (woonplaatsbeginsel): of that casus only their own.
            casus = new Criteria().orOperator(Criteria.where("gemeenteCode").in(vraag.gemeenten()),
                    Criteria.where("toewijzingen.toewijzendeGemeente").in(vraag.gemeenten()));
            toewijzing = new Criteria().orOperator(Criteria.where("gemeenteCode").in(vraag.gemeenten()),
                    Criteria.where("toewijzingen.toewijzendeGemeente").in(vraag.gemeenten()));
        } else {
            throw new IllegalArgumentException("a question is limited to a care provider or to municipalities");
        }
        if (vraag.casusId() != null) {
            casus.and("_id").is(vraag.casusId());
        }
        List<AggregationOperation> filter = List.of(match(casus), unwind("toewijzingen"), match(toewijzing));

        List<AggregationOperation> tellen = new ArrayList<>(filter);
        tellen.add(count().as("totaal"));
        Document telling = mongo.aggregate(newAggregation(tellen), COLLECTION, Document.class).getUniqueMappedResult();
        long totaal = telling == null ? 0 : ((Number) telling.get("totaal")).longValue();

        List<AggregationOperation> pagina = new ArrayList<>(filter);
        // Newest first; the number breaks ties within a municipality, the id across them.
        pagina.add(sort(Sort.by(Sort.Order.desc("toewijzingen.toegewezenOp"), Sort.Order.desc("toewijzingen.toewijzingNummer"),
                Sort.Order.asc("_id"))));
        pagina.add(skip((long) (vraag.pagina() - 1) * vraag.paginaGrootte()));
        pagina.add(limit(vraag.paginaGrootte()));
        List<InCasus> gevonden = mongo.aggregate(newAggregation(pagina), COLLECTION, Document.class).getMappedResults().stream()
                .map(this::inCasus).toList();
        return new Pagina(gevonden, totaal);
    }

    /** An unwound row: the casus's fields with one toewijzing, read as the stored toewijzing shape. */
    private InCasus inCasus(Document rij) {
        var doc = mongo.getConverter().read(CasusDocument.ToewijzingDoc.class, (Document) rij.get("toewijzingen"));
        return new InCasus(ToewijzingMapping.toewijzing(doc), String.valueOf(rij.get("_id")), rij.getString("aanmeldingId"),
                rij.getString("gemeenteCode"));
    }
}
