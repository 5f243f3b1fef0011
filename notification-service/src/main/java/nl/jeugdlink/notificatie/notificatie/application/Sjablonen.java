package nl.jeugdlink.notificatie.notificatie.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdlink.notificatie.notificatie.domain.Sjabloon;

/** The message templates, read once from {@code berichten/<name>.txt} on the class path; a missing one stops the start. */
public class Sjablonen {

    public static final String AANMELDING_ONTVANGEN = "aanmelding-ontvangen";
    public static final String AANMELDING_GESCREEND_VERWIJZER = "aanmelding-gescreend-verwijzer";
    public static final String AANMELDING_GESCREEND_PROFESSIONAL = "aanmelding-gescreend-professional";
    public static final String AANMELDING_AFGEWEZEN = "aanmelding-afgewezen";
    public static final String REGISSEUR_GEKOPPELD = "regisseur-gekoppeld";
    public static final String TERMIJN_OVERSCHREDEN = "termijn-overschreden";
    public static final String VERSLAG_VOOR_GEZIN = "verslag-voor-gezin";
    public static final String JBT_VERZOEK_TERUGGESTUURD = "jbt-verzoek-teruggestuurd";
    public static final String JBT_WACHTTIJD_OVERSCHREDEN = "jbt-wachttijd-overschreden";
    public static final String JBT_VERZOEK_GEPLAND = "jbt-verzoek-gepland";
    public static final String JBT_UITNODIGING_GEZIN = "jbt-uitnodiging-gezin";
    public static final String JBT_VERSLAG_GEZIN = "jbt-verslag-gezin";
    public static final String JBT_UITNODIGING_KIND = "jbt-uitnodiging-kind";
    public static final String JBT_UITNODIGING_KETENPARTNER = "jbt-uitnodiging-ketenpartner";
    public static final String JBT_VERSLAG_INDIENER = "jbt-verslag-indiener";
    public static final String ESCALATIE_GEZIN = "escalatie-gezin";
    public static final String TERMIJN_OPGESCHAALD = "termijn-opgeschaald";
    public static final String TERMIJN_OVERSCHRIJDING_INGETROKKEN = "termijn-overschrijding-ingetrokken";
    public static final String AANMELDING_NIEUW_SCREENER = "aanmelding-nieuw-screener";
    public static final String STARTOVERLEG_UITNODIGING = "startoverleg-uitnodiging";
    public static final String STARTOVERLEG_GEZIN = "startoverleg-gezin";
    public static final String GEZINSFEEDBACK_OUDER = "gezinsfeedback-ouder";
    public static final String GEZINSFEEDBACK_KIND = "gezinsfeedback-kind";
    public static final String JBT_BESLUIT_GEZIN = "jbt-besluit-gezin";
    public static final String JBT_BESLUIT_INDIENER = "jbt-besluit-indiener";
    public static final String JBT_UITNODIGING_RAADSMEDEWERKER = "jbt-uitnodiging-raadsmedewerker";
    public static final String JBT_UITNODIGING_VERTROUWENSPERSOON = "jbt-uitnodiging-vertrouwenspersoon";
    public static final String JBT_UITNODIGING_GENODIGDE = "jbt-uitnodiging-genodigde";
    public static final String JBT_BESLUIT_AFSPRAKEN = "jbt-besluit-afspraken";
    public static final String JBT_BESLUIT_GENODIGDE = "jbt-besluit-genodigde";
    public static final String ZORGAANBIEDER_AFWIJZING_BACKOFFICE = "zorgaanbieder-afwijzing-backoffice";
    public static final String ZORGAANBIEDER_AFWIJZING_JEUGDBESCHERMER = "zorgaanbieder-afwijzing-jeugdbeschermer";

    public static final List<String> NAMEN = List.of(AANMELDING_ONTVANGEN, AANMELDING_GESCREEND_VERWIJZER, AANMELDING_GESCREEND_PROFESSIONAL,
            AANMELDING_AFGEWEZEN, REGISSEUR_GEKOPPELD, TERMIJN_OVERSCHREDEN, VERSLAG_VOOR_GEZIN,
            JBT_VERZOEK_TERUGGESTUURD, JBT_WACHTTIJD_OVERSCHREDEN, JBT_VERZOEK_GEPLAND, JBT_UITNODIGING_GEZIN,
            JBT_VERSLAG_GEZIN, JBT_VERSLAG_INDIENER, JBT_UITNODIGING_KIND, JBT_UITNODIGING_KETENPARTNER, ESCALATIE_GEZIN, TERMIJN_OPGESCHAALD,
            TERMIJN_OVERSCHRIJDING_INGETROKKEN, AANMELDING_NIEUW_SCREENER, STARTOVERLEG_UITNODIGING, STARTOVERLEG_GEZIN, GEZINSFEEDBACK_OUDER,
            GEZINSFEEDBACK_KIND, JBT_BESLUIT_GEZIN, JBT_BESLUIT_INDIENER, JBT_UITNODIGING_RAADSMEDEWERKER, JBT_UITNODIGING_VERTROUWENSPERSOON,
            JBT_UITNODIGING_GENODIGDE, JBT_BESLUIT_AFSPRAKEN, JBT_BESLUIT_GENODIGDE, ZORGAANBIEDER_AFWIJZING_BACKOFFICE,
            ZORGAANBIEDER_AFWIJZING_JEUGDBESCHERMER);

    private final Map<String, Sjabloon> sjablonen = new LinkedHashMap<>();

    public Sjablonen() {
        for (String naam : NAMEN) {
            sjablonen.put(naam, Sjabloon.lees(naam, lees("berichten/" + naam + ".txt")));
        }
    }

    public Sjabloon get(String naam) {
        Sjabloon sjabloon = sjablonen.get(naam);
        if (sjabloon == null) {
            throw new IllegalArgumentException("no template " + naam);
        }
        return sjabloon;
    }

    private static String lees(String resource) {
        try (InputStream in = Sjablonen.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("template " + resource + " not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
