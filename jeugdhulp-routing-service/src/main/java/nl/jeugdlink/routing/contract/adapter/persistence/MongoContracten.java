package nl.jeugdlink.routing.contract.adapter.persistence;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.jeugdlink.routing.contract.domain.Contract;
import nl.jeugdlink.routing.contract.domain.Contracten;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * {@code contracten} ({@code _id} = gemeente:AGB) and {@code contractregisters} ({@code _id} = gemeente, the marker that a
 * municipality keeps a register): every read by {@code _id}. The marker is written before the contract, so a contract never stands
 * in a municipality the checker thinks has no register.
 */
public class MongoContracten implements Contracten {

    static final String CONTRACTEN = "contracten";
    static final String REGISTERS = "contractregisters";

    private final MongoTemplate mongo;

    public MongoContracten(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void bewaar(Contract c) {
        mongo.upsert(Query.query(Criteria.where("_id").is(c.gemeenteCode())), new Update().setOnInsert("sinds", Date.from(c.vastgelegdOp())), REGISTERS);
        List<Document> producten = c.producten().stream().map(p -> new Document("categorie", p.categorie()).append("code", p.code())).toList();
        mongo.save(new Document("_id", c.gemeenteCode() + ":" + c.agbCode()).append("gemeenteCode", c.gemeenteCode()).append("agbCode", c.agbCode())
                .append("producten", producten).append("van", c.van().toString()).append("tot", c.tot() == null ? null : c.tot().toString())
                .append("vastgelegdOp", Date.from(c.vastgelegdOp())).append("vastgelegdDoor", c.vastgelegdDoor()), CONTRACTEN);
    }

    @Override
    public Optional<Contract> find(String gemeenteCode, String agbCode) {
        return Optional.ofNullable(mongo.findById(gemeenteCode + ":" + agbCode, Document.class, CONTRACTEN)).map(MongoContracten::contract);
    }

    @Override
    public boolean heeftRegister(String gemeenteCode) {
        return mongo.findById(gemeenteCode, Document.class, REGISTERS) != null;
    }

    private static Contract contract(Document d) {
        List<Contract.Gecontracteerd> producten = d.getList("producten", Document.class).stream()
                .map(p -> new Contract.Gecontracteerd(p.getString("categorie"), p.getString("code"))).toList();
        return new Contract(d.getString("gemeenteCode"), d.getString("agbCode"), producten, LocalDate.parse(d.getString("van")),
                d.getString("tot") == null ? null : LocalDate.parse(d.getString("tot")), Objects.requireNonNull(d.getDate("vastgelegdOp")).toInstant(),
                d.getString("vastgelegdDoor"));
    }
}
