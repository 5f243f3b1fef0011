package nl.jeugdlink.casus.casus.domain;

import java.time.Instant;
import java.util.List;

/**
 * One family's casus: one regisseur, one plan, one team. It opens from a referral; until a
 * regisseur of the Sociaal Team is coupled, the referrer holds the dossier.
 */
public final class Casus {

    private final CasusId id;
    private final String aanmeldingId;
    private final String gemeenteCode;
    private final Dossierhouder dossierhouder;
    private final Instant geopendOp;

    public Casus(CasusId id, String aanmeldingId, String gemeenteCode, Dossierhouder dossierhouder, Instant geopendOp) {
        this.id = id;
        this.aanmeldingId = aanmeldingId;
        this.gemeenteCode = gemeenteCode;
        this.dossierhouder = dossierhouder;
        this.geopendOp = geopendOp;
    }

    /** What the case-service needs to know of a received referral. */
    public record Aanmelding(String aanmeldingId, String gemeenteCode, String soort, String verwijzerOrganisatie,
            String verwijzerId, boolean toestemmingOuders) {
    }

    /** The result of opening: the casus and what happened. */
    public record Opening(Casus casus, List<CasusEvent> events) {
    }

    /**
     * Opens the casus of a referral with parental consent. An anonymous consult has no family on
     * record and opens nothing: the caller checks {@link #opentCasus(Aanmelding)} first.
     *
     * @throws CasusGeweigerd when the referral does not belong to this region or lacks consent
     */
    public static Opening open(Aanmelding aanmelding, Regio regio, Instant nu) {
        if (!regio.bedient(aanmelding.gemeenteCode())) {
            throw new CasusGeweigerd("gemeente " + aanmelding.gemeenteCode() + " hoort niet bij regio " + regio.naam());
        }
        if (!opentCasus(aanmelding)) {
            throw new CasusGeweigerd("aanmelding " + aanmelding.aanmeldingId() + " (" + aanmelding.soort() + ") opent geen casus");
        }
        Casus casus = new Casus(CasusId.uitAanmelding(aanmelding.aanmeldingId()), aanmelding.aanmeldingId(), aanmelding.gemeenteCode(),
                new Dossierhouder(Dossierhouder.Rol.VERWIJZER, aanmelding.verwijzerOrganisatie(), aanmelding.verwijzerId()), nu);
        return new Opening(casus, List.of(new CasusEvent.Geopend(casus)));
    }

    /** Only a referral with consent is about a family on record; an anonymous consult stays advice. */
    public static boolean opentCasus(Aanmelding aanmelding) {
        return !"ANONIEM_CONSULT".equals(aanmelding.soort()) && aanmelding.toestemmingOuders();
    }

    public CasusId id() {
        return id;
    }

    public String aanmeldingId() {
        return aanmeldingId;
    }

    public String gemeenteCode() {
        return gemeenteCode;
    }

    public Dossierhouder dossierhouder() {
        return dossierhouder;
    }

    public Instant geopendOp() {
        return geopendOp;
    }
}
