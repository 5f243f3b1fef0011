package nl.jeugdlink.casus.casus.adapter.persistence;

import java.time.Instant;
import nl.jeugdlink.platform.outbox.AggregateDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A casus as stored, with its pending outgoing events (see {@link AggregateDocument}). */
@Document("casussen")
class CasusDocument extends AggregateDocument {

    record DossierhouderDoc(String rol, String organisatie, String medewerkerId) {
    }

    @Id
    private String id;
    @Indexed(unique = true)
    private String aanmeldingId;
    private String gemeenteCode;
    private DossierhouderDoc dossierhouder;
    private Instant geopendOp;

    CasusDocument(String id, String aanmeldingId, String gemeenteCode, DossierhouderDoc dossierhouder, Instant geopendOp) {
        this.id = id;
        this.aanmeldingId = aanmeldingId;
        this.gemeenteCode = gemeenteCode;
        this.dossierhouder = dossierhouder;
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

    DossierhouderDoc dossierhouder() {
        return dossierhouder;
    }

    Instant geopendOp() {
        return geopendOp;
    }
}
