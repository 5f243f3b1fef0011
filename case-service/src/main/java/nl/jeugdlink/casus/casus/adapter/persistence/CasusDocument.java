package nl.jeugdlink.casus.casus.adapter.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdlink.platform.outbox.AggregateDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A casus as stored, with its pending outgoing events (see {@link AggregateDocument}). The team,
 * children, conversations and GW moments live inside it, so one write changes the casus and queues
 * its events. A conversation's summary is stored encrypted only.
 */
@Document("casussen")
class CasusDocument extends AggregateDocument {

    record DossierhouderDoc(String rol, String organisatie, String medewerkerId) {
    }

    /**
     * @param grondslag TOESTEMMING or AFWEGING; null in documents from before it was recorded (the consent of the referral)
     * @param afweging the documented weighing, its texts encrypted; null for consent
     */
    record TeamlidDoc(String medewerkerId, String rol, @Nullable String expertise, Instant vanaf, @Nullable Instant tot,
            @Nullable String grondslag, @Nullable AfwegingDoc afweging) {
    }

    record AfwegingDoc(String subsidiariteitVersleuteld, String proportionaliteitVersleuteld, String doelmatigheidVersleuteld,
            boolean gezinGeinformeerd, @Nullable String redenNietGeinformeerdVersleuteld) {
    }

    record KindDoc(String kindId, String leeftijdscategorie) {
    }

    record KindcontactDoc(String kindId, boolean gezien, boolean gesproken) {
    }

    record GesprekDoc(String gesprekId, String soort, Instant gehoudenOp, List<String> professionals, boolean gezinAanwezig,
            List<KindcontactDoc> kindcontacten, boolean netwerkUitgenodigd, boolean verslagGedeeldMetGezin, String samenvattingVersleuteld,
            String vastgelegdDoor, Instant vastgelegdOp) {
    }

    record GwMomentDoc(String moment, String gedragswetenschapperId, LocalDate datum, Instant vastgelegdOp) {
    }

    record VastleggingDoc(Instant op, String door) {
    }

    /**
     * A plan version; stored as {@code op} and {@code door} only before goals were kept (then versie, doelen and akkoord are null).
     *
     * @param akkoordVersleuteld the family's signature record as encrypted JSON
     */
    record PlanDoc(Instant op, String door, @Nullable Integer versie, @Nullable List<DoelDoc> doelen, @Nullable String akkoordVersleuteld) {
    }

    /** A goal: step and status in the clear, what it is and who owns it encrypted (bound to casus and goal). */
    record DoelDoc(String id, String stap, String tekstVersleuteld, String status) {
    }

    /**
     * @param samenwerkingsvorm the engagement of the closure form, in the clear (a monitoring figure); null before the form was kept
     * @param formulierVersleuteld the closure form's texts as one encrypted JSON; null before the form was kept
     */
    record AfsluitingDoc(String reden, String door, Instant op, @Nullable String samenwerkingsvorm, @Nullable String formulierVersleuteld) {
    }

    /** An evaluation; its minutes encrypted (bound to casus and evaluation), null until recorded. */
    record EvaluatieDoc(String id, int maanden, String doel, LocalDate gehoudenOp, String vervolg, boolean nieuweAnalyseEnPlanVereist, String vastgelegdDoor,
            Instant vastgelegdOp, @Nullable String verslagVersleuteld, @Nullable Instant verslagOp) {
    }

    /** A session rating; ouderId and weergave absent in ratings of before (the parents' shared link; figures). */
    record GezinsfeedbackDoc(String gesprekId, String voor, @Nullable String kindId, int relatie, int doelen, int aanpak, int algemeen,
            Instant gegevenOp, @Nullable String ouderId, @Nullable String weergave) {
    }

    /** A parent with custody as the screening named them: pseudonymous id and relation, no name. */
    record OuderDoc(String ouderId, String relatie) {
    }

    /** A dossier entry; its text encrypted, bound to casus and entry. */
    record DossieritemDoc(String id, String bron, String aard, String tekstVersleuteld, @Nullable String kindId, @Nullable String gesprekId,
            String vastgelegdDoor, Instant vastgelegdOp) {
    }

    /** A warm handover; what was passed on as one encrypted JSON list. */
    record OverdrachtDoc(String van, String naar, String gezamenlijkGesprekId, String overgedragenVersleuteld, String door, Instant op) {
    }

    /** A risk assessment; its outcome encrypted, bound to casus and assessment. */
    record RisicotaxatieDoc(String id, String instrument, String uitkomstVersleuteld, LocalDate datum, String uitgevoerdDoor, String vastgelegdDoor,
            Instant vastgelegdOp) {
    }

    /**
     * A version of the safety plan: the scores and dates in the clear (a series, and what the JBT and dashboards read),
     * every text (agreements, names, explanations, signatures) in one encrypted JSON, bound to casus and version.
     */
    record VeiligheidsplanDoc(int versie, int kindScoreOuder, int kindScoreProfessional, int oudersScoreOuder, int oudersScoreProfessional,
            LocalDate geldigVan, LocalDate geldigTot, LocalDate eersteEvaluatie, String opgesteldDoor, Instant vastgelegdOp, String tekstenVersleuteld) {
    }

    @Id
    private String id;
    @Indexed(unique = true)
    private String aanmeldingId;
    private String gemeenteCode;
    private DossierhouderDoc dossierhouder;
    private Instant geopendOp;
    private List<TeamlidDoc> team = new ArrayList<>();
    private List<KindDoc> kinderen = new ArrayList<>();
    private List<GesprekDoc> gesprekken = new ArrayList<>();
    private List<GwMomentDoc> gwMomenten = new ArrayList<>();
    private List<PlanDoc> plannen = new ArrayList<>();
    private List<VastleggingDoc> hulp = new ArrayList<>();
    private @Nullable String eersteContactGesprekId;
    private @Nullable AfsluitingDoc afsluiting;
    private List<RisicotaxatieDoc> risicotaxaties = new ArrayList<>();
    private List<VeiligheidsplanDoc> veiligheidsplannen = new ArrayList<>();
    private List<OverdrachtDoc> overdrachten = new ArrayList<>();
    private List<DossieritemDoc> dossieritems = new ArrayList<>();
    private List<EvaluatieDoc> evaluaties = new ArrayList<>();
    /** The startoverleg: its date in the clear, everything it agreed as one encrypted JSON; null until recorded. */
    private @Nullable String startoverlegVersleuteld;
    private @Nullable LocalDate startoverlegOp;
    /** The family's session ratings (seed 004): scores and who (OUDER, or KIND with its pseudonymous id), no names. */
    private List<GezinsfeedbackDoc> gezinsfeedback = new ArrayList<>();
    /** The parents with custody the screening named (each their own feedback link); absent in casussen of before. */
    private List<OuderDoc> ouders = new ArrayList<>();

    CasusDocument(String id, String aanmeldingId, String gemeenteCode, DossierhouderDoc dossierhouder, Instant geopendOp) {
        this.id = id;
        this.aanmeldingId = aanmeldingId;
        this.gemeenteCode = gemeenteCode;
        this.dossierhouder = dossierhouder;
        this.geopendOp = geopendOp;
    }

    /** Takes over the casus's changeable state; id, referral, municipality and opening never change. */
    void neemOver(DossierhouderDoc dossierhouder, List<TeamlidDoc> team, List<KindDoc> kinderen, List<GesprekDoc> gesprekken,
            List<GwMomentDoc> gwMomenten, List<PlanDoc> plannen, List<VastleggingDoc> hulp, @Nullable String eersteContactGesprekId,
            @Nullable AfsluitingDoc afsluiting, List<RisicotaxatieDoc> risicotaxaties, List<VeiligheidsplanDoc> veiligheidsplannen,
            List<OverdrachtDoc> overdrachten, List<DossieritemDoc> dossieritems, List<EvaluatieDoc> evaluaties,
            @Nullable String startoverlegVersleuteld, @Nullable LocalDate startoverlegOp) {
        this.startoverlegVersleuteld = startoverlegVersleuteld;
        this.startoverlegOp = startoverlegOp;
        this.evaluaties = new ArrayList<>(evaluaties);
        this.overdrachten = new ArrayList<>(overdrachten);
        this.dossieritems = new ArrayList<>(dossieritems);
        this.risicotaxaties = new ArrayList<>(risicotaxaties);
        this.veiligheidsplannen = new ArrayList<>(veiligheidsplannen);
        this.dossierhouder = dossierhouder;
        this.team = new ArrayList<>(team);
        this.kinderen = new ArrayList<>(kinderen);
        this.gesprekken = new ArrayList<>(gesprekken);
        this.gwMomenten = new ArrayList<>(gwMomenten);
        this.plannen = new ArrayList<>(plannen);
        this.hulp = new ArrayList<>(hulp);
        this.eersteContactGesprekId = eersteContactGesprekId;
        this.afsluiting = afsluiting;
    }

    @Override
    public String getId() {
        return id;
    }

    String aanmeldingId() {
        return aanmeldingId;
    }

    String gemeenteCode() {
        return gemeenteCode;
    }

    DossierhouderDoc dossierhouder() {
        return dossierhouder;
    }

    Instant geopendOp() {
        return geopendOp;
    }

    // Documents written before issue 4 lack the lists: they read as empty.

    List<TeamlidDoc> team() {
        return team == null ? List.of() : team;
    }

    List<KindDoc> kinderen() {
        return kinderen == null ? List.of() : kinderen;
    }

    List<GesprekDoc> gesprekken() {
        return gesprekken == null ? List.of() : gesprekken;
    }

    List<GwMomentDoc> gwMomenten() {
        return gwMomenten == null ? List.of() : gwMomenten;
    }

    List<PlanDoc> plannen() {
        return plannen == null ? List.of() : plannen;
    }

    List<VastleggingDoc> hulp() {
        return hulp == null ? List.of() : hulp;
    }

    @Nullable String eersteContactGesprekId() {
        return eersteContactGesprekId;
    }

    @Nullable AfsluitingDoc afsluiting() {
        return afsluiting;
    }

    List<RisicotaxatieDoc> risicotaxaties() {
        return risicotaxaties == null ? List.of() : risicotaxaties;
    }

    @Nullable String startoverlegVersleuteld() {
        return startoverlegVersleuteld;
    }

    @Nullable LocalDate startoverlegOp() {
        return startoverlegOp;
    }

    List<GezinsfeedbackDoc> gezinsfeedback() {
        return gezinsfeedback == null ? List.of() : gezinsfeedback;
    }

    void gezinsfeedback(List<GezinsfeedbackDoc> gezinsfeedback) {
        this.gezinsfeedback = new ArrayList<>(gezinsfeedback);
    }

    List<OuderDoc> ouders() {
        return ouders == null ? List.of() : ouders;
    }

    void ouders(List<OuderDoc> ouders) {
        this.ouders = new ArrayList<>(ouders);
    }

    List<EvaluatieDoc> evaluaties() {
        return evaluaties == null ? List.of() : evaluaties;
    }

    List<DossieritemDoc> dossieritems() {
        return dossieritems == null ? List.of() : dossieritems;
    }

    List<OverdrachtDoc> overdrachten() {
        return overdrachten == null ? List.of() : overdrachten;
    }

    List<VeiligheidsplanDoc> veiligheidsplannen() {
        return veiligheidsplannen == null ? List.of() : veiligheidsplannen;
    }
}
