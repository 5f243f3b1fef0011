package nl.jeugdlink.routing.toewijzing.adapter.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdlink.platform.outbox.AggregateDocument;
import nl.jeugdlink.routing.ijw.adapter.persistence.VerzendendDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A casus as the routing stores it: what CasusGeopend said, its toewijzingen and its pending
 * outgoing events (see {@link AggregateDocument}), so that a toewijzing and its JeugdhulpToegewezen
 * are one write, and with the JW301 it makes due ({@link VerzendendDocument}, ADR 0047). The id is the casus id, which makes it the Kafka key of the events too.
 */
@Document(CasusDocument.COLLECTION)
class CasusDocument extends VerzendendDocument {

    static final String COLLECTION = "casussen";

    record ToewijzingDoc(String toewijzingId, long toewijzingNummer, String agbCode, @Nullable String productcategorie,
            @Nullable String productcode, LocalDate ingangsdatum, @Nullable LocalDate einddatum, @Nullable Integer volume,
            @Nullable String eenheid, @Nullable String frequentie, @Nullable Long budget, Instant toegewezenOp, String toegewezenDoor,
            @Nullable AfwijzingDoc afwijzing, @Nullable LeveringDoc levering,
            @Nullable OntvangstDoc ontvangst, @Nullable WijzigingDoc wijziging, @Nullable String referentieAanbieder, @Nullable String bepalingId,
            @Nullable String toewijzendeGemeente) {
    }

    /** The last intrekking: reason (JZ002), the einddatum before it, its number, when and by whom. */
    record WijzigingDoc(String redenWijziging, @Nullable LocalDate vorigeEinddatum, int volgnummer, Instant gewijzigdOp, String gewijzigdDoor,
            boolean instemmingAanbieder, @Nullable String vervangenDoor) {
    }

    /** The provider's JW302 on the JW301. */
    record OntvangstDoc(java.util.List<String> retourcodes, Instant ontvangenOp) {
    }

    /** The care as the provider reported it (JW305, JW307). */
    record LeveringDoc(LocalDate begindatum, Instant gestartGemeldOp, @Nullable LocalDate einddatum, @Nullable String redenBeeindiging,
            @Nullable Instant gestoptGemeldOp) {
    }

    /** A provider's decline. The toelichting is stored as written (not yet encrypted at rest: see the canvas). */
    record AfwijzingDoc(String afwijzingId, String grond, String reden, @Nullable String toelichting, Instant afgewezenOp, String afgewezenDoor,
            @Nullable ZoektochtDoc zoektocht, @Nullable Instant zoektochtAfgeslotenOp) {
    }

    /** Step 5 of a decline's search, with the RET's discussion (5B) and the escalation (6) once recorded. */
    record ZoektochtDoc(String route, Instant ingeschakeldOp, String ingeschakeldDoor, @Nullable BesprekingDoc bespreking,
            @Nullable OpschalingDoc opschaling) {
    }

    record BesprekingDoc(String uitkomst, Instant besprokenOp, String vastgelegdDoor) {
    }

    record OpschalingDoc(Instant opgeschaaldOp, String opgeschaaldDoor, @Nullable Instant bestuurlijkOp, @Nullable String bestuurlijkDoor) {
    }

    /** A bepaling jeugdhulp: its care in the toewijzing's stored shape, and the official's approval once given. */
    record BepalingDoc(String bepalingId, String agbCode, @Nullable String productcategorie, @Nullable String productcode, LocalDate ingangsdatum,
            @Nullable LocalDate einddatum, @Nullable Integer volume, @Nullable String eenheid, @Nullable String frequentie, @Nullable Long budget,
            List<LocalDate> evaluatiemomenten, LocalDate verwezenNaarLokaalTeamOp, boolean gecontracteerd, Instant bepaaldOp, String bepaaldDoor,
            @Nullable AkkoordDoc akkoord, @Nullable String verantwoordelijkeGemeente, @Nullable LocalDate lokaalTeamGeraadpleegdOp,
            @Nullable String giJeugdbeschermerId, @Nullable String giOrganisatie, @Nullable String voornemenId, @Nullable String route,
            @Nullable LocalDate zorgaanbiederGeraadpleegdOp, @Nullable String aanvraagVerzoekId, @Nullable Instant aanvraagOntvangenOp) {
    }

    /** An intended bepaling: its route (301/315) and the day step 1's term runs from. */
    record VoornemenDoc(String voornemenId, String route, LocalDate voorgenomenOp, Instant vastgelegdOp, String vastgelegdDoor,
            @Nullable String giJeugdbeschermerId, @Nullable String giOrganisatie, @Nullable RaadplegingDoc raadpleging) {
    }

    /** Step 1's consultation as it happened; the note is stored as written (free text, never published). */
    record RaadplegingDoc(LocalDate geraadpleegdOp, @Nullable String agbCode, @Nullable String notitie, Instant vastgelegdOp, String vastgelegdDoor,
            @Nullable String giJeugdbeschermerId, @Nullable String giOrganisatie) {
    }

    record AkkoordDoc(Instant gegevenOp, String gegevenDoor, String toelichting) {
    }

    @Id
    private String id;
    private String aanmeldingId;
    private String gemeenteCode;
    private Instant geopendOp;
    private @Nullable Instant afgeslotenOp;
    private List<ToewijzingDoc> toewijzingen = new ArrayList<>();
    private List<BepalingDoc> bepalingen = new ArrayList<>();
    private List<VoornemenDoc> voornemens = new ArrayList<>();

    CasusDocument(String id, String aanmeldingId, String gemeenteCode, Instant geopendOp) {
        this.id = id;
        this.aanmeldingId = aanmeldingId;
        this.gemeenteCode = gemeenteCode;
        this.geopendOp = geopendOp;
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

    Instant geopendOp() {
        return geopendOp;
    }

    @Nullable Instant afgeslotenOp() {
        return afgeslotenOp;
    }

    void sluit(@Nullable Instant op) {
        this.afgeslotenOp = op;
    }

    List<ToewijzingDoc> toewijzingen() {
        return toewijzingen == null ? List.of() : toewijzingen;
    }

    void neemOver(List<ToewijzingDoc> toewijzingen) {
        this.toewijzingen = new ArrayList<>(toewijzingen);
    }

    /** A casus stored before bepalingen existed has none. */
    List<BepalingDoc> bepalingen() {
        return bepalingen == null ? List.of() : bepalingen;
    }

    void neemBepalingenOver(List<BepalingDoc> bepalingen) {
        this.bepalingen = new ArrayList<>(bepalingen);
    }

    /** A casus stored before intentions existed has none. */
    List<VoornemenDoc> voornemens() {
        return voornemens == null ? List.of() : voornemens;
    }

    void neemVoornemensOver(List<VoornemenDoc> voornemens) {
        this.voornemens = new ArrayList<>(voornemens);
    }
}
