package nl.jeugdlink.casus.inzage.adapter.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.jeugdlink.casus.inzage.domain.Inzageverzoek;
import nl.jeugdlink.casus.inzage.domain.Inzageverzoeken;
import nl.jeugdlink.casus.inzage.domain.Sleutels;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import nl.jeugdlink.platform.persistence.EventMapper;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The requests in {@code inzageverzoeken}, by {@code _id} only, written through the platform's {@link DocumentWriter} (ADR 0016):
 * state and the rounds it asks in one write. The BSN and the parts are stored encrypted, each bound to the request (and a part to
 * its service), so a value copied to another request does not open.
 */
public class MongoInzageverzoeken implements Inzageverzoeken {

    private final MongoTemplate mongo;
    private final DocumentWriter writer;
    private final FieldEncryption versleuteling;
    private final EventMapper<Inzageverzoek.Gebeurtenis> contracts;
    private final Opruimindex opruimindex;
    private final Duration bewaartermijn;

    /** @param bewaartermijn how long the parts are kept after the export was complete ({@code jeugdlink.inzage.bewaartermijn}) */
    public MongoInzageverzoeken(MongoTemplate mongo, DocumentWriter writer, FieldEncryption versleuteling, EventMapper<Inzageverzoek.Gebeurtenis> contracts,
            Duration bewaartermijn) {
        this.mongo = mongo;
        this.writer = writer;
        this.versleuteling = versleuteling;
        this.contracts = contracts;
        this.opruimindex = new Opruimindex(mongo);
        this.bewaartermijn = bewaartermijn;
    }

    @Override
    public void add(Inzageverzoek verzoek, List<Inzageverzoek.Gebeurtenis> events) {
        var staat = verzoek.staat();
        var document = new InzageverzoekDocument(staat.id(), versleuteling.versleutel(staat.bsn(), bsnContext(staat.id())), staat.aangevraagdDoor(),
                staat.aangevraagdOp(), staat.status().name());
        schrijf(staat, document);
        writer.append(document, events, contracts);
        if (!writer.insertIfAbsent(document)) {
            throw new IllegalStateException("request " + staat.id() + " exists");
        }
    }

    @Override
    public Optional<Inzageverzoek> find(String id) {
        return Optional.ofNullable(mongo.findById(id, InzageverzoekDocument.class)).map(this::toDomain);
    }

    @Override
    public Uitkomst wijzig(String id, Function<Inzageverzoek, @Nullable List<Inzageverzoek.Gebeurtenis>> stap) {
        Optional<Uitkomst> uitkomst = writer.update(id, InzageverzoekDocument.class, document -> {
            Inzageverzoek verzoek = toDomain(document);
            boolean wasCompleet = verzoek.compleet();
            List<Inzageverzoek.Gebeurtenis> events = stap.apply(verzoek);
            if (events == null) {
                return Optional.empty();
            }
            Instant verwijderenOp = verzoek.delenVerwijderenOp(bewaartermijn);
            if (!wasCompleet && verwijderenOp != null) {
                // The due entry goes in before the request's save (Opruimindex): a lost save leaves an entry the sweep finds not due.
                opruimindex.neemOp(LocalDate.ofInstant(verwijderenOp, ZoneOffset.UTC), verzoek.id());
            }
            schrijf(verzoek.staat(), document);
            writer.append(document, events, contracts);
            return Optional.of(Uitkomst.GEWIJZIGD);
        });
        if (uitkomst.isPresent()) {
            return uitkomst.get();
        }
        return mongo.findById(id, InzageverzoekDocument.class) == null ? Uitkomst.ONBEKEND : Uitkomst.ONGEWIJZIGD;
    }

    @Override
    public List<String> teVerwijderenTot(LocalDate tot) {
        return opruimindex.tot(tot);
    }

    @Override
    public void afgehandeldVoor(LocalDate dag) {
        opruimindex.verwijderVoor(dag);
    }

    private void schrijf(Inzageverzoek.Staat staat, InzageverzoekDocument document) {
        document.verwacht = List.copyOf(staat.verwacht());
        document.status = staat.status().name();
        Sleutels sleutels = staat.sleutels();
        document.kindIds = sleutels == null ? null : sleutels.kindIds();
        document.aanmeldingIds = sleutels == null ? null : sleutels.aanmeldingIds();
        document.casusIds = sleutels == null ? null : sleutels.casusIds();
        boolean verwijderd = staat.delenVerwijderdOp() != null;
        document.delen = staat.delen().stream().map(d -> new InzageverzoekDocument.DeelDocument(d.dienst(), d.ronde().name(),
                verwijderd ? null : versleuteling.versleutel(d.inhoud(), deelContext(staat.id(), d.dienst())), d.ontvangenOp())).toList();
        document.compleetOp = staat.compleetOp();
        document.delenVerwijderdOp = staat.delenVerwijderdOp();
    }

    private Inzageverzoek toDomain(InzageverzoekDocument d) {
        Sleutels sleutels = d.kindIds == null ? null : new Sleutels(d.kindIds, nonNull(d.aanmeldingIds), nonNull(d.casusIds));
        return new Inzageverzoek(new Inzageverzoek.Staat(d.id, versleuteling.ontsleutel(d.bsnVersleuteld, bsnContext(d.id)), d.aangevraagdDoor,
                d.aangevraagdOp, d.verwacht, Inzageverzoek.Status.valueOf(d.status), sleutels,
                d.delen.stream().map(p -> new Inzageverzoek.Deel(p.dienst(), Inzageverzoek.Ronde.valueOf(p.ronde()),
                        p.inhoudVersleuteld() == null ? Inzageverzoek.VERWIJDERD : versleuteling.ontsleutel(p.inhoudVersleuteld(), deelContext(d.id, p.dienst())),
                        p.ontvangenOp())).toList(),
                d.compleetOp, d.delenVerwijderdOp));
    }

    private static List<String> nonNull(@Nullable List<String> ids) {
        return ids == null ? List.of() : ids;
    }

    private static String bsnContext(String id) {
        return "inzageverzoek:" + id + ":bsn";
    }

    private static String deelContext(String id, String dienst) {
        return "inzageverzoek:" + id + ":deel:" + dienst;
    }
}
