package nl.jeugdlink.jbt.verzoek.adapter.persistence;

import java.util.LinkedHashSet;
import java.util.Set;
import nl.jeugdlink.platform.outbox.AggregateDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A casus as learned from the case-service; remembers the events applied, so a redelivered coupling is a duplicate, and
 * everyone who held its regie (the dossierhouder it opened with, every regisseur coupled), who were involved with the
 * family. Bounded by the casus's own history: one document per casus, never per person (a person's list would grow
 * with every casus they hold, and each write would rewrite it).
 */
@Document("casussen")
class BekendeCasusDocument extends AggregateDocument {

    @Id
    private String id;
    private String aanmeldingId;
    private String gemeenteCode;
    private String dossierhouderId;
    private @Nullable String regisseurId;
    /**
     * Everyone who held the regie. A casus stored before this field reads it as its dossierhouder (the constructor): its
     * earlier regisseurs were in {@code betrokkenheden}, which the start moves to {@code eerdere-betrokkenheden}.
     */
    private Set<String> regievoerders;

    BekendeCasusDocument(String id, String aanmeldingId, String gemeenteCode, String dossierhouderId) {
        this.id = id;
        this.aanmeldingId = aanmeldingId;
        this.gemeenteCode = gemeenteCode;
        this.dossierhouderId = dossierhouderId;
        this.regievoerders = new LinkedHashSet<>(Set.of(dossierhouderId));
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
        regievoerders.add(regisseurId);
    }

    /** Whether this person held the casus's regie at some time: the dossierhouder, the regisseur, or one before. */
    boolean hieldRegie(String medewerkerId) {
        return medewerkerId.equals(dossierhouderId) || medewerkerId.equals(regisseurId) || regievoerders.contains(medewerkerId);
    }
}
