package nl.jeugdlink.routing.ijw.adapter.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.jeugdlink.platform.outbox.AggregateDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An accepted JW315 as the routing stores it: the request (BSN encrypted, bound to the id), the answer per requested product and
 * its pending outgoing events (see {@link AggregateDocument}), so an answer and its VerzoekBeantwoord are one write. The id is the
 * verzoekId, which makes it the Kafka key of its events. Dates are ISO strings, as the request was stored before it had events.
 */
@Document(VerzoekDocument.COLLECTION)
class VerzoekDocument extends VerzendendDocument {

    static final String COLLECTION = MongoVerzoeken.VERZOEKEN;

    /** A requested product; {@code omvang} and {@code budget} are absent in requests stored before they were kept (issue 13). */
    record ProductDoc(String referentieAanbieder, @Nullable String categorie, @Nullable String code, String ingangsdatum,
            @Nullable String einddatum, @Nullable OmvangDoc omvang, @Nullable Long budget) {
    }

    record OmvangDoc(int volume, String eenheid, String frequentie) {
    }

    /** The answer to one requested product: the last one, a final answer replacing an "in onderzoek". */
    record AntwoordDoc(String referentieAanbieder, String soort, @Nullable String reden, @Nullable String woonplaatsGemeente,
            String identificatie, Instant gegevenOp, String gegevenDoor, @Nullable String casusId, @Nullable String toewijzingId) {
    }

    @Id
    private String id;
    private String aanbieder;
    private String gemeente;
    private String berichtIdentificatie;
    private String dagtekening;
    private String bsn;
    private List<ProductDoc> producten = new ArrayList<>();
    private @Nullable Instant ontvangenOp;
    private List<AntwoordDoc> antwoorden = new ArrayList<>();

    VerzoekDocument(String id, String aanbieder, String gemeente, String berichtIdentificatie, String dagtekening, String bsn,
            List<ProductDoc> producten, @Nullable Instant ontvangenOp) {
        this.id = id;
        this.aanbieder = aanbieder;
        this.gemeente = gemeente;
        this.berichtIdentificatie = berichtIdentificatie;
        this.dagtekening = dagtekening;
        this.bsn = bsn;
        this.producten = new ArrayList<>(producten);
        this.ontvangenOp = ontvangenOp;
    }

    @Override
    public String getId() {
        return id;
    }

    String aanbieder() {
        return aanbieder;
    }

    String gemeente() {
        return gemeente;
    }

    String berichtIdentificatie() {
        return berichtIdentificatie;
    }

    String dagtekening() {
        return dagtekening;
    }

    String bsn() {
        return bsn;
    }

    List<ProductDoc> producten() {
        return producten;
    }

    Optional<AntwoordDoc> antwoord(String referentieAanbieder) {
        return antwoorden == null ? Optional.empty()
                : antwoorden.stream().filter(a -> a.referentieAanbieder().equals(referentieAanbieder)).findFirst();
    }

    void zetAntwoord(AntwoordDoc antwoord) {
        if (antwoorden == null) {
            antwoorden = new ArrayList<>();
        }
        antwoorden.removeIf(a -> a.referentieAanbieder().equals(antwoord.referentieAanbieder()));
        antwoorden.add(antwoord);
    }
}
