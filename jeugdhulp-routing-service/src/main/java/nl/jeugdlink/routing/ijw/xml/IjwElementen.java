package nl.jeugdlink.routing.ijw.xml;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * The composite data types (CDT_*) the messages share, as records. Names follow the iJw elements: the
 * mapper writes {@code berichtCode} as {@code BerichtCode}; the order of the components is the XSD's sequence.
 */
public final class IjwElementen {

    /** BerichtVersie 3 and BerichtSubversie 2: CS025 and CS015. */
    public static final String VERSIE = "3";
    public static final String SUBVERSIE = "2";
    /** The version of the project's own schema, in every XsdVersie. */
    public static final XsdVersie XSD_VERSIE = new XsdVersie("1.0.0", "1.0.0");

    private IjwElementen() {
    }

    public record BerichtIdentificatie(String identificatie, LocalDate dagtekening) {
    }

    public record XsdVersie(String basisschemaXsdVersie, String berichtXsdVersie) {
    }

    /** The header of a heen-bericht; Afzender and Ontvanger are a CBS gemeentecode or an AGB code by direction. */
    public record Header(String berichtCode, String berichtVersie, String berichtSubversie, String afzender, String ontvanger,
            BerichtIdentificatie berichtIdentificatie, XsdVersie xsdVersie) {

        public static Header van(String berichtCode, String afzender, String ontvanger, BerichtIdentificatie identificatie) {
            return new Header(berichtCode, VERSIE, SUBVERSIE, afzender, ontvanger, identificatie, XSD_VERSIE);
        }
    }

    /** A retour's header: the heen-bericht's header copied, with the retour's own identification and codes. */
    public record RetourHeader(String berichtCode, String berichtVersie, String berichtSubversie, String afzender, String ontvanger,
            BerichtIdentificatie berichtIdentificatie, XsdVersie xsdVersie, String identificatieRetour, LocalDate dagtekeningRetour,
            XsdVersie xsdVersieRetour, @Nullable RetourCodes retourCodes) {

        public static RetourHeader op(Header heen, String retourCode, String identificatieRetour, LocalDate dagtekening,
                @Nullable RetourCodes codes) {
            return new RetourHeader(retourCode, VERSIE, SUBVERSIE, heen.afzender(), heen.ontvanger(), heen.berichtIdentificatie(), heen.xsdVersie(),
                    identificatieRetour, dagtekening, XSD_VERSIE, codes);
        }
    }

    /** One to three WJ001 codes. */
    public record RetourCodes(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "RetourCode") List<String> retourCode) {
    }

    public record Geboortedatum(LocalDate datum, @Nullable String datumGebruik) {
    }

    public record Geslachtsnaam(String achternaam, @Nullable String voorvoegsel) {
    }

    public record VolledigeNaam(Geslachtsnaam geslachtsnaam, @Nullable String voornamen, @Nullable String voorletters) {
    }

    public record VerkorteNaam(Geslachtsnaam geslachtsnaam, @Nullable String voorletters) {
    }

    public record Product(String categorie, @Nullable String code) {
    }

    public record Omvang(int volume, String eenheid, String frequentie) {
    }

    public record Verwijzer(String type, @Nullable String naam, @Nullable String zorgverlenerCode) {
    }
}
