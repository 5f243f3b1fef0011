package nl.jeugdlink.jbt.verzoek;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdlink.jbt.verzoek.domain.Formulier;
import nl.jeugdlink.jbt.verzoek.domain.Formulier.Bron;
import nl.jeugdlink.jbt.verzoek.domain.Formulier.Waardering;
import tools.jackson.databind.json.JsonMapper;

/** Bijlage 3 filled in as a regisseur of Ede would: every section, two children, two parents of whom one has gezag. */
public final class FormulierMother {

    /** Two BSNs that pass the eleven test. */
    public static final String BSN_KIND = "111222333";
    public static final String BSN_OUDER = "123456782";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FormulierMother() {
    }

    public static Formulier volledig(LocalDate vandaag) {
        return new Formulier(
                new Formulier.Verzoeker(vandaag.minusDays(3), "Sociaal Team Ede", "R. de Regisseur", "0318-000000", "regisseur@ede.example",
                        "Regisseur van het gezin sinds de aanmelding"),
                List.of(new Formulier.Kind("Jansen", "Sanne", "V", LocalDate.of(2013, 4, 2), "Ede", BSN_KIND, "Nederlandse", "Nederlander",
                                null, null, "Woont bij moeder", "Dorpsstraat 1, Ede", null, null, "De Regenboog, groep 8"),
                        new Formulier.Kind("Jansen", "Tim", "M", LocalDate.of(2018, 9, 20), "Ede", null, "Nederlandse", "Nederlander",
                                null, null, "Woont bij moeder", "Dorpsstraat 1, Ede", null, null, "De Regenboog, groep 3")),
                List.of(new Formulier.Ouder("Jansen", "Petra", LocalDate.of(1985, 1, 15), BSN_OUDER, "moeder", true, "Dorpsstraat 1, 6711 AA Ede, Nederland",
                                "06-00000000", null),
                        new Formulier.Ouder("Bakker", "Kees", LocalDate.of(1983, 6, 1), null, "vader", false, "Onbekend", null, null)),
                new Formulier.Onderbouwing("De samenwerking stagneert en de zorgen over de ontwikkeling nemen toe.",
                        "Een niet-vrijblijvend traject met evaluatie aan tafel.", "Afspraken uit het veiligheidsplan worden niet nagekomen.", false, null),
                new Formulier.Gezinsbeschrijving("Moeder met twee kinderen in een huurwoning.", "Scheiding in 2021.", "Vader ziet de kinderen niet.",
                        "Geen"),
                new Formulier.BeschikbareInformatie(
                        List.of(new Formulier.Feit("gedrag", Waardering.ZORG, "Sanne verzuimde in drie maanden 14 schooldagen.", Bron.ANDERE_BRON, "school"),
                                new Formulier.Feit("sociaal-emotioneel", Waardering.GAAT_GOED, "Tim heeft vriendjes op school.", Bron.OUDERS, null)),
                        List.of(new Formulier.Feit("schulden", Waardering.ZORG, "Moeder heeft schulden bij de woningcorporatie.", Bron.VERZOEKER, null)),
                        "Moeder wil veranderen maar komt afspraken niet na.", "Oma woont in de buurt en helpt soms.", "Moeder noemt oma en een buurvrouw."),
                new Formulier.Hulpaanbod(List.of(new Formulier.Hulp("Sociaal Team Ede", vandaag.minusMonths(10), null, "Gezinscoaching",
                                "Structuur in huis", "Wisselend", "Beperkt", "Meer drang nodig")),
                        true, "Moeder vindt de hulp te veel.", List.of(new Formulier.Rapport("Verslag gezinscoaching", vandaag.minusMonths(2)))),
                new Formulier.Veiligheid("School en regisseur zien verwaarlozing; moeder herkent het deels.", "Dagelijks naar school; oma kijkt mee.",
                        "School en oma", "Sociaal Team", "Als er niets verandert raken de kinderen verder achter en zijn ze thuis niet veilig.",
                        "Verhoogd risico", "LIRIK", 4),
                new Formulier.Bespreking(vandaag.minusDays(2), vandaag.minusDays(1), null, "Moeder is het er niet mee eens maar komt.",
                        "Sanne wil gehoord worden."),
                List.of(new Formulier.Referent("De Regenboog", "intern begeleider", vandaag.minusDays(2), "ib@regenboog.example")),
                List.of(new Formulier.Genodigde("Petra Jansen", "moeder, met een vertrouwenspersoon", "06-00000000"),
                        new Formulier.Genodigde("Sanne Jansen", "kind van 12 of ouder, apart", "via moeder")),
                new Formulier.Tolk(false, null),
                new Formulier.Ondertekening("R. de Regisseur", "regisseur", "T. Teamleider", vandaag.minusDays(1)));
    }

    /** The same form for a family that needs an Arabic interpreter and whose mother brings a trusted person. */
    public static Formulier metTolkEnVertrouwenspersoon(LocalDate vandaag) {
        Formulier f = volledig(vandaag);
        var genodigden = new java.util.ArrayList<>(f.genodigden());
        genodigden.add(new Formulier.Genodigde("Karin de Vries", "Vertrouwenspersoon", "karin.devries@example.org"));
        return new Formulier(f.verzoeker(), f.kinderen(), f.ouders(), f.onderbouwing(), f.gezinsbeschrijving(), f.informatie(), f.hulpaanbod(),
                f.veiligheid(), f.bespreking(), f.referenten(), genodigden, new Formulier.Tolk(true, "Arabisch"), f.ondertekening());
    }

    /** The same form without section 2.5. */
    public static Formulier zonderVeiligheid(LocalDate vandaag) {
        Formulier f = volledig(vandaag);
        return new Formulier(f.verzoeker(), f.kinderen(), f.ouders(), f.onderbouwing(), f.gezinsbeschrijving(), f.informatie(), f.hulpaanbod(),
                null, f.bespreking(), f.referenten(), f.genodigden(), f.tolk(), f.ondertekening());
    }

    public static String json(Formulier formulier) {
        return JSON.writeValueAsString(formulier);
    }
}
