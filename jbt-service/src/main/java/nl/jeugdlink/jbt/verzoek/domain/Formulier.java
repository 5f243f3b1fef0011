package nl.jeugdlink.jbt.verzoek.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The form "Verzoek tot bespreking / verzoek tot raadsonderzoek" (Bijlage 3 of seed 000:453-650),
 * section by section. It holds personal data (names, BSN, health): it never leaves the jbt-service
 * on Kafka and is stored encrypted. {@link #gebreken} says, all at once, what keeps it from being filed.
 *
 * @param verzoeker 1.1, with the date of the spoorbesluit
 * @param kinderen 1.2, one per child
 * @param ouders 1.3, with who has gezag
 * @param onderbouwing 2.1, reasons and urgency with its evidence
 * @param gezinsbeschrijving 2.2
 * @param informatie 2.3, facts with their source, what goes well and the worries
 * @param hulpaanbod 2.4, the help so far, the parents' consent to ask for information, reports
 * @param veiligheid 2.5, mandatory ("invullen is absoluut noodzakelijk", 000:596)
 * @param bespreking 3, when parents and children received and discussed the request, their reaction
 * @param referenten 4, sources who agreed to how they are quoted
 * @param genodigden 4, whom to invite
 * @param tolk 5
 * @param ondertekening 6, under a manager's responsibility
 */
public record Formulier(
        @Nullable Verzoeker verzoeker,
        @Nullable List<Kind> kinderen,
        @Nullable List<Ouder> ouders,
        @Nullable Onderbouwing onderbouwing,
        @Nullable Gezinsbeschrijving gezinsbeschrijving,
        @Nullable BeschikbareInformatie informatie,
        @Nullable Hulpaanbod hulpaanbod,
        @Nullable Veiligheid veiligheid,
        @Nullable Bespreking bespreking,
        @Nullable List<Referent> referenten,
        @Nullable List<Genodigde> genodigden,
        @Nullable Tolk tolk,
        @Nullable Ondertekening ondertekening) {

    /** Reports attached may be at most this old (000:590). */
    public static final int RAPPORT_HOOGSTENS_JAREN_OUD = 2;

    public record Verzoeker(@Nullable LocalDate spoorbesluitDatum, @Nullable String organisatie, @Nullable String naam,
            @Nullable String telefoon, @Nullable String email, @Nullable String relatieTotGezin) {
    }

    public record Kind(@Nullable String achternaam, @Nullable String voornamen, @Nullable String geslacht, @Nullable LocalDate geboortedatum,
            @Nullable String geboorteplaats, @Nullable String bsn, @Nullable String nationaliteit, @Nullable String verblijfsstatus,
            @Nullable String telefoon, @Nullable String email, @Nullable String leefsituatie, @Nullable String verblijfadresBrp,
            @Nullable String feitelijkVerblijfadres, @Nullable String telefoonFeitelijkVerzorger, @Nullable String schoolOfDagbesteding) {
    }

    public record Ouder(@Nullable String achternaam, @Nullable String voornamen, @Nullable LocalDate geboortedatum, @Nullable String bsn,
            @Nullable String relatieTotKind, @Nullable Boolean gezag, @Nullable String woonadres, @Nullable String telefoon, @Nullable String email) {
    }

    public record Onderbouwing(@Nullable String aanleiding, @Nullable String visieOpVervolg, @Nullable String waaromVrijwilligNietVolstaat,
            @Nullable Boolean spoed, @Nullable String spoedOnderbouwing) {
    }

    public record Gezinsbeschrijving(@Nullable String huishoudenEnWonen, @Nullable String gezinsgeschiedenis, @Nullable String omgangsregeling,
            @Nullable String overigeKinderen) {
    }

    /** A fact, never an opinion (000:550), with its source and whether it goes well or worries. */
    public record Feit(@Nullable String onderwerp, @Nullable Waardering waardering, @Nullable String feit, @Nullable Bron bron,
            @Nullable String bronToelichting) {
    }

    public enum Waardering { GAAT_GOED, ZORG }

    public enum Bron { VERZOEKER, OUDERS, JEUGDIGEN, ANDERE_BRON }

    public record BeschikbareInformatie(@Nullable List<Feit> ontwikkelingKind, @Nullable List<Feit> opvoedingscontext,
            @Nullable String veranderbaarheidOuders, @Nullable String netwerk, @Nullable String netwerkVolgensOuders) {
    }

    public record Hulp(@Nullable String instantie, @Nullable LocalDate start, @Nullable LocalDate eind, @Nullable String traject,
            @Nullable String doel, @Nullable String verloop, @Nullable String resultaat, @Nullable String conclusie) {
    }

    public record Rapport(@Nullable String titel, @Nullable LocalDate datum) {
    }

    public record Hulpaanbod(@Nullable List<Hulp> chronologisch, @Nullable Boolean toestemmingOudersInformatieOpvragen,
            @Nullable String oordeelOuders, @Nullable List<Rapport> rapporten) {
    }

    /** Section 2.5: concerns and who shares them, agreements, who sees the child, regie; the statement; the risk assessment. */
    public record Veiligheid(@Nullable String zorgenEnWieDezeDeelt, @Nullable String afspraken, @Nullable String zichtOpKind,
            @Nullable String regie, @Nullable String veiligheidsuitspraak, @Nullable String risicotaxatieUitkomst,
            @Nullable String risicotaxatieInstrument, @Nullable Integer veiligheidsschaal) {
    }

    public record Bespreking(@Nullable LocalDate ontvangenDoorOudersEnKinderen, @Nullable LocalDate besprokenOp,
            @Nullable String redenNietBesproken, @Nullable String reactieOuders, @Nullable String reactieKinderen) {
    }

    public record Referent(@Nullable String instelling, @Nullable String functie, @Nullable LocalDate akkoordMetWeergaveOp,
            @Nullable String contact) {
    }

    public record Genodigde(@Nullable String naam, @Nullable String rol, @Nullable String contact) {
    }

    public record Tolk(@Nullable Boolean nodig, @Nullable String taal) {
    }

    public record Ondertekening(@Nullable String naam, @Nullable String functie, @Nullable String onderVerantwoordelijkheidVan,
            @Nullable LocalDate datum) {
    }

    /** One thing that keeps the form from being filed: the field (JSON path under {@code formulier}), the rule's code and why. */
    public record Gebrek(String veld, String regel, String uitleg) {
    }

    /** Whether the requester asked for urgency. */
    public boolean spoed() {
        return onderbouwing != null && Boolean.TRUE.equals(onderbouwing.spoed());
    }

    public int aantalKinderen() {
        return kinderen == null ? 0 : kinderen.size();
    }

    /** How many children are 12 or older on that day: they are invited separately, for part of the talk (002:434). */
    public int kinderenVanTwaalfOfOuderOp(LocalDate dag) {
        return kinderen == null ? 0 : (int) kinderen.stream()
                .filter(k -> k != null && k.geboortedatum() != null && !k.geboortedatum().plusYears(12).isAfter(dag)).count();
    }

    /** Every rule the form breaks, at once; empty when it can be filed. */
    public List<Gebrek> gebreken(LocalDate vandaag) {
        List<Gebrek> gebreken = new ArrayList<>();
        veiligheid(gebreken);
        if (verzoeker == null) {
            gebreken.add(verplicht("formulier.verzoeker", "Sectie 1.1 Verzoeker"));
        } else {
            verplicht(gebreken, verzoeker.spoorbesluitDatum(), "formulier.verzoeker.spoorbesluitDatum", "De datum van het besluit tot indiening (spoorbesluit)");
            verplicht(gebreken, verzoeker.organisatie(), "formulier.verzoeker.organisatie", "De organisatie van de verzoeker");
            verplicht(gebreken, verzoeker.naam(), "formulier.verzoeker.naam", "De naam van de verzoeker");
        }
        if (kinderen == null || kinderen.isEmpty()) {
            gebreken.add(verplicht("formulier.kinderen", "Sectie 1.2: ten minste één kind"));
        } else {
            for (int i = 0; i < kinderen.size(); i++) {
                Kind kind = kinderen.get(i);
                verplicht(gebreken, kind.achternaam(), "formulier.kinderen[" + i + "].achternaam", "De achternaam van het kind");
                verplicht(gebreken, kind.geboortedatum(), "formulier.kinderen[" + i + "].geboortedatum", "De geboortedatum van het kind");
                bsn(gebreken, kind.bsn(), "formulier.kinderen[" + i + "].bsn");
            }
        }
        if (ouders != null) {
            for (int i = 0; i < ouders.size(); i++) {
                bsn(gebreken, ouders.get(i).bsn(), "formulier.ouders[" + i + "].bsn");
                verplicht(gebreken, ouders.get(i).gezag(), "formulier.ouders[" + i + "].gezag", "Of deze ouder gezag heeft (wel of geen)");
            }
        }
        if (onderbouwing == null) {
            gebreken.add(verplicht("formulier.onderbouwing", "Sectie 2.1 Onderbouwing"));
        } else {
            verplicht(gebreken, onderbouwing.aanleiding(), "formulier.onderbouwing.aanleiding", "De aanleiding voor de JBT");
            if (spoed()) {
                verplicht(gebreken, onderbouwing.spoedOnderbouwing(), "formulier.onderbouwing.spoedOnderbouwing", "Bij spoed: de onderbouwing en de reden");
            }
        }
        if (hulpaanbod != null && hulpaanbod.rapporten() != null) {
            for (int i = 0; i < hulpaanbod.rapporten().size(); i++) {
                LocalDate datum = hulpaanbod.rapporten().get(i).datum();
                if (datum == null) {
                    gebreken.add(verplicht("formulier.hulpaanbod.rapporten[" + i + "].datum", "De datum van het rapport"));
                } else if (datum.isBefore(vandaag.minusYears(RAPPORT_HOOGSTENS_JAREN_OUD))) {
                    gebreken.add(new Gebrek("formulier.hulpaanbod.rapporten[" + i + "].datum", "nietOuderDanTweeJaar",
                            "Rapporten en onderzoeksgegevens zijn niet ouder dan twee jaar (000:590)."));
                }
            }
        }
        if (bespreking == null) {
            gebreken.add(verplicht("formulier.bespreking", "Sectie 3 Bespreking met betrokkenen"));
        } else {
            verplicht(gebreken, bespreking.ontvangenDoorOudersEnKinderen(), "formulier.bespreking.ontvangenDoorOudersEnKinderen",
                    "De datum waarop ouders en kinderen het verzoek ontvingen");
            if (bespreking.besprokenOp() == null && leeg(bespreking.redenNietBesproken())) {
                gebreken.add(new Gebrek("formulier.bespreking.redenNietBesproken", "verplicht",
                        "Niet besproken met ouders en kinderen: geef de reden (000:620)."));
            }
        }
        if (referenten != null) {
            for (int i = 0; i < referenten.size(); i++) {
                verplicht(gebreken, referenten.get(i).akkoordMetWeergaveOp(), "formulier.referenten[" + i + "].akkoordMetWeergaveOp",
                        "De datum waarop de bron akkoord ging met de weergave van de informatie");
            }
        }
        if (tolk != null && Boolean.TRUE.equals(tolk.nodig())) {
            verplicht(gebreken, tolk.taal(), "formulier.tolk.taal", "Bij een tolk: de taal");
        }
        if (ondertekening == null) {
            gebreken.add(verplicht("formulier.ondertekening", "Sectie 6 Ondertekening"));
        } else {
            verplicht(gebreken, ondertekening.naam(), "formulier.ondertekening.naam", "De naam van de verzoeker");
            verplicht(gebreken, ondertekening.onderVerantwoordelijkheidVan(), "formulier.ondertekening.onderVerantwoordelijkheidVan",
                    "De leidinggevende onder wiens verantwoordelijkheid het verzoek is ingediend");
            verplicht(gebreken, ondertekening.datum(), "formulier.ondertekening.datum", "De datum van ondertekening");
        }
        return gebreken;
    }

    /** Section 2.5 first: without it the form is never complete (000:596). */
    private void veiligheid(List<Gebrek> gebreken) {
        if (veiligheid == null) {
            gebreken.add(new Gebrek("formulier.veiligheid", "verplicht",
                    "Sectie 2.5 Veiligheid en gemaakte afspraken is verplicht: invullen is absoluut noodzakelijk."));
            return;
        }
        verplicht(gebreken, veiligheid.zorgenEnWieDezeDeelt(), "formulier.veiligheid.zorgenEnWieDezeDeelt", "De zorgen over de veiligheid en wie ze deelt");
        verplicht(gebreken, veiligheid.afspraken(), "formulier.veiligheid.afspraken", "De afspraken over het borgen van de veiligheid");
        verplicht(gebreken, veiligheid.veiligheidsuitspraak(), "formulier.veiligheid.veiligheidsuitspraak",
                "De veiligheidsuitspraak: de grootste zorg voor het kind als er niets verandert");
        verplicht(gebreken, veiligheid.risicotaxatieUitkomst(), "formulier.veiligheid.risicotaxatieUitkomst", "De uitkomst van de risicotaxatie");
        verplicht(gebreken, veiligheid.risicotaxatieInstrument(), "formulier.veiligheid.risicotaxatieInstrument", "Het gebruikte instrument");
        Integer schaal = veiligheid.veiligheidsschaal();
        if (schaal != null && (schaal < 0 || schaal > 10)) {
            gebreken.add(new Gebrek("formulier.veiligheid.veiligheidsschaal", "bereik", "De veiligheidsschaal loopt van 0 tot en met 10."));
        }
    }

    private static void bsn(List<Gebrek> gebreken, @Nullable String bsn, String veld) {
        if (bsn != null && !geldigBsn(bsn)) {
            gebreken.add(new Gebrek(veld, "elfproef", "Een BSN heeft negen cijfers en voldoet aan de elfproef."));
        }
    }

    /** The eleven test of a BSN (nine digits, weights 9..2 and -1). */
    static boolean geldigBsn(String bsn) {
        if (!bsn.matches("[0-9]{9}")) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (bsn.charAt(i) - '0');
        }
        som -= bsn.charAt(8) - '0';
        return som % 11 == 0;
    }

    private static void verplicht(List<Gebrek> gebreken, @Nullable Object waarde, String veld, String wat) {
        if (waarde == null || (waarde instanceof String s && leeg(s))) {
            gebreken.add(verplicht(veld, wat));
        }
    }

    private static Gebrek verplicht(String veld, String wat) {
        return new Gebrek(veld, "verplicht", wat + " is verplicht.");
    }

    private static boolean leeg(@Nullable String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
