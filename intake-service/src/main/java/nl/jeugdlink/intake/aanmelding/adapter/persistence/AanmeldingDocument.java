package nl.jeugdlink.intake.aanmelding.adapter.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdlink.platform.outbox.AggregateDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A referral as stored, with its pending outgoing events (see {@link AggregateDocument}). */
@Document("aanmeldingen")
class AanmeldingDocument extends AggregateDocument {

    record VerwijzerDoc(String organisatie, String medewerkerId, String email) {
    }

    record ToestemmingDoc(boolean gegeven, @Nullable LocalDate datum, @Nullable String vastgelegdDoor) {
    }

    /** The BSN only ever stored encrypted, bound to this referral. */
    record MinderjarigeDoc(LocalDate geboortedatum, @Nullable String bsnVersleuteld) {
    }

    @Id
    private String id;
    private String gemeenteCode;
    private String soort;
    private VerwijzerDoc verwijzer;
    private ToestemmingDoc toestemming;
    private List<MinderjarigeDoc> minderjarigen;
    private String vraag;
    private Instant ontvangenOp;

    AanmeldingDocument(String id, String gemeenteCode, String soort, VerwijzerDoc verwijzer, ToestemmingDoc toestemming,
            List<MinderjarigeDoc> minderjarigen, String vraag, Instant ontvangenOp) {
        this.id = id;
        this.gemeenteCode = gemeenteCode;
        this.soort = soort;
        this.verwijzer = verwijzer;
        this.toestemming = toestemming;
        this.minderjarigen = minderjarigen;
        this.vraag = vraag;
        this.ontvangenOp = ontvangenOp;
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

    VerwijzerDoc verwijzer() {
        return verwijzer;
    }

    ToestemmingDoc toestemming() {
        return toestemming;
    }

    List<MinderjarigeDoc> minderjarigen() {
        return minderjarigen;
    }

    String vraag() {
        return vraag;
    }

    Instant ontvangenOp() {
        return ontvangenOp;
    }
}
