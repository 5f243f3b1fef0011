package nl.jeugdlink.jbt.verzoek.adapter.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.jeugdlink.jbt.verzoek.domain.Besluit;
import nl.jeugdlink.jbt.verzoek.domain.Formulier;
import nl.jeugdlink.jbt.verzoek.domain.Gesprekstype;
import nl.jeugdlink.jbt.verzoek.domain.Indiener;
import nl.jeugdlink.jbt.verzoek.domain.Planning;
import nl.jeugdlink.jbt.verzoek.domain.Tafelevaluatie;
import nl.jeugdlink.jbt.verzoek.domain.Wachttijd;
import nl.jeugdlink.jbt.verzoek.domain.Terugsturing;
import nl.jeugdlink.jbt.verzoek.domain.Evaluatie;
import nl.jeugdlink.jbt.verzoek.domain.Verslag;
import nl.jeugdlink.jbt.verzoek.domain.Verzoek;
import nl.jeugdlink.jbt.verzoek.domain.VerzoekEvent;
import nl.jeugdlink.jbt.verzoek.domain.Verzoeken;
import nl.jeugdlink.jbt.verzoek.domain.Verzoeksoort;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import nl.jeugdlink.platform.persistence.EventMapper;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a request and its outgoing events as one document, through the platform's writer. The form
 * and the decision's texts are encrypted as JSON, each bound to this request, before they reach the store.
 */
public class MongoVerzoeken implements Verzoeken {

    /** The decision's three items, as encrypted together. */
    record BesluitTeksten(String route, String hulp, String veiligheidsafspraken) {
    }

    private final MongoTemplate mongo;
    private final DocumentWriter writer;
    private final FieldEncryption versleuteling;
    private final JsonMapper json;
    private final EventMapper<VerzoekEvent> contracts;

    public MongoVerzoeken(MongoTemplate mongo, DocumentWriter writer, FieldEncryption versleuteling, JsonMapper json,
            EventMapper<VerzoekEvent> contracts) {
        this.mongo = mongo;
        this.writer = writer;
        this.versleuteling = versleuteling;
        this.json = json;
        this.contracts = contracts;
    }

    @Override
    public Optional<Verzoek> find(String verzoekId) {
        return Optional.ofNullable(mongo.findById(verzoekId, VerzoekDocument.class)).map(this::toDomain);
    }

    @Override
    public boolean voegToe(Verzoek verzoek, List<VerzoekEvent> events) {
        VerzoekDocument document = nieuwDocument(verzoek);
        neemOver(document, verzoek);
        writer.append(document, events, contracts);
        return writer.insertIfAbsent(document);
    }

    @Override
    public Optional<Verzoek> wijzig(String verzoekId, Function<Verzoek, List<VerzoekEvent>> wijziging) {
        return writer.update(verzoekId, VerzoekDocument.class, document -> Optional.of(pasToe(document, wijziging)));
    }

    @Override
    public Verzoek wijzigOfMaak(String verzoekId, Supplier<Verzoek> nieuw, Function<Verzoek, List<VerzoekEvent>> wijziging) {
        return writer.createOrUpdate(verzoekId, VerzoekDocument.class, () -> nieuwDocument(nieuw.get()),
                document -> Optional.of(pasToe(document, wijziging))).orElseThrow();
    }

    private Verzoek pasToe(VerzoekDocument document, Function<Verzoek, List<VerzoekEvent>> wijziging) {
        Verzoek verzoek = toDomain(document);
        List<VerzoekEvent> events = wijziging.apply(verzoek);
        neemOver(document, verzoek);
        writer.append(document, events, contracts);
        return verzoek;
    }

    private static VerzoekDocument nieuwDocument(Verzoek v) {
        return new VerzoekDocument(v.id(), v.casusId(), v.aanmeldingId(), v.gemeenteCode(), v.geopendOp(), v.status().name());
    }

    private void neemOver(VerzoekDocument document, Verzoek v) {
        String context = context(v.id());
        // Returns already stored keep their ciphertext; only new ones are encrypted.
        Map<Long, VerzoekDocument.TerugsturingDoc> opgeslagen = new HashMap<>();
        document.terugsturingen().forEach(t -> opgeslagen.put(t.op().toEpochMilli(), t));
        Besluit b = v.besluit();
        document.neemOver(v.status().name(), v.regisseurId(), naam(v.soort()), naam(v.gesprekstype()),
                v.formulier() == null ? null : versleuteling.versleutel(json.writeValueAsString(v.formulier()), context),
                v.indiener() == null ? null : new VerzoekDocument.IndienerDoc(v.indiener().id(), v.indiener().rol()),
                v.ingediendOp(),
                v.terugsturingen().stream().map(t -> opgeslagen.containsKey(t.op().toEpochMilli()) ? opgeslagen.get(t.op().toEpochMilli())
                        : new VerzoekDocument.TerugsturingDoc(versleuteling.versleutel(t.reden(), context), t.door(), t.op())).toList(),
                b == null ? null : document.besluit() != null ? document.besluit()
                        : new VerzoekDocument.BesluitDoc(b.uitkomst().name(), b.besluitvorming().name(), b.evaluatieMoment(),
                                versleuteling.versleutel(json.writeValueAsString(new BesluitTeksten(b.route(), b.hulp(), b.veiligheidsafspraken())), context),
                                b.genomenDoor(), b.genomenOp()),
                v.planning() == null ? null : new VerzoekDocument.PlanningDoc(v.planning().tafel(), v.planning().datum(), v.planning().buurtafel(),
                        v.planning().geplandDoor(), v.planning().geplandOp(), v.planning().raadContactpersoonId(), v.planning().giContactpersoonId(),
                        v.planning().aanvang() == null ? null : v.planning().aanvang().toString(),
                        v.planning().tijdstip() == null ? null : v.planning().tijdstip().toString(),
                        v.planning().einde() == null ? null : v.planning().einde().toString()),
                v.wachttijden().stream().map(w -> new VerzoekDocument.WachttijdDoc(w.tafel(), w.eersteVrijeMoment(), w.buurtafel(), w.aanbod(),
                        w.contactpersoonId(), w.vastgesteldDoor(), w.vastgesteldOp())).toList(),
                v.raadsmedewerkerId());
        var verslag = v.verslag();
        document.neemVerslagOver(
                verslag.versies().stream().skip(document.verslagversies().size())
                        .map(x -> new VerzoekDocument.VerslagversieDoc(x.nummer(), versleuteling.versleutel(x.tekst(), context), x.vastgelegdDoor(),
                                x.vastgelegdOp(), x.linkVerlooptOp())).toList(),
                verslag.reacties().stream().skip(document.reacties().size())
                        .map(r -> new VerzoekDocument.ReactieDoc(r.versie(), versleuteling.versleutel(r.tekst(), context), r.op(), r.indienerId())).toList(),
                verslag.evaluaties().stream().skip(document.evaluaties().size())
                        .map(e -> new VerzoekDocument.EvaluatieDoc(e.gehoord().name(), e.duidelijk().name(), e.cijfer(),
                                versleuteling.versleutel(e.toelichting(), context), e.versie(), e.op())).toList());
        Tafelevaluatie t = v.tafelevaluatie();
        if (t != null && document.tafelevaluatie() == null) {
            document.neemTafelevaluatieOver(new VerzoekDocument.TafelevaluatieDoc(t.vorm().name(), t.afsprakenNagekomen().name(), t.vervolg().name(),
                    versleuteling.versleutel(t.bevindingen(), context), t.vastgelegdDoor(), t.vastgelegdOp()));
        }
    }

    private Verzoek toDomain(VerzoekDocument d) {
        String context = context(d.getId());
        VerzoekDocument.BesluitDoc b = d.besluit();
        Besluit besluit = null;
        if (b != null) {
            BesluitTeksten t = json.readValue(versleuteling.ontsleutel(b.tekstenVersleuteld(), context), BesluitTeksten.class);
            besluit = new Besluit(Besluit.Uitkomst.valueOf(b.uitkomst()), t.route(), t.hulp(), t.veiligheidsafspraken(),
                    Besluit.Besluitvorming.valueOf(b.besluitvorming()), b.evaluatieMoment(), b.genomenDoor(), b.genomenOp());
        }
        return new Verzoek(new Verzoek.Staat(d.getId(), d.casusId(), d.aanmeldingId(), d.gemeenteCode(), Verzoek.Status.valueOf(d.status()), d.regisseurId(),
                d.soort() == null ? null : Verzoeksoort.valueOf(d.soort()), d.gesprekstype() == null ? null : Gesprekstype.valueOf(d.gesprekstype()),
                d.formulierVersleuteld() == null ? null : json.readValue(versleuteling.ontsleutel(d.formulierVersleuteld(), context), Formulier.class),
                d.indiener() == null ? null : new Indiener(d.indiener().id(), d.indiener().rol()), d.ingediendOp(),
                d.terugsturingen().stream().map(t -> new Terugsturing(versleuteling.ontsleutel(t.redenVersleuteld(), context), t.door(), t.op())).toList(),
                besluit, d.geopendOp(),
                d.planning() == null ? null : new Planning(d.planning().tafel(), d.planning().datum(), d.planning().buurtafel(),
                        d.planning().geplandDoor(), d.planning().geplandOp(), d.planning().raadContactpersoonId(), d.planning().giContactpersoonId(),
                        d.planning().aanvang() == null ? null : java.time.LocalTime.parse(d.planning().aanvang()),
                        d.planning().tijdstip() == null ? null : java.time.LocalTime.parse(d.planning().tijdstip()),
                        d.planning().einde() == null ? null : java.time.LocalTime.parse(d.planning().einde())),
                d.wachttijden().stream().map(w -> new Wachttijd(w.tafel(), w.eersteVrijeMoment(), w.buurtafel(), w.aanbod(), w.contactpersoonId(),
                        w.vastgesteldDoor(), w.vastgesteldOp())).toList(),
                d.raadsmedewerkerId(),
                new Verslag(d.verslagversies().stream().map(x -> new Verslag.Versie(x.nummer(), versleuteling.ontsleutel(x.tekstVersleuteld(), context),
                        x.vastgelegdDoor(), x.vastgelegdOp(), x.linkVerlooptOp())).toList(),
                        d.reacties().stream().map(r -> new Verslag.Reactie(r.versie(), versleuteling.ontsleutel(r.tekstVersleuteld(), context), r.op(), r.indienerId()))
                                .toList(),
                        d.evaluaties().stream().map(e -> new Evaluatie(Evaluatie.Antwoord.valueOf(e.gehoord()), Evaluatie.Antwoord.valueOf(e.duidelijk()),
                                e.cijfer(), versleuteling.ontsleutel(e.toelichtingVersleuteld(), context), e.versie(), e.op())).toList()),
                tafelevaluatie(d.tafelevaluatie(), context)));
    }

    private @Nullable Tafelevaluatie tafelevaluatie(VerzoekDocument.@Nullable TafelevaluatieDoc t, String context) {
        return t == null ? null : new Tafelevaluatie(Tafelevaluatie.Vorm.valueOf(t.vorm()), Tafelevaluatie.Nakoming.valueOf(t.afsprakenNagekomen()),
                Tafelevaluatie.Vervolg.valueOf(t.vervolg()), versleuteling.ontsleutel(t.bevindingenVersleuteld(), context), t.vastgelegdDoor(),
                t.vastgelegdOp());
    }

    private static @Nullable String naam(@Nullable Enum<?> waarde) {
        return waarde == null ? null : waarde.name();
    }

    /** The form and decision decrypt only for their own request. */
    private static String context(String verzoekId) {
        return "jbt-verzoek:" + verzoekId;
    }
}
