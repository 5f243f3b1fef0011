package nl.jeugdlink.jbt.verzoek.adapter.persistence;

import nl.jeugdlink.platform.outbox.AggregateDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A casus as learned from the case-service; remembers the events applied, so a redelivered coupling is a duplicate. */
@Document("casussen")
class BekendeCasusDocument extends AggregateDocument {

    @Id
    private String id;
    private String aanmeldingId;
    private String gemeenteCode;
    private String dossierhouderId;
    private @Nullable String regisseurId;

    BekendeCasusDocument(String id, String aanmeldingId, String gemeenteCode, String dossierhouderId) {
        this.id = id;
        this.aanmeldingId = aanmeldingId;
        this.gemeenteCode = gemeenteCode;
        this.dossierhouderId = dossierhouderId;
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

    String dossierhouderId() {
        return dossierhouderId;
    }

    @Nullable String regisseurId() {
        return regisseurId;
    }

    void koppelRegisseur(String regisseurId) {
        this.regisseurId = regisseurId;
    }
}
