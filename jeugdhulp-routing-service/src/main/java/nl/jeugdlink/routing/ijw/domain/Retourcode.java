package nl.jeugdlink.routing.ijw.domain;

/**
 * A WJ001 retourcode with the rule it answers (IJW.md 1.8). Only the codes the routing gives are named.
 *
 * @param regel the CS/TR rule, or {@code -} for the general codes
 */
public record Retourcode(String code, String regel, String omschrijving) {

    public static final Retourcode TECHNISCHE_AFKEUR = new Retourcode("0001", "-", "Bericht is afgekeurd om technische redenen");
    public static final Retourcode GEEN_OPMERKING = new Retourcode("0200", "-", "Geen opmerking");
    public static final Retourcode BSN_ELFPROEF = new Retourcode("0001", "CS002", "Het BSN voldoet niet aan de 11-proef");
    public static final Retourcode BERICHTCODE = new Retourcode("0001", "RS047", "De BerichtCode hoort niet bij dit bericht");
    public static final Retourcode DAGTEKENING_IN_TOEKOMST = new Retourcode("8848", "TR135", "De dagtekening ligt na de datum van ontvangst");
    public static final Retourcode BERICHT_AL_ONTVANGEN = new Retourcode("9056", "TR056",
            "De BerichtIdentificatie is al eerder gebruikt voor dit soort bericht door deze afzender");
    public static final Retourcode REFERENTIE_AL_GEBRUIKT = new Retourcode("9347", "TR347",
            "De ReferentieAanbieder is al eerder gebruikt door deze aanbieder");
    /** [I] TR383's code is not in the digest's selection of WJ001; 9383 follows the TR-number pattern of 9347/9374. */
    public static final Retourcode REFERENTIE_DUBBEL_IN_BERICHT = new Retourcode("9383", "TR383",
            "De ReferentieAanbieder komt meer dan eens voor in dit verzoek");
    /** [I] TR386's code is not in WJ001 either; 9386 follows the same pattern (TR361, the JW317's twin rule, is 9361). */
    public static final Retourcode PRODUCT_OVERLAPT = new Retourcode("9386", "TR386",
            "Het product komt vaker voor in dit verzoek met overlappende perioden");
    public static final Retourcode VERZOEK_ONDERHANDEN = new Retourcode("9374", "TR374", "Er is al een verzoek onderhanden");
    public static final Retourcode ONTVANGER_ONBEKEND = new Retourcode("S300", "TR378", "De gemeentecode is geen gemeente van deze regio");
    public static final Retourcode HOORT_NIET_BIJ_TOEWIJZING = new Retourcode("9019", "TR019",
            "De start of stop hoort niet bij een toewijzing van deze aanbieder voor deze client");
    public static final Retourcode AL_GESTART = new Retourcode("9326", "TR326", "Er is al een actuele start voor deze toewijzing");
    public static final Retourcode EINDE_VOOR_BEGIN = new Retourcode("9018", "TR018", "De einddatum ligt voor de begindatum");
    public static final Retourcode GEEN_EERDERE_AANLEVERING = new Retourcode("9063", "TR063",
            "Het bericht kan niet verwerkt worden omdat geen eerder bericht ontvangen is");
    public static final Retourcode START_NA_STOP_NIET_VERWIJDERBAAR = new Retourcode("9071", "TR071",
            "Het eerdere startbericht kan niet verwijderd worden omdat de zorg al beeindigd is");

    /** A CD/CS rule of a requested product's block: technical rejection (0001) under the rule's JW315 name. */
    public static Retourcode productregel(Productregels.Schending schending) {
        return new Retourcode("0001", schending.regel().inVerzoek(), schending.reden());
    }
}
