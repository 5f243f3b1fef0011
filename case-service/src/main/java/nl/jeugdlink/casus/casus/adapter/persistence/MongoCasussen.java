package nl.jeugdlink.casus.casus.adapter.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.jeugdlink.casus.casus.domain.Afsluiting;
import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.CasusEvent;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.casus.casus.domain.Dossierhouder;
import nl.jeugdlink.casus.casus.domain.Expertise;
import nl.jeugdlink.casus.casus.domain.Gesprek;
import nl.jeugdlink.casus.casus.domain.GesprekSoort;
import nl.jeugdlink.casus.casus.domain.Grondslag;
import nl.jeugdlink.casus.casus.domain.GwMoment;
import nl.jeugdlink.casus.casus.domain.Kind;
import nl.jeugdlink.casus.casus.domain.Kindcontact;
import nl.jeugdlink.casus.casus.domain.Leeftijdscategorie;
import nl.jeugdlink.casus.casus.domain.Risicotaxatie;
import nl.jeugdlink.casus.casus.domain.Veiligheidsplan;
import nl.jeugdlink.casus.casus.domain.Samenvatting;
import nl.jeugdlink.casus.casus.domain.TeamRol;
import nl.jeugdlink.casus.casus.domain.Teamlid;
import nl.jeugdlink.casus.casus.domain.Vastlegging;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import nl.jeugdlink.platform.persistence.EventMapper;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a casus and its outgoing events as one document: one atomic write, guarded by the
 * document's version. Summaries of conversations are encrypted, bound to their casus and
 * conversation, before they reach the store.
 */
public class MongoCasussen implements Casussen {

    private final MongoTemplate mongo;
    private final DocumentWriter writer;
    private final FieldEncryption versleuteling;
    private final EventMapper<CasusEvent> contracts;
    private final JsonMapper json;

    public MongoCasussen(MongoTemplate mongo, DocumentWriter writer, FieldEncryption versleuteling, EventMapper<CasusEvent> contracts, JsonMapper json) {
        this.mongo = mongo;
        this.writer = writer;
        this.versleuteling = versleuteling;
        this.contracts = contracts;
        this.json = json;
    }

    /** The texts of a safety plan version, encrypted as one. */
    private record PlanTeksten(Veiligheidsplan.Inhoud inhoud, String toelichtingKind, String toelichtingOuders,
            List<Veiligheidsplan.Ondertekening> ondertekeningen) {
    }

    @Override
    public boolean add(Casus casus, List<CasusEvent> events) {
        // The casus id follows from the referral: a duplicate key is the same referral delivered again.
        return writer.insertIfAbsent(document(casus, events));
    }

    @Override
    public List<Boolean> addAll(List<Casus.Opening> openingen) {
        // One bulk insert for a batch of screenings (ADR 0018); a duplicate key is again a second delivery.
        return writer.insertAllIfAbsent(openingen.stream().map(o -> document(o.casus(), o.events())).toList());
    }

    private CasusDocument document(Casus casus, List<CasusEvent> events) {
        CasusDocument document = new CasusDocument(casus.id().toString(), casus.aanmeldingId(), casus.gemeenteCode(),
                dossierhouderDoc(casus.dossierhouder()), casus.geopendOp());
        neemOver(document, casus);
        writer.append(document, events, contracts);
        return document;
    }

    @Override
    public Optional<Casus> find(CasusId id) {
        return Optional.ofNullable(mongo.findById(id.toString(), CasusDocument.class)).map(this::toDomain);
    }

    @Override
    public Optional<Casus> wijzig(CasusId id, Function<Casus, List<CasusEvent>> wijziging) {
        return writer.update(id.toString(), CasusDocument.class, document -> {
            Casus casus = toDomain(document);
            List<CasusEvent> events = wijziging.apply(casus);
            neemOver(document, casus);
            writer.append(document, events, contracts);
            return Optional.of(casus);
        });
    }

    private void neemOver(CasusDocument document, Casus casus) {
        // Summaries already stored keep their ciphertext; only new conversations are encrypted.
        Map<String, CasusDocument.GesprekDoc> opgeslagen = new HashMap<>();
        document.gesprekken().forEach(g -> opgeslagen.put(g.gesprekId(), g));
        // Likewise a documented weighing keeps its ciphertext once stored.
        Map<String, CasusDocument.AfwegingDoc> afwegingen = new HashMap<>();
        document.team().stream().filter(t -> t.afweging() != null).forEach(t -> afwegingen.put(t.medewerkerId() + "@" + t.vanaf().toEpochMilli(), t.afweging()));
        String casusId = casus.id().toString();
        // Assessments and plan versions never change once stored: they keep their ciphertext.
        Map<String, CasusDocument.RisicotaxatieDoc> taxaties = new HashMap<>();
        document.risicotaxaties().forEach(t -> taxaties.put(t.id(), t));
        Map<Integer, CasusDocument.VeiligheidsplanDoc> versies = new HashMap<>();
        document.veiligheidsplannen().forEach(v -> versies.put(v.versie(), v));
        document.neemOver(
                dossierhouderDoc(casus.dossierhouder()),
                casus.team().stream().map(t -> new CasusDocument.TeamlidDoc(t.medewerkerId(), t.rol().name(),
                        t.expertise() == null ? null : t.expertise().name(), t.vanaf(), t.tot(), t.grondslag().soort().name(),
                        t.grondslag().afweging() == null ? null
                                : afwegingen.computeIfAbsent(t.medewerkerId() + "@" + t.vanaf().toEpochMilli(), k -> afwegingDoc(casusId, t)))).toList(),
                casus.kinderen().stream().map(k -> new CasusDocument.KindDoc(k.kindId(), k.leeftijdscategorie().name())).toList(),
                casus.gesprekken().stream().map(g -> opgeslagen.containsKey(g.gesprekId()) ? opgeslagen.get(g.gesprekId()) : gesprekDoc(casusId, g)).toList(),
                casus.gwMomenten().stream().map(m -> new CasusDocument.GwMomentDoc(m.moment().name(), m.gedragswetenschapperId(), m.datum(), m.vastgelegdOp())).toList(),
                casus.plannen().stream().map(v -> new CasusDocument.VastleggingDoc(v.op(), v.door())).toList(),
                casus.hulp().stream().map(v -> new CasusDocument.VastleggingDoc(v.op(), v.door())).toList(),
                casus.eersteContactGesprekId(),
                casus.afsluiting() == null ? null
                        : new CasusDocument.AfsluitingDoc(casus.afsluiting().reden().name(), casus.afsluiting().door(), casus.afsluiting().op()),
                casus.risicotaxaties().stream().map(t -> taxaties.computeIfAbsent(t.id(), k -> new CasusDocument.RisicotaxatieDoc(t.id(),
                        t.instrument().name(), versleuteling.versleutel(t.uitkomst(), context(casusId, "risicotaxatie", t.id())), t.datum(),
                        t.uitgevoerdDoor(), t.vastgelegdDoor(), t.vastgelegdOp()))).toList(),
                casus.veiligheidsplannen().stream().map(v -> versies.computeIfAbsent(v.versie(), k -> veiligheidsplanDoc(casusId, v))).toList());
    }

    private CasusDocument.VeiligheidsplanDoc veiligheidsplanDoc(String casusId, Veiligheidsplan v) {
        String teksten = json.writeValueAsString(new PlanTeksten(v.inhoud(), v.veiligheidKind().toelichting(), v.veiligheidOuders().toelichting(),
                v.ondertekeningen()));
        return new CasusDocument.VeiligheidsplanDoc(v.versie(), v.veiligheidKind().scoreOuder(), v.veiligheidKind().scoreProfessional(),
                v.veiligheidOuders().scoreOuder(), v.veiligheidOuders().scoreProfessional(), v.geldigVan(), v.geldigTot(), v.eersteEvaluatie(),
                v.opgesteldDoor(), v.vastgelegdOp(), versleuteling.versleutel(teksten, context(casusId, "veiligheidsplan", Integer.toString(v.versie()))));
    }

    private Veiligheidsplan veiligheidsplan(String casusId, CasusDocument.VeiligheidsplanDoc d) {
        PlanTeksten t = json.readValue(versleuteling.ontsleutel(d.tekstenVersleuteld(), context(casusId, "veiligheidsplan", Integer.toString(d.versie()))),
                PlanTeksten.class);
        return new Veiligheidsplan(d.versie(), t.inhoud(), new Veiligheidsplan.Schaal(d.kindScoreOuder(), d.kindScoreProfessional(), t.toelichtingKind()),
                new Veiligheidsplan.Schaal(d.oudersScoreOuder(), d.oudersScoreProfessional(), t.toelichtingOuders()), d.geldigVan(), d.geldigTot(),
                d.eersteEvaluatie(), t.ondertekeningen(), d.opgesteldDoor(), d.vastgelegdOp());
    }

    /** A part of the casus (an assessment, a plan version) decrypts only inside its own casus and as itself. */
    private static String context(String casusId, String soort, String id) {
        return "casus:" + casusId + ":" + soort + ":" + id;
    }

    private CasusDocument.GesprekDoc gesprekDoc(String casusId, Gesprek g) {
        return new CasusDocument.GesprekDoc(g.gesprekId(), g.soort().name(), g.gehoudenOp(), g.professionals(), g.gezinAanwezig(),
                g.kindcontacten().stream().map(k -> new CasusDocument.KindcontactDoc(k.kindId(), k.gezien(), k.gesproken())).toList(),
                g.netwerkUitgenodigd(), g.verslagGedeeldMetGezin(),
                versleuteling.versleutel(g.samenvatting().tekst(), context(casusId, g.gesprekId())),
                g.vastgelegdDoor(), g.vastgelegdOp());
    }

    private Casus toDomain(CasusDocument d) {
        String casusId = d.getId();
        return new Casus(new Casus.Staat(
                new CasusId(UUID.fromString(casusId)), d.aanmeldingId(), d.gemeenteCode(), d.geopendOp(),
                new Dossierhouder(Dossierhouder.Rol.valueOf(d.dossierhouder().rol()), d.dossierhouder().organisatie(), d.dossierhouder().medewerkerId()),
                d.team().stream().map(t -> new Teamlid(t.medewerkerId(), TeamRol.valueOf(t.rol()),
                        t.expertise() == null ? null : Expertise.valueOf(t.expertise()), grondslag(casusId, t), t.vanaf(), t.tot())).toList(),
                d.kinderen().stream().map(k -> new Kind(k.kindId(), Leeftijdscategorie.valueOf(k.leeftijdscategorie()))).toList(),
                d.gesprekken().stream().map(g -> new Gesprek(g.gesprekId(), GesprekSoort.valueOf(g.soort()), g.gehoudenOp(), g.professionals(),
                        g.gezinAanwezig(), g.kindcontacten().stream().map(k -> new Kindcontact(k.kindId(), k.gezien(), k.gesproken())).toList(),
                        g.netwerkUitgenodigd(), g.verslagGedeeldMetGezin(),
                        new Samenvatting(versleuteling.ontsleutel(g.samenvattingVersleuteld(), context(casusId, g.gesprekId()))),
                        g.vastgelegdDoor(), g.vastgelegdOp())).toList(),
                d.gwMomenten().stream().map(m -> new GwMoment(GwMoment.Soort.valueOf(m.moment()), m.gedragswetenschapperId(), m.datum(), m.vastgelegdOp())).toList(),
                d.plannen().stream().map(v -> new Vastlegging(v.op(), v.door())).toList(),
                d.hulp().stream().map(v -> new Vastlegging(v.op(), v.door())).toList(),
                d.eersteContactGesprekId(),
                d.afsluiting() == null ? null
                        : new Afsluiting(Afsluiting.Reden.valueOf(d.afsluiting().reden()), d.afsluiting().door(), d.afsluiting().op()),
                d.risicotaxaties().stream().map(t -> new Risicotaxatie(t.id(), Risicotaxatie.Instrument.valueOf(t.instrument()),
                        versleuteling.ontsleutel(t.uitkomstVersleuteld(), context(casusId, "risicotaxatie", t.id())), t.datum(), t.uitgevoerdDoor(),
                        t.vastgelegdDoor(), t.vastgelegdOp())).toList(),
                d.veiligheidsplannen().stream().map(v -> veiligheidsplan(casusId, v)).toList()));
    }

    private static CasusDocument.DossierhouderDoc dossierhouderDoc(Dossierhouder d) {
        return new CasusDocument.DossierhouderDoc(d.rol().name(), d.organisatie(), d.medewerkerId());
    }

    private CasusDocument.AfwegingDoc afwegingDoc(String casusId, Teamlid t) {
        var a = java.util.Objects.requireNonNull(t.grondslag().afweging());
        String context = context(casusId, t);
        return new CasusDocument.AfwegingDoc(versleuteling.versleutel(a.subsidiariteit(), context), versleuteling.versleutel(a.proportionaliteit(), context),
                versleuteling.versleutel(a.doelmatigheid(), context), a.gezinGeinformeerd(),
                a.redenNietGeinformeerd() == null ? null : versleuteling.versleutel(a.redenNietGeinformeerd(), context));
    }

    /** A member stored without a ground (before it was recorded) had the parents' consent, as the whole team then did. */
    private Grondslag grondslag(String casusId, CasusDocument.TeamlidDoc t) {
        CasusDocument.AfwegingDoc a = t.afweging();
        if (!Grondslag.Soort.AFWEGING.name().equals(t.grondslag()) || a == null) {
            return Grondslag.toestemming();
        }
        String context = context(casusId, t.medewerkerId(), t.vanaf());
        return new Grondslag(Grondslag.Soort.AFWEGING, new Grondslag.Afweging(versleuteling.ontsleutel(a.subsidiariteitVersleuteld(), context),
                versleuteling.ontsleutel(a.proportionaliteitVersleuteld(), context), versleuteling.ontsleutel(a.doelmatigheidVersleuteld(), context),
                a.gezinGeinformeerd(), a.redenNietGeinformeerdVersleuteld() == null ? null : versleuteling.ontsleutel(a.redenNietGeinformeerdVersleuteld(), context)));
    }

    private static String context(String casusId, Teamlid t) {
        return context(casusId, t.medewerkerId(), t.vanaf());
    }

    /** A weighing decrypts only for its own casus and team period (in milliseconds: what the store keeps of an instant). */
    private static String context(String casusId, String medewerkerId, java.time.Instant vanaf) {
        return "casus:" + casusId + ":teamlid:" + medewerkerId + ":" + vanaf.toEpochMilli();
    }

    /** A summary decrypts only inside its own casus and conversation. */
    private static String context(String casusId, String gesprekId) {
        return "casus:" + casusId + ":gesprek:" + gesprekId;
    }
}
