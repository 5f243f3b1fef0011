package nl.jeugdlink.intake.aanmelding;

/** Referral bodies for tests: a valid one, and valid ones with one thing changed. */
public final class AanmeldingRequestMother {

    private AanmeldingRequestMother() {
    }

    public static String geldig() {
        return jeugdlink("GM0228", "SOCIAAL_TEAM", "st-ede-0042");
    }

    public static String jeugdlink(String gemeenteCode, String organisatie, String medewerkerId) {
        return """
                {
                  "gemeenteCode": "%s",
                  "soort": "JEUGDLINK",
                  "verwijzer": { "organisatie": "%s", "medewerkerId": "%s", "email": "verwijzer@sociaalteam-ede.nl" },
                  "toestemming": { "gegeven": true, "datum": "2026-11-20", "vastgelegdDoor": "st-ede-0042" },
                  "minderjarigen": [ { "geboortedatum": "2015-03-02" }, { "geboortedatum": "2019-07-14" } ],
                  "vraag": "Zorgen over de veiligheid thuis; graag expertise van Veilig Thuis bij het gezin."
                }
                """.formatted(gemeenteCode, organisatie, medewerkerId);
    }

    public static String zonderToestemmingMetKinderen() {
        return geldig().replace("\"gegeven\": true", "\"gegeven\": false");
    }

    public static String anoniemConsult() {
        return """
                {
                  "gemeenteCode": "GM0345",
                  "soort": "ANONIEM_CONSULT",
                  "verwijzer": { "organisatie": "VEILIG_THUIS", "medewerkerId": "vt-0007", "email": "consult@veiligthuis.nl" },
                  "toestemming": { "gegeven": false },
                  "minderjarigen": [],
                  "vraag": "Hoe wegen we deze signalen zonder toestemming van de ouders?"
                }
                """;
    }
}
