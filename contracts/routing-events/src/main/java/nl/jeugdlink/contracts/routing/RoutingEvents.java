package nl.jeugdlink.contracts.routing;

import java.util.List;
import nl.jeugdlink.contracts.EventType;

/**
 * Every event the jeugdhulp-routing-service publishes about toewijzingen. Key: the casus id, not the
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

    public static final List<EventType> ALL = List.of(JEUGDHULP_TOEGEWEZEN, ZORGAANBIEDER_AFWIJZING, JEUGDHULP_GESTART, JEUGDHULP_GESTOPT);

    private RoutingEvents() {
    }
}
