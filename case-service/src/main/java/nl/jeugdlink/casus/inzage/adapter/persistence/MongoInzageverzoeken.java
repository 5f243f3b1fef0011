package nl.jeugdlink.casus.inzage.adapter.persistence;

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
    private final EventMapper<Inzageverzoek.RondeGevraagd> contracts;

    public MongoInzageverzoeken(MongoTemplate mongo, DocumentWriter writer, FieldEncryption versleuteling, EventMapper<Inzageverzoek.RondeGevraagd> contracts) {
        this.mongo = mongo;
        this.writer = writer;
        this.versleuteling = versleuteling;
        this.contracts = contracts;
    }

    @Override
    public void add(Inzageverzoek verzoek, List<Inzageverzoek.RondeGevraagd> events) {
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
    public Uitkomst wijzig(String id, Function<Inzageverzoek, @Nullable List<Inzageverzoek.RondeGevraagd>> stap) {
        Optional<Uitkomst> uitkomst = writer.update(id, InzageverzoekDocument.class, document -> {
            Inzageverzoek verzoek = toDomain(document);
            List<Inzageverzoek.RondeGevraagd> events = stap.apply(verzoek);
            if (events == null) {
                return Optional.empty();
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

    private void schrijf(Inzageverzoek.Staat staat, InzageverzoekDocument document) {
        document.verwacht = List.copyOf(staat.verwacht());
        document.status = staat.status().name();
        Sleutels sleutels = staat.sleutels();
        document.kindIds = sleutels == null ? null : sleutels.kindIds();
        document.aanmeldingIds = sleutels == null ? null : sleutels.aanmeldingIds();
        document.casusIds = sleutels == null ? null : sleutels.casusIds();
        document.delen = staat.delen().stream().map(d -> new InzageverzoekDocument.DeelDocument(d.dienst(), d.ronde().name(),
                versleuteling.versleutel(d.inhoud(), deelContext(staat.id(), d.dienst())), d.ontvangenOp())).toList();
        document.compleetOp = staat.compleetOp();
    }

    private Inzageverzoek toDomain(InzageverzoekDocument d) {
        Sleutels sleutels = d.kindIds == null ? null : new Sleutels(d.kindIds, nonNull(d.aanmeldingIds), nonNull(d.casusIds));
        return new Inzageverzoek(new Inzageverzoek.Staat(d.id, versleuteling.ontsleutel(d.bsnVersleuteld, bsnContext(d.id)), d.aangevraagdDoor,
                d.aangevraagdOp, d.verwacht, Inzageverzoek.Status.valueOf(d.status), sleutels,
                d.delen.stream().map(p -> new Inzageverzoek.Deel(p.dienst(), Inzageverzoek.Ronde.valueOf(p.ronde()),
                        versleuteling.ontsleutel(p.inhoudVersleuteld(), deelContext(d.id, p.dienst())), p.ontvangenOp())).toList(),
                d.compleetOp));
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
