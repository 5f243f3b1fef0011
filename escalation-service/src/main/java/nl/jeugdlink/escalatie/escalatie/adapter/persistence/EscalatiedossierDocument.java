package nl.jeugdlink.escalatie.escalatie.adapter.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.jeugdlink.escalatie.escalatie.domain.Escalatie;
import nl.jeugdlink.escalatie.escalatie.domain.Functie;
import nl.jeugdlink.escalatie.escalatie.domain.Gezinsinformatie;
import nl.jeugdlink.escalatie.escalatie.domain.Partij;
import nl.jeugdlink.escalatie.escalatie.domain.Situatie;
import nl.jeugdlink.escalatie.escalatie.domain.Stap;
import nl.jeugdlink.escalatie.escalatie.domain.Uitkomst;
import nl.jeugdlink.escalatie.escalatie.domain.Verslag;
import nl.jeugdlink.platform.outbox.AggregateDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The escalations of one traject as stored, keyed by its referral, with their outbox: one document,
 * one atomic write, and the events keyed as the deadline topic is. Dates as ISO texts, reactions as a
 * list (a participant's id may hold a dot, which a Mongo field name may not).
 */
@Document(EscalatiedossierDocument.COLLECTION)
class EscalatiedossierDocument extends AggregateDocument {

    static final String COLLECTION = "escalaties";

    record EscalatieDoc(String id, String casusId, String gemeenteCode, int situatie, List<String> partijen, String geopendDoor, Instant geopendOp,
            List<StapDoc> stappen, List<GezinDoc> gezin, List<VerslagDoc> verslagen) {

        static EscalatieDoc van(Escalatie e) {
            return new EscalatieDoc(e.id(), e.casusId(), e.gemeenteCode(), e.situatie().nummer(),
                    e.partijen().stream().map(Enum::name).sorted().toList(), e.geopendDoor(), e.geopendOp(),
                    e.stappen().stream().map(StapDoc::van).toList(), e.gezin().stream().map(GezinDoc::van).toList(),
                    e.verslagen().stream().map(VerslagDoc::van).toList());
        }

        Escalatie escalatie(String aanmeldingId) {
            Set<Partij> p = new TreeSet<>();
            partijen.forEach(code -> p.add(Partij.valueOf(code)));
            return new Escalatie(id, casusId, aanmeldingId, gemeenteCode, Situatie.van(situatie).orElseThrow(), p, geopendDoor, geopendOp,
                    stappen.stream().map(StapDoc::stap).toList(), gezin.stream().map(GezinDoc::informatie).toList(),
                    verslagen.stream().map(VerslagDoc::verslag).toList());
        }
    }

    record StapDoc(int nummer, String gezetDoor, String gezetAls, Instant gezetOp, boolean ambtelijkBetrokken, @Nullable String uitkomst,
            @Nullable String afgerondDoor, @Nullable Instant afgerondOp) {

        static StapDoc van(Stap s) {
            Uitkomst u = s.uitkomst();
            return new StapDoc(s.nummer(), s.gezetDoor(), s.gezetAls().name(), s.gezetOp(), s.ambtelijkBetrokken(), u == null ? null : u.name(),
                    s.afgerondDoor(), s.afgerondOp());
        }

        Stap stap() {
            return new Stap(nummer, gezetDoor, Functie.valueOf(gezetAls), gezetOp, ambtelijkBetrokken, uitkomst == null ? null : Uitkomst.valueOf(uitkomst),
                    afgerondDoor, afgerondOp);
        }
    }

    record GezinDoc(String moment, Instant op, String door, @Nullable Integer stap, @Nullable String uitleg) {

        static GezinDoc van(Gezinsinformatie g) {
            return new GezinDoc(g.moment().name(), g.op(), g.door(), g.stap(), g.uitleg());
        }

        Gezinsinformatie informatie() {
            return new Gezinsinformatie(Gezinsinformatie.Moment.valueOf(moment), op, door, stap, uitleg);
        }
    }

    record ReactieDoc(String deelnemer, boolean akkoord, Instant op, @Nullable String toelichting) {
    }

    record VerslagDoc(String id, int stap, String vergaderdOp, List<String> deelnemers, String tekst, String opgesteldDoor, Instant opgesteldOp,
            List<ReactieDoc> reacties, @Nullable Instant goedgekeurdOp) {

        static VerslagDoc van(Verslag v) {
            List<ReactieDoc> reacties = new ArrayList<>();
            v.reacties().forEach((wie, r) -> reacties.add(new ReactieDoc(wie, r.akkoord(), r.op(), r.toelichting())));
            reacties.sort(java.util.Comparator.comparing(ReactieDoc::op).thenComparing(ReactieDoc::deelnemer));
            return new VerslagDoc(v.id(), v.stap(), v.vergaderdOp().toString(), v.deelnemers(), v.tekst(), v.opgesteldDoor(), v.opgesteldOp(),
                    reacties, v.goedgekeurdOp());
        }

        Verslag verslag() {
            Map<String, Verslag.Reactie> r = new LinkedHashMap<>();
            reacties.forEach(d -> r.put(d.deelnemer(), new Verslag.Reactie(d.akkoord(), d.op(), d.toelichting())));
            return new Verslag(id, stap, LocalDate.parse(vergaderdOp), deelnemers, tekst, opgesteldDoor, opgesteldOp, r, goedgekeurdOp);
        }
    }

    @Id
    private String id;
    private String gemeenteCode;
    private List<EscalatieDoc> escalaties = new ArrayList<>();

    EscalatiedossierDocument(String id, String gemeenteCode) {
        this.id = id;
        this.gemeenteCode = gemeenteCode;
    }

    @Override
    public String getId() {
        return id;
    }

    String getGemeenteCode() {
        return gemeenteCode;
    }

    List<Escalatie> escalaties() {
        return escalaties.stream().map(e -> e.escalatie(id)).toList();
    }

    void zet(Escalatie escalatie) {
        EscalatieDoc doc = EscalatieDoc.van(escalatie);
        List<EscalatieDoc> nieuw = new ArrayList<>(escalaties);
        boolean vervangen = false;
        for (int i = 0; i < nieuw.size(); i++) {
            if (nieuw.get(i).id().equals(escalatie.id())) {
                nieuw.set(i, doc);
                vervangen = true;
            }
        }
        if (!vervangen) {
            nieuw.add(doc);
        }
        escalaties = nieuw;
    }
}
