package nl.jeugdlink.intake.aanmelding;

/** Referral bodies for tests: complete Bijlage 1 and 2 forms, and valid ones with one thing changed. */
public final class AanmeldingRequestMother {

    private AanmeldingRequestMother() {
    }

    public static String geldig() {
        return jeugdlink("GM0228", "SOCIAAL_TEAM", "st-ede-0042");
    }

    private static final String GEZIN = """
              "minderjarigen": [
                { "naam": "Sam Voorbeeld", "geboortedatum": "2015-03-02", "geboorteland": "Nederland",
                  "adres": { "straat": "Stationsweg", "huisnummer": "12", "postcode": "6711 AB", "woonplaats": "Ede" } },
                { "naam": "Noa Voorbeeld", "geboortedatum": "2023-07-14" }
              ],
              "gezinsleden": [
                { "relatie": "BIOLOGISCHE_MOEDER", "naam": "Anna Voorbeeld", "geboortedatum": "1988-05-01", "telefoon": "06 12345678",
                  "email": "anna.voorbeeld@example.nl",
                  "adres": { "straat": "Stationsweg", "huisnummer": "12", "postcode": "6711AB", "woonplaats": "Ede" }, "gezag": true },
                { "relatie": "BIOLOGISCHE_VADER", "naam": "Bram Voorbeeld", "email": "bram.voorbeeld@example.nl", "gezag": false }
              ],
              "verblijftBij": "moeder",
              "instanties": [ { "naam": "Basisschool De Linde", "betrokkene": "intern begeleider", "telefoon": "0318-123456" } ],
            """;

    public static String jeugdlink(String gemeenteCode, String organisatie, String medewerkerId) {
        return """
                {
                  "gemeenteCode": "%s",
                  "soort": "JEUGDLINK",
                  "verwijzer": { "organisatie": "%s", "medewerkerId": "%s", "naam": "Jet Verwijzer", "telefoon": "0318 680 000",
                                 "email": "verwijzer@sociaalteam-ede.nl" },
                  "toestemming": { "gegeven": true, "datum": "2026-11-20", "vastgelegdDoor": "st-ede-0042" },
                %s
                  "jeugdlink": {
                    "watGaatGoed": "Moeder zoekt zelf hulp.",
                    "zorgen": "Spanningen thuis na de scheiding.",
                    "huiselijkGeweldOfKindermishandeling": true,
                    "arijUitkomst": "verhoogd risico",
                    "verwachting": "Samen met Veilig Thuis de veiligheid herstellen.",
                    "gewensteExpertise": ["VEILIG_THUIS"]
                  },
                  "problematiek": ["COMPLEXE_SCHEIDING", "HUISELIJK_GEWELD"],
                  "vraag": "Zorgen over de veiligheid thuis; graag expertise van Veilig Thuis bij het gezin."
                }
                """.formatted(gemeenteCode, organisatie, medewerkerId, GEZIN);
    }

    public static String zorgtafel(String gemeenteCode, String organisatie, String medewerkerId) {
        return """
                {
                  "gemeenteCode": "%s",
                  "soort": "ZORGTAFEL",
                  "verwijzer": { "organisatie": "%s", "medewerkerId": "%s", "naam": "Raad Medewerker", "telefoon": "+31 30 1234567",
                                 "email": "zorgtafel@rvdk.nl" },
                  "toestemming": { "gegeven": true, "datum": "2026-11-20", "vastgelegdDoor": "%s" },
                %s
                  "zorgtafel": {
                    "uitnodigen": "Beide ouders en de intern begeleider, omdat zij het kind dagelijks zien.",
                    "redenAanmelding": "Omgangsregeling loopt vast.",
                    "watMoetErGebeuren": "Afspraken over omgang die beide ouders steunen."
                  },
                  "problematiek": ["OMGANGSREGELING"],
                  "vraag": "Graag een zorgtafel."
                }
                """.formatted(gemeenteCode, organisatie, medewerkerId, medewerkerId, GEZIN);
    }

    public static String zonderToestemmingMetKinderen() {
        return geldig().replace("\"gegeven\": true", "\"gegeven\": false");
    }

    public static String anoniemConsult() {
        return """
                {
                  "gemeenteCode": "GM0345",
                  "soort": "ANONIEM_CONSULT",
                  "verwijzer": { "organisatie": "VEILIG_THUIS", "medewerkerId": "vt-0007", "naam": "Vera Thuis", "telefoon": "0800 2000",
                                 "email": "consult@veiligthuis.nl" },
                  "toestemming": { "gegeven": false },
                  "problematiek": ["ZORGMIJDING"],
                  "vraag": "Hoe wegen we deze signalen zonder toestemming van de ouders?"
                }
                """;
    }
}
