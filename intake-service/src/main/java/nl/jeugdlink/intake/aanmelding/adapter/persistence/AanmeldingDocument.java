package nl.jeugdlink.intake.aanmelding.adapter.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdlink.platform.outbox.AggregateDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A referral as stored, with its pending outgoing events (see {@link AggregateDocument}). What the
 * referrer wrote about the family (the form, the question, the referrer's contact details) is one
 * encrypted field bound to this referral's id; what the screening and the caseload need stays
 * readable: ids, codes, dates, status.
 */
@Document("aanmeldingen")
class AanmeldingDocument extends AggregateDocument {

    record ToestemmingDoc(boolean gegeven, @Nullable LocalDate datum, @Nullable String vastgelegdDoor) {
    }

    record KoppelingDoc(String medewerkerId, String expertise) {
    }

    record ScreeningDoc(String besluit, String gedragswetenschapperId, String teamleiderId, List<KoppelingDoc> koppelingen,
            @Nullable String reden, @Nullable String toelichtingVersleuteld, String vastgelegdDoor, Instant op) {
    }

    record StartoverlegDoc(Instant geplandOp, List<String> deelnemers, String geplandDoor, Instant vastgelegdOp) {
    }

    @Id
    private String id;
    private String gemeenteCode;
    private String soort;
    private String verwijzerOrganisatie;
    private String verwijzerId;
    private ToestemmingDoc toestemming;
    private String inhoudVersleuteld;
    private Instant ontvangenOp;
    private String status;
    private @Nullable ScreeningDoc screening;
    private @Nullable StartoverlegDoc startoverleg;
    /** Who is coupled while the casus is open: the caseload counts these, found through {@link CaseloadSleutels}. */
    private List<String> openKoppelingen = List.of();
    private boolean casusAfgesloten;
    /** The keyed hashes of the children's BSNs ({@link BsnIndex}); absent on a referral stored before the index, until the back-fill. */
    private @Nullable List<String> bsnSleutels;

    AanmeldingDocument(String id, String gemeenteCode, String soort, String verwijzerOrganisatie, String verwijzerId,
            ToestemmingDoc toestemming, String inhoudVersleuteld, Instant ontvangenOp, String status) {
        this.id = id;
        this.gemeenteCode = gemeenteCode;
        this.soort = soort;
        this.verwijzerOrganisatie = verwijzerOrganisatie;
        this.verwijzerId = verwijzerId;
        this.toestemming = toestemming;
        this.inhoudVersleuteld = inhoudVersleuteld;
        this.ontvangenOp = ontvangenOp;
        this.status = status;
    }

    @Override
    public String getId() {
        return id;
    }

    String gemeenteCode() {
        return gemeenteCode;
    }

    String soort() {
        return soort;
    }

    String verwijzerOrganisatie() {
        return verwijzerOrganisatie;
    }

    String verwijzerId() {
        return verwijzerId;
    }

    ToestemmingDoc toestemming() {
        return toestemming;
    }

    String inhoudVersleuteld() {
        return inhoudVersleuteld;
    }

    Instant ontvangenOp() {
        return ontvangenOp;
    }

    String status() {
        return status;
    }

    @Nullable ScreeningDoc screening() {
        return screening;
    }

    @Nullable StartoverlegDoc startoverleg() {
        return startoverleg;
    }

    boolean casusAfgesloten() {
        return casusAfgesloten;
    }

    List<String> openKoppelingen() {
        return openKoppelingen;
    }

    void wijzig(String nieuweStatus, @Nullable ScreeningDoc nieuweScreening, @Nullable StartoverlegDoc nieuwOverleg) {
        this.status = nieuweStatus;
        this.screening = nieuweScreening;
        this.startoverleg = nieuwOverleg;
        this.openKoppelingen = casusAfgesloten || nieuweScreening == null
                ? List.of()
                : nieuweScreening.koppelingen().stream().map(KoppelingDoc::medewerkerId).toList();
    }

    void bsnSleutels(List<String> sleutels) {
        this.bsnSleutels = sleutels;
    }

    void sluitCasus() {
        this.casusAfgesloten = true;
        this.openKoppelingen = List.of();
    }
}
