package nl.jeugdlink.jbt.verzoek.adapter.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdlink.platform.outbox.AggregateDocument;
import nl.jeugdlink.platform.outbox.PendingEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A request as stored, with its pending outgoing events (ADR 0016). The form (names, BSN, health,
 * safety) and the decision's texts are stored encrypted only, bound to this request.
 */
@Document("verzoeken")
class VerzoekDocument extends AggregateDocument {

    record IndienerDoc(String id, String rol) {
    }

    record TerugsturingDoc(String redenVersleuteld, String door, Instant op) {
    }

    /** Outcome, way of deciding and moment in the clear (counted, shown on the casus); the three items encrypted. */
    record BesluitDoc(String uitkomst, String besluitvorming, java.time.@Nullable LocalDate evaluatieMoment, String tekstenVersleuteld,
            String genomenDoor, Instant genomenOp) {
    }

    /**
     * {@code aanvang}: {@code HH:mm}, Dutch local time; absent in a planning stored before moments had a time of day.
     * {@code tijdstip}: the talk's own time within the moment, as {@code aanvang}; absent in a planning stored before talks had one.
     * {@code einde}: when that talk ends, as {@code aanvang}; absent in a planning stored before talks had an end.
     */
    record PlanningDoc(String tafel, java.time.LocalDate datum, boolean buurtafel, String geplandDoor, Instant geplandOp,
            @Nullable String raadContactpersoonId, @Nullable String giContactpersoonId, @Nullable String aanvang, @Nullable String tijdstip,
            @Nullable String einde) {
    }

    record WachttijdDoc(String tafel, java.time.@Nullable LocalDate eersteVrijeMoment, @Nullable String buurtafel,
            List<java.time.LocalDate> aanbod, String contactpersoonId, String vastgesteldDoor, Instant vastgesteldOp) {
    }

    /** One version of the report: its text encrypted, bound to this request. */
    record VerslagversieDoc(int nummer, String tekstVersleuteld, String vastgelegdDoor, Instant vastgelegdOp, Instant linkVerlooptOp) {
    }

    /** A reaction: its text encrypted, bound to this request; {@code indienerId} the requester's, absent for the parents'. */
    record ReactieDoc(int versie, String tekstVersleuteld, Instant op, @Nullable String indienerId) {
    }

    /** A parent's evaluation of the talk: the answers as codes, the free words encrypted, bound to this request. */
    record EvaluatieDoc(String gehoord, String duidelijk, int cijfer, String toelichtingVersleuteld, int versie, Instant op) {
    }

    /** The table's evaluation: codes in the clear (counted, published), the findings encrypted, bound to this request. */
    record TafelevaluatieDoc(String vorm, String afsprakenNagekomen, String vervolg, String bevindingenVersleuteld, String vastgelegdDoor,
            Instant vastgelegdOp) {
    }

    @Id
    private String id;
    private String casusId;
    private String aanmeldingId;
    private String gemeenteCode;
    private Instant geopendOp;
    private String status;
    private @Nullable String regisseurId;
    private @Nullable String soort;
    private @Nullable String gesprekstype;
    private @Nullable String formulierVersleuteld;
    private @Nullable IndienerDoc indiener;
    private @Nullable Instant ingediendOp;
    private List<TerugsturingDoc> terugsturingen = new ArrayList<>();
    private @Nullable BesluitDoc besluit;
    private @Nullable PlanningDoc planning;
    private List<WachttijdDoc> wachttijden = new ArrayList<>();
    private @Nullable String raadsmedewerkerId;
    private List<VerslagversieDoc> verslagversies = new ArrayList<>();
    private List<ReactieDoc> reacties = new ArrayList<>();
    private List<EvaluatieDoc> evaluaties = new ArrayList<>();
    private @Nullable TafelevaluatieDoc tafelevaluatie;

    VerzoekDocument(String id, String casusId, String aanmeldingId, String gemeenteCode, Instant geopendOp, String status) {
        this.id = id;
        this.casusId = casusId;
        this.aanmeldingId = aanmeldingId;
        this.gemeenteCode = gemeenteCode;
        this.geopendOp = geopendOp;
        this.status = status;
    }

    void neemOver(String status, @Nullable String regisseurId, @Nullable String soort, @Nullable String gesprekstype,
            @Nullable String formulierVersleuteld, @Nullable IndienerDoc indiener, @Nullable Instant ingediendOp,
            List<TerugsturingDoc> terugsturingen, @Nullable BesluitDoc besluit, @Nullable PlanningDoc planning, List<WachttijdDoc> wachttijden,
            @Nullable String raadsmedewerkerId) {
        this.status = status;
        this.regisseurId = regisseurId;
        this.soort = soort;
        this.gesprekstype = gesprekstype;
        this.formulierVersleuteld = formulierVersleuteld;
        this.indiener = indiener;
        this.ingediendOp = ingediendOp;
        this.terugsturingen = new ArrayList<>(terugsturingen);
        this.besluit = besluit;
        this.planning = planning;
        this.wachttijden = new ArrayList<>(wachttijden);
        this.raadsmedewerkerId = raadsmedewerkerId;
    }

    /** Appended only: what is stored stays as it was, so a retry never encrypts an older text again. */
    void neemVerslagOver(List<VerslagversieDoc> nieuweVersies, List<ReactieDoc> nieuweReacties, List<EvaluatieDoc> nieuweEvaluaties) {
        verslagversies = new ArrayList<>(verslagversies());
        verslagversies.addAll(nieuweVersies);
        reacties = new ArrayList<>(reacties());
        reacties.addAll(nieuweReacties);
        evaluaties = new ArrayList<>(evaluaties());
        evaluaties.addAll(nieuweEvaluaties);
    }

    /**
     * Every request of a casus publishes keyed by the casus, not by its own id: the topic is keyed by casus
     * (consumers check the subject against the casus id), and a casus's second request must not change that.
     */
    @Override
    public void publish(PendingEvent event) {
        super.publish(new PendingEvent(event.eventId(), event.type(), event.topic(), casusId, event.time(), event.data(), event.traceparent()));
    }

    @Nullable TafelevaluatieDoc tafelevaluatie() {
        return tafelevaluatie;
    }

    /** Written once: a stored evaluation keeps its ciphertext. */
    void neemTafelevaluatieOver(@Nullable TafelevaluatieDoc evaluatie) {
        if (tafelevaluatie == null) {
            tafelevaluatie = evaluatie;
        }
    }

    List<EvaluatieDoc> evaluaties() {
        return evaluaties == null ? List.of() : evaluaties;
    }

    List<VerslagversieDoc> verslagversies() {
        return verslagversies == null ? List.of() : verslagversies;
    }

    List<ReactieDoc> reacties() {
        return reacties == null ? List.of() : reacties;
    }

    @Nullable String raadsmedewerkerId() {
        return raadsmedewerkerId;
    }

    @Nullable PlanningDoc planning() {
        return planning;
    }

    List<WachttijdDoc> wachttijden() {
        return wachttijden == null ? List.of() : wachttijden;
    }

    @Override
    public String getId() {
        return id;
    }

    String casusId() {
        return casusId;
    }

    String aanmeldingId() {
        return aanmeldingId;
    }

    String gemeenteCode() {
        return gemeenteCode;
    }

    Instant geopendOp() {
        return geopendOp;
    }

    String status() {
        return status;
    }

    @Nullable String regisseurId() {
        return regisseurId;
    }

    @Nullable String soort() {
        return soort;
    }

    @Nullable String gesprekstype() {
        return gesprekstype;
    }

    @Nullable String formulierVersleuteld() {
        return formulierVersleuteld;
    }

    @Nullable IndienerDoc indiener() {
        return indiener;
    }

    @Nullable Instant ingediendOp() {
        return ingediendOp;
    }

    List<TerugsturingDoc> terugsturingen() {
        return terugsturingen;
    }

    @Nullable BesluitDoc besluit() {
        return besluit;
    }
}
