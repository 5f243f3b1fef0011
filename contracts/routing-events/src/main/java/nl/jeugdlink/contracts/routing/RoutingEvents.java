package nl.jeugdlink.contracts.routing;

import java.util.List;
import nl.jeugdlink.contracts.EventType;

/**
 * Every event the jeugdhulp-routing-service publishes about toewijzingen and the JW315 requests for them (those keyed by the
 * request, which is its own aggregate until a casus honours it). Key: the casus id, not the
 * toewijzing id: what a consumer must see in order spans the toewijzingen of one casus (a correction
 * is an intrekking of one toewijzing plus a new toewijzing with a new number, iJw procesbeschrijving
 * §3.3.2), and the service keeps a casus's toewijzingen in one aggregate, whose id is the casus id.
 */
public final class RoutingEvents {

    /** One topic for the toewijzingen, keyed by casus, so that one casus's toewijzingen stay in order. */
    public static final String TOPIC = "jeugdlink.routing.toewijzing";

    public static final EventType JEUGDHULP_TOEGEWEZEN = new EventType(
            "JeugdhulpToegewezen", 1, "nl.jeugdlink.routing.jeugdhulp-toegewezen.v1", TOPIC, JeugdhulpToegewezen.class);

    /** The platform's own event for a provider declining a toewijzing (iJw has no message for it). */
    public static final EventType ZORGAANBIEDER_AFWIJZING = new EventType(
            "ZorgaanbiederAfwijzing", 1, "nl.jeugdlink.routing.zorgaanbieder-afwijzing.v1", TOPIC, ZorgaanbiederAfwijzing.class);

    /** The provider's JW305 (Start Jeugdhulp) was accepted. */
    public static final EventType JEUGDHULP_GESTART = new EventType(
            "JeugdhulpGestart", 1, "nl.jeugdlink.routing.jeugdhulp-gestart.v1", TOPIC, JeugdhulpGestart.class);

    /** The provider's JW307 (Stop Jeugdhulp) was accepted. */
    public static final EventType JEUGDHULP_GESTOPT = new EventType(
            "JeugdhulpGestopt", 1, "nl.jeugdlink.routing.jeugdhulp-gestopt.v1", TOPIC, JeugdhulpGestopt.class);

    /** Step 5 after a decline: the provider network or the Regionaal Expertteam searches. */
    public static final EventType ZOEKTOCHT_INGESCHAKELD = new EventType(
            "ZoektochtIngeschakeld", 1, "nl.jeugdlink.routing.zoektocht-ingeschakeld.v1", TOPIC, ZoektochtIngeschakeld.class);

    /** Step 5B: the Regionaal Expertteam discussed the case. */
    public static final EventType RET_BESPROKEN = new EventType(
            "RetBesproken", 1, "nl.jeugdlink.routing.ret-besproken.v1", TOPIC, RetBesproken.class);

    /** Step 6: the GI team leader escalated to the region's contact person. */
    public static final EventType ZOEKTOCHT_OPGESCHAALD = new EventType(
            "ZoektochtOpgeschaald", 1, "nl.jeugdlink.routing.zoektocht-opgeschaald.v1", TOPIC, ZoektochtOpgeschaald.class);

    /** A new toewijzing to another provider closed the search. */
    public static final EventType ZOEKTOCHT_AFGESLOTEN = new EventType(
            "ZoektochtAfgesloten", 1, "nl.jeugdlink.routing.zoektocht-afgesloten.v1", TOPIC, ZoektochtAfgesloten.class);

    /** The back office brought a toewijzing's einddatum forward (an intrekking); the JW301 goes out again. */
    public static final EventType TOEWIJZING_GEWIJZIGD = new EventType(
            "ToewijzingGewijzigd", 1, "nl.jeugdlink.routing.toewijzing-gewijzigd.v1", TOPIC, ToewijzingGewijzigd.class);

    /** A provider's JW315 was accepted: one per requested product (keyed by the request, see the record). */
    public static final EventType JEUGDHULP_AANGEVRAAGD = new EventType(
            "JeugdhulpAangevraagd", 1, "nl.jeugdlink.routing.jeugdhulp-aangevraagd.v1", TOPIC, JeugdhulpAangevraagd.class);

    /** The municipality answered a requested product: a JW319 (rejected, in onderzoek) or a toewijzing's JW301. */
    public static final EventType VERZOEK_BEANTWOORD = new EventType(
            "VerzoekBeantwoord", 1, "nl.jeugdlink.routing.verzoek-beantwoord.v1", TOPIC, VerzoekBeantwoord.class);

    /** The provider withdrew an earlier start or stop (StatusAanlevering 3). */
    public static final EventType LEVERING_VERWIJDERD = new EventType(
            "LeveringVerwijderd", 1, "nl.jeugdlink.routing.levering-verwijderd.v1", TOPIC, LeveringVerwijderd.class);

    /** The bepaling jeugdhulp of a casus was recorded, with the municipality the woonplaatsbeginsel makes responsible. */
    public static final EventType JEUGDHULP_BEPAALD = new EventType(
            "JeugdhulpBepaald", 1, "nl.jeugdlink.routing.jeugdhulp-bepaald.v1", TOPIC, JeugdhulpBepaald.class);

    /** A bepaling jeugdhulp is intended on route 301 or 315: step 1's term counts from it. */
    public static final EventType BEPALING_VOORGENOMEN = new EventType(
            "BepalingVoorgenomen", 1, "nl.jeugdlink.routing.bepaling-voorgenomen.v1", TOPIC, BepalingVoorgenomen.class);

    /** Route 315 step 4: the provider's JW315 for the care of a bepaling arrived (linked by the casus's client and the provider). */
    public static final EventType BEPALING_AANGEVRAAGD = new EventType(
            "BepalingAangevraagd", 1, "nl.jeugdlink.routing.bepaling-aangevraagd.v1", TOPIC, BepalingAangevraagd.class);

    /** Step 1 of an intended bepaling was held: the local team (route 315: and a provider) consulted, on the day it happened. */
    public static final EventType LOKAAL_TEAM_GERAADPLEEGD = new EventType(
            "LokaalTeamGeraadpleegd", 1, "nl.jeugdlink.routing.lokaal-team-geraadpleegd.v1", TOPIC, LokaalTeamGeraadpleegd.class);

    public static final List<EventType> ALL = List.of(JEUGDHULP_TOEGEWEZEN, ZORGAANBIEDER_AFWIJZING, JEUGDHULP_GESTART, JEUGDHULP_GESTOPT,
            ZOEKTOCHT_INGESCHAKELD, RET_BESPROKEN, ZOEKTOCHT_OPGESCHAALD, ZOEKTOCHT_AFGESLOTEN, TOEWIJZING_GEWIJZIGD, JEUGDHULP_AANGEVRAAGD,
            VERZOEK_BEANTWOORD, LEVERING_VERWIJDERD, JEUGDHULP_BEPAALD, BEPALING_VOORGENOMEN, BEPALING_AANGEVRAAGD,
            LOKAAL_TEAM_GERAADPLEEGD);

    private RoutingEvents() {
    }
}
