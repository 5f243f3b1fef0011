package nl.jeugdlink.contracts.jbt;

import java.util.List;
import nl.jeugdlink.contracts.EventType;

/** Every event the jbt-service publishes. Key: the casus id, so a casus's JBT events stay in order with each other. */
public final class JbtEvents {

    /** One topic for the requests to the table and what became of them. */
    public static final String TOPIC = "jeugdlink.jbt.verzoek";

    public static final EventType JBT_VERZOEK_INGEDIEND = new EventType(
            "JbtVerzoekIngediend", 1, "nl.jeugdlink.jbt.jbt-verzoek-ingediend.v1", TOPIC, JbtVerzoekIngediend.class);

    public static final EventType JBT_VERZOEK_GEPLAND = new EventType(
            "JbtVerzoekGepland", 1, "nl.jeugdlink.jbt.jbt-verzoek-gepland.v1", TOPIC, JbtVerzoekGepland.class);

    public static final EventType JBT_WACHTTIJD_OVERSCHREDEN = new EventType(
            "JbtWachttijdOverschreden", 1, "nl.jeugdlink.jbt.jbt-wachttijd-overschreden.v1", TOPIC, JbtWachttijdOverschreden.class);

    public static final EventType JBT_VERZOEK_TERUGGESTUURD = new EventType(
            "JbtVerzoekTeruggestuurd", 1, "nl.jeugdlink.jbt.jbt-verzoek-teruggestuurd.v1", TOPIC, JbtVerzoekTeruggestuurd.class);

    public static final EventType JBT_BESLUIT_GENOMEN = new EventType(
            "JbtBesluitGenomen", 1, "nl.jeugdlink.jbt.jbt-besluit-genomen.v1", TOPIC, JbtBesluitGenomen.class);

    public static final EventType RAADSONDERZOEK_GEVRAAGD = new EventType(
            "RaadsonderzoekGevraagd", 1, "nl.jeugdlink.jbt.raadsonderzoek-gevraagd.v1", TOPIC, RaadsonderzoekGevraagd.class);

    public static final EventType JBT_VERSLAG_GEREED = new EventType(
            "JbtVerslagGereed", 1, "nl.jeugdlink.jbt.jbt-verslag-gereed.v1", TOPIC, JbtVerslagGereed.class);

    public static final EventType JBT_RAADSMEDEWERKER_TOEGEWEZEN = new EventType(
            "JbtRaadsmedewerkerToegewezen", 1, "nl.jeugdlink.jbt.jbt-raadsmedewerker-toegewezen.v1", TOPIC, JbtRaadsmedewerkerToegewezen.class);

    public static final EventType JBT_EVALUATIE_VASTGELEGD = new EventType(
            "JbtEvaluatieVastgelegd", 1, "nl.jeugdlink.jbt.jbt-evaluatie-vastgelegd.v1", TOPIC, JbtEvaluatieVastgelegd.class);

    public static final EventType JBT_GESPREK_VERPLAATST = new EventType(
            "JbtGesprekVerplaatst", 1, "nl.jeugdlink.jbt.jbt-gesprek-verplaatst.v1", TOPIC, JbtGesprekVerplaatst.class);

    public static final List<EventType> ALL = List.of(JBT_VERZOEK_INGEDIEND, JBT_VERZOEK_GEPLAND, JBT_WACHTTIJD_OVERSCHREDEN, JBT_VERZOEK_TERUGGESTUURD,
            JBT_BESLUIT_GENOMEN, RAADSONDERZOEK_GEVRAAGD, JBT_VERSLAG_GEREED, JBT_RAADSMEDEWERKER_TOEGEWEZEN, JBT_EVALUATIE_VASTGELEGD,
            JBT_GESPREK_VERPLAATST);

    private JbtEvents() {
    }
}
