package nl.jeugdlink.jbt.verzoek.domain;

import org.jspecify.annotations.Nullable;

/**
 * A casus as the jbt-service knows it from the case-service's events: enough to say whether a
 * request may be filed for it and by which regisseur.
 *
 * @param casusId the casus id
 * @param aanmeldingId the referral the casus came from (the traject of its deadlines)
 * @param gemeenteCode the municipality responsible
 * @param regisseurId the regisseur coupled last; null until one is
 * @param dossierhouderId who holds the dossier at opening (the referrer), until a regisseur is coupled
 */
public record BekendeCasus(String casusId, String aanmeldingId, String gemeenteCode, @Nullable String regisseurId, String dossierhouderId) {

    /** The person who holds the regie now: the regisseur, or before one is coupled the dossierhouder. */
    public String regieVoerder() {
        return regisseurId != null ? regisseurId : dossierhouderId;
    }
}
