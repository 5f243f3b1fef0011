package nl.jeugdlink.casus.casus.adapter.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.jeugdlink.casus.casus.domain.Afsluiting;
import nl.jeugdlink.casus.casus.domain.Afsluitformulier;
import nl.jeugdlink.casus.casus.domain.Overdracht;
import nl.jeugdlink.casus.casus.domain.Plan;
import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.CasusEvent;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.casus.casus.domain.Dossierhouder;
import nl.jeugdlink.casus.casus.domain.Dossieritem;
import nl.jeugdlink.casus.casus.domain.Evaluatie;
import nl.jeugdlink.casus.casus.domain.Expertise;
import nl.jeugdlink.casus.casus.domain.Gesprek;
import nl.jeugdlink.casus.casus.domain.Gezinsfeedback;
import nl.jeugdlink.casus.casus.domain.GesprekSoort;
import nl.jeugdlink.casus.casus.domain.Grondslag;
import nl.jeugdlink.casus.casus.domain.GwMoment;
import nl.jeugdlink.casus.casus.domain.Kind;
import nl.jeugdlink.casus.casus.domain.Kindcontact;
import nl.jeugdlink.casus.casus.domain.Leeftijdscategorie;
import nl.jeugdlink.casus.casus.domain.Risicotaxatie;
import nl.jeugdlink.casus.casus.domain.Veiligheidsplan;
import nl.jeugdlink.casus.casus.domain.Samenvatting;
import nl.jeugdlink.casus.casus.domain.Startoverleg;
import nl.jeugdlink.casus.casus.domain.Ouder;
import nl.jeugdlink.casus.casus.domain.TeamRol;
import nl.jeugdlink.casus.casus.domain.Teamlid;
import nl.jeugdlink.casus.casus.domain.Vastlegging;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import nl.jeugdlink.platform.persistence.EventMapper;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a casus and its outgoing events as one document: one atomic write, guarded by the
 * document's version. Summaries of conversations are encrypted, bound to their casus and
 * conversation, before they reach the store.
 */
public class MongoCasussen implements Casussen {

    private static final Logger log = LoggerFactory.getLogger(MongoCasussen.class);

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

    /** A document that cannot be read as a casus is logged and left out, so one bad document does not stop a rebuild. */
    @Override
    public Stream<Casus> alle() {
        return mongo.stream(new Query(), CasusDocument.class).flatMap(document -> {
            try {
                return Stream.of(toDomain(document));
            } catch (RuntimeException onleesbaar) {
                log.warn("Casus {} overgeslagen: niet te lezen ({})", document.getId(), onleesbaar.toString());
                return Stream.empty();
            }
        });
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
        Map<Integer, CasusDocument.PlanDoc> opgeslagenPlannen = new HashMap<>();
        for (int i = 0; i < document.plannen().size(); i++) {
            CasusDocument.PlanDoc p = document.plannen().get(i);
            opgeslagenPlannen.put(p.versie() == null ? i + 1 : p.versie(), p);
        }
        Map<String, CasusDocument.EvaluatieDoc> evaluaties = new HashMap<>();
        document.evaluaties().forEach(e -> evaluaties.put(e.id(), e));
        Map<String, CasusDocument.DossieritemDoc> items = new HashMap<>();
        document.dossieritems().forEach(i -> items.put(i.id(), i));
        Map<String, CasusDocument.OverdrachtDoc> overdrachten = new HashMap<>();
        document.overdrachten().forEach(o -> overdrachten.put(o.op().toEpochMilli() + ":" + o.naar(), o));
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
                casus.plannen().stream().map(p -> planDoc(casusId, p, opgeslagenPlannen.get(p.versie()))).toList(),
                casus.hulp().stream().map(v -> new CasusDocument.VastleggingDoc(v.op(), v.door())).toList(),
                casus.eersteContactGesprekId(),
                document.afsluiting() != null ? document.afsluiting() : afsluitingDoc(casusId, casus.afsluiting()),
                casus.risicotaxaties().stream().map(t -> taxaties.computeIfAbsent(t.id(), k -> new CasusDocument.RisicotaxatieDoc(t.id(),
                        t.instrument().name(), versleuteling.versleutel(t.uitkomst(), context(casusId, "risicotaxatie", t.id())), t.datum(),
                        t.uitgevoerdDoor(), t.vastgelegdDoor(), t.vastgelegdOp()))).toList(),
                casus.veiligheidsplannen().stream().map(v -> versies.computeIfAbsent(v.versie(), k -> veiligheidsplanDoc(casusId, v))).toList(),
                casus.overdrachten().stream().map(o -> overdrachten.computeIfAbsent(o.op().toEpochMilli() + ":" + o.naar(), k -> new CasusDocument.OverdrachtDoc(
                        o.van(), o.naar(), o.gezamenlijkGesprekId(), versleuteling.versleutel(json.writeValueAsString(o.overgedragen()),
                                context(casusId, "overdracht", k)), o.door(), o.op()))).toList(),
                casus.dossieritems().stream().map(i -> items.computeIfAbsent(i.id(), k -> new CasusDocument.DossieritemDoc(i.id(), i.bron().name(),
                        i.aard().name(), versleuteling.versleutel(i.tekst(), context(casusId, "dossieritem", i.id())), i.kindId(), i.gesprekId(),
                        i.vastgelegdDoor(), i.vastgelegdOp()))).toList(),
                casus.evaluaties().stream().map(e -> {
                    CasusDocument.EvaluatieDoc eerder = evaluaties.get(e.id());
                    String verslag = eerder != null && eerder.verslagVersleuteld() != null ? eerder.verslagVersleuteld()
                            : e.verslag() == null ? null : versleuteling.versleutel(e.verslag(), context(casusId, "evaluatie", e.id()));
                    return new CasusDocument.EvaluatieDoc(e.id(), e.maanden(), e.doel(), e.gehoudenOp(), e.vervolg().name(), e.nieuweAnalyseEnPlanVereist(),
                            e.vastgelegdDoor(), e.vastgelegdOp(), verslag, e.verslagOp());
                }).toList(),
                document.startoverlegVersleuteld() != null || casus.startoverleg() == null ? document.startoverlegVersleuteld()
                        : versleuteling.versleutel(json.writeValueAsString(casus.startoverleg()), context(casusId, "startoverleg", "1")),
                casus.startoverleg() == null ? null : casus.startoverleg().inhoud().gehoudenOp());
        document.gezinsfeedback(casus.gezinsfeedback().stream().map(f -> new CasusDocument.GezinsfeedbackDoc(f.gesprekId(), f.voor().name(),
                f.kindId(), f.scores().relatie(), f.scores().doelen(), f.scores().aanpak(), f.scores().algemeen(), f.gegevenOp(), f.ouderId(),
                f.weergave().name())).toList());
        document.ouders(casus.ouders().stream().map(o -> new CasusDocument.OuderDoc(o.ouderId(), o.relatie())).toList());
    }

    /** The goals and the signatures of a plan version; what was stored keeps its ciphertext (a status change re-encrypts nothing). */
    private CasusDocument.PlanDoc planDoc(String casusId, Plan p, CasusDocument.@Nullable PlanDoc opgeslagen) {
        Map<String, String> teksten = new HashMap<>();
        if (opgeslagen != null && opgeslagen.doelen() != null) {
            opgeslagen.doelen().forEach(d -> teksten.put(d.id(), d.tekstVersleuteld()));
        }
        String akkoord = opgeslagen != null && opgeslagen.akkoordVersleuteld() != null ? opgeslagen.akkoordVersleuteld()
                : p.akkoord() == null ? null : versleuteling.versleutel(json.writeValueAsString(p.akkoord()), context(casusId, "plan", Integer.toString(p.versie())));
        if (opgeslagen != null && opgeslagen.versie() == null) {
            return opgeslagen; // a date-only plan from before goals were kept
        }
        return new CasusDocument.PlanDoc(p.op(), p.door(), p.versie(), p.doelen().stream().map(d -> new CasusDocument.DoelDoc(d.id(), d.stap().name(),
                teksten.computeIfAbsent(d.id(), k -> versleuteling.versleutel(json.writeValueAsString(new DoelTekst(d.omschrijving(), d.eigenaar())),
                        context(casusId, "doel", d.id()))), d.status().name())).toList(), akkoord);
    }

    private List<Plan> plannen(String casusId, List<CasusDocument.PlanDoc> docs) {
        List<Plan> plannen = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            CasusDocument.PlanDoc p = docs.get(i);
            int versie = p.versie() == null ? i + 1 : p.versie();
            plannen.add(new Plan(versie, p.op(), p.door(), p.doelen() == null ? List.of() : p.doelen().stream().map(d -> {
                DoelTekst t = json.readValue(versleuteling.ontsleutel(d.tekstVersleuteld(), context(casusId, "doel", d.id())), DoelTekst.class);
                return new Plan.Doel(d.id(), Plan.Stap.valueOf(d.stap()), t.omschrijving(), t.eigenaar(), Plan.Status.valueOf(d.status()));
            }).toList(), p.akkoordVersleuteld() == null ? null
                    : json.readValue(versleuteling.ontsleutel(p.akkoordVersleuteld(), context(casusId, "plan", Integer.toString(versie))), Plan.Akkoord.class)));
        }
        return plannen;
    }

    /** What a goal is and who owns it, encrypted as one. */
    private record DoelTekst(String omschrijving, String eigenaar) {
    }

    private CasusDocument.@Nullable AfsluitingDoc afsluitingDoc(String casusId, @Nullable Afsluiting a) {
        if (a == null) {
            return null;
        }
        Afsluitformulier f = a.formulier();
        return new CasusDocument.AfsluitingDoc(a.reden().name(), a.door(), a.op(), f == null ? null : f.samenwerkingsvorm().name(),
                f == null ? null : versleuteling.versleutel(json.writeValueAsString(f), context(casusId, "afsluitformulier", "1")));
    }

    private Afsluiting afsluiting(String casusId, CasusDocument.AfsluitingDoc d) {
        return new Afsluiting(Afsluiting.Reden.valueOf(d.reden()), d.door(), d.op(), d.formulierVersleuteld() == null ? null
                : json.readValue(versleuteling.ontsleutel(d.formulierVersleuteld(), context(casusId, "afsluitformulier", "1")), Afsluitformulier.class));
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
                plannen(casusId, d.plannen()),
                d.hulp().stream().map(v -> new Vastlegging(v.op(), v.door())).toList(),
                d.eersteContactGesprekId(),
                d.afsluiting() == null ? null : afsluiting(casusId, d.afsluiting()),
                d.risicotaxaties().stream().map(t -> new Risicotaxatie(t.id(), Risicotaxatie.Instrument.valueOf(t.instrument()),
                        versleuteling.ontsleutel(t.uitkomstVersleuteld(), context(casusId, "risicotaxatie", t.id())), t.datum(), t.uitgevoerdDoor(),
                        t.vastgelegdDoor(), t.vastgelegdOp())).toList(),
                d.veiligheidsplannen().stream().map(v -> veiligheidsplan(casusId, v)).toList(),
                d.overdrachten().stream().map(o -> new Overdracht(o.van(), o.naar(), o.gezamenlijkGesprekId(),
                        List.of(json.readValue(versleuteling.ontsleutel(o.overgedragenVersleuteld(), context(casusId, "overdracht", o.op().toEpochMilli() + ":" + o.naar())),
                                String[].class)), o.door(), o.op())).toList(),
                d.dossieritems().stream().map(i -> new Dossieritem(i.id(), Dossieritem.Bron.valueOf(i.bron()), Dossieritem.Aard.valueOf(i.aard()),
                        versleuteling.ontsleutel(i.tekstVersleuteld(), context(casusId, "dossieritem", i.id())), i.kindId(), i.gesprekId(),
                        i.vastgelegdDoor(), i.vastgelegdOp())).toList(),
                d.evaluaties().stream().map(e -> new Evaluatie(e.id(), e.maanden(), e.doel(), e.gehoudenOp(), Evaluatie.Vervolg.valueOf(e.vervolg()),
                        e.nieuweAnalyseEnPlanVereist(), e.vastgelegdDoor(), e.vastgelegdOp(),
                        e.verslagVersleuteld() == null ? null : versleuteling.ontsleutel(e.verslagVersleuteld(), context(casusId, "evaluatie", e.id())),
                        e.verslagOp())).toList(),
                d.startoverlegVersleuteld() == null ? null
                        : json.readValue(versleuteling.ontsleutel(d.startoverlegVersleuteld(), context(casusId, "startoverleg", "1")), Startoverleg.class),
                d.gezinsfeedback().stream().map(f -> new Gezinsfeedback(f.gesprekId(), Gezinsfeedback.Voor.valueOf(f.voor()), f.kindId(), f.ouderId(),
                        new Gezinsfeedback.Scores(f.relatie(), f.doelen(), f.aanpak(), f.algemeen()),
                        f.weergave() == null ? Gezinsfeedback.Weergave.CIJFERS : Gezinsfeedback.Weergave.valueOf(f.weergave()), f.gegevenOp())).toList(),
                d.ouders().stream().map(o -> new Ouder(o.ouderId(), o.relatie())).toList()));
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
