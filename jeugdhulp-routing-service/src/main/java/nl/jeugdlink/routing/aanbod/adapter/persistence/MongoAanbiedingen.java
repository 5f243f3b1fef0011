package nl.jeugdlink.routing.aanbod.adapter.persistence;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.jeugdlink.routing.aanbod.domain.Aanbiedingen;
import nl.jeugdlink.routing.aanbod.domain.Aanbod;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One document per provider ({@code _id} = AGB code) and one per product ({@code _id} = category:code)
 * naming the providers that offer it, so that "who offers this product" is one read by {@code _id} and
 * then one per provider. A provider is added to a product before its own document is saved and taken
 * off a product only after: a product may name a provider that no longer offers it for a moment, and
 * the reader skips it (the provider's own document decides), never the other way round.
 */
public class MongoAanbiedingen implements Aanbiedingen {

    static final String AANBIEDERS = "aanbieders";
    static final String PER_PRODUCT = "aanbod_per_product";

    private final MongoTemplate mongo;

    public MongoAanbiedingen(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void bewaar(Aanbod aanbod) {
        Set<String> eerder = find(aanbod.agbCode()).map(a -> sleutels(a.producten())).orElse(Set.of());
        Set<String> nu = sleutels(aanbod.producten());
        for (String product : nu) {
            mongo.upsert(Query.query(Criteria.where("_id").is(product)), new Update().addToSet("aanbieders", aanbod.agbCode()), PER_PRODUCT);
        }
        mongo.save(document(aanbod), AANBIEDERS);
        for (String product : eerder) {
            if (!nu.contains(product)) {
                mongo.updateFirst(Query.query(Criteria.where("_id").is(product)), new Update().pull("aanbieders", aanbod.agbCode()), PER_PRODUCT);
            }
        }
    }

    @Override
    public Optional<Aanbod> find(String agbCode) {
        return Optional.ofNullable(mongo.findById(agbCode, Document.class, AANBIEDERS)).map(MongoAanbiedingen::aanbod);
    }

    @Override
    public List<Aanbod> perProduct(String categorie, String code) {
        Document product = mongo.findById(categorie + ":" + code, Document.class, PER_PRODUCT);
        if (product == null) {
            return List.of();
        }
        return product.getList("aanbieders", String.class).stream().map(this::find).flatMap(Optional::stream)
                .filter(a -> a.producten().stream().anyMatch(p -> p.categorie().equals(categorie) && p.code().equals(code))).toList();
    }

    private static Set<String> sleutels(List<Aanbod.Beschikbaarheid> producten) {
        Set<String> sleutels = new HashSet<>();
        producten.forEach(p -> sleutels.add(p.sleutel()));
        return sleutels;
    }

    private static Document document(Aanbod a) {
        List<Document> producten = a.producten().stream().map(p -> new Document("categorie", p.categorie()).append("code", p.code())
                .append("wachttijdDagen", p.wachttijdDagen()).append("vrijePlaatsen", p.vrijePlaatsen())).toList();
        return new Document("_id", a.agbCode()).append("naam", a.naam()).append("gemeenten", List.copyOf(a.gemeenten()))
                .append("contractVan", a.contractVan().toString()).append("contractTot", a.contractTot() == null ? null : a.contractTot().toString())
                .append("producten", producten).append("bijgewerktOp", Date.from(a.bijgewerktOp()));
    }

    private static Aanbod aanbod(Document d) {
        List<Aanbod.Beschikbaarheid> producten = d.getList("producten", Document.class).stream()
                .map(p -> new Aanbod.Beschikbaarheid(p.getString("categorie"), p.getString("code"), p.getInteger("wachttijdDagen"),
                        p.getInteger("vrijePlaatsen"))).toList();
        return new Aanbod(d.getString("_id"), d.getString("naam"), new HashSet<>(d.getList("gemeenten", String.class)),
                LocalDate.parse(d.getString("contractVan")), d.getString("contractTot") == null ? null : LocalDate.parse(d.getString("contractTot")),
                producten, Objects.requireNonNull(d.getDate("bijgewerktOp")).toInstant());
    }
}
