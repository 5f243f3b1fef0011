package nl.jeugdlink.jbt.verzoek.domain;

/**
 * Need-to-know (ADR 0017) for a request to the JBT: behind the municipality wall, it is for the
 * chair of the table, the requester and the casus's regisseur; who may do what beyond seeing it is
 * the endpoint's role check. Filing is for the casus's regisseur (who holds the regie), or a Veilig
 * Thuis or GI professional of the municipality (seed 002:434).
 */
public final class Inzagebeleid {

    public static final String VOORZITTER = "jbt-voorzitter";
    public static final String REGISSEUR = "regisseur";

    private Inzagebeleid() {
    }

    /** @throws GeenInzage when this person may not see the request */
    public static void eisInzage(Verzoek verzoek, Medewerker medewerker) {
        eisGemeente(verzoek.gemeenteCode(), medewerker);
        boolean voorzitter = medewerker.rollen().contains(VOORZITTER);
        boolean indiener = verzoek.indiener() != null && verzoek.indiener().id().equals(medewerker.id());
        boolean regisseur = medewerker.id().equals(verzoek.regisseurId());
        if (!voorzitter && !indiener && !regisseur) {
            throw new GeenInzage("niet betrokken bij dit verzoek: geen voorzitter, verzoeker of regisseur van de casus");
        }
    }

    /** @throws GeenInzage when this person may not file a request for the casus in this role */
    public static void eisMagIndienen(BekendeCasus casus, Medewerker medewerker, String rol) {
        eisGemeente(casus.gemeenteCode(), medewerker);
        if (rol.equals(REGISSEUR) && !casus.regieVoerder().equals(medewerker.id())) {
            throw new GeenInzage("een regisseur dient alleen een verzoek in voor een casus waarvan hij de regie heeft");
        }
    }

    private static void eisGemeente(String gemeenteCode, Medewerker medewerker) {
        if (!medewerker.gemeenten().contains(gemeenteCode)) {
            throw new GeenInzage("geen toegang tot gegevens van gemeente " + gemeenteCode);
        }
    }
}
