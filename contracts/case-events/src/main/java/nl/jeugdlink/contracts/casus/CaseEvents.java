package nl.jeugdlink.contracts.casus;

import java.util.List;
import nl.jeugdlink.contracts.EventType;

/** Every event the case-service publishes on the casus stream. Key: the casus id (the request's id for the two inzage events). */
public final class CaseEvents {

    /** One topic for the casus stream, so that one casus's events stay in order. */
    public static final String TOPIC = "jeugdlink.casus.casus";

    public static final EventType CASUS_GEOPEND = new EventType(
            "CasusGeopend", 1, "nl.jeugdlink.casus.casus-geopend.v1", TOPIC, CasusGeopend.class);

    public static final EventType REGISSEUR_GEKOPPELD = new EventType(
            "RegisseurGekoppeld", 1, "nl.jeugdlink.casus.regisseur-gekoppeld.v1", TOPIC, RegisseurGekoppeld.class);

    public static final EventType GESPREK_VASTGELEGD = new EventType(
            "GesprekVastgelegd", 1, "nl.jeugdlink.casus.gesprek-vastgelegd.v1", TOPIC, GesprekVastgelegd.class);

    public static final EventType EERSTE_CONTACT_GELEGD = new EventType(
            "EersteContactGelegd", 1, "nl.jeugdlink.casus.eerste-contact-gelegd.v1", TOPIC, EersteContactGelegd.class);

    public static final EventType PLAN_VASTGESTELD = new EventType(
            "PlanVastgesteld", 1, "nl.jeugdlink.casus.plan-vastgesteld.v1", TOPIC, PlanVastgesteld.class);

    public static final EventType HULP_INGEZET = new EventType(
            "HulpIngezet", 1, "nl.jeugdlink.casus.hulp-ingezet.v1", TOPIC, HulpIngezet.class);

    public static final EventType CASUS_AFGESLOTEN = new EventType(
            "CasusAfgesloten", 1, "nl.jeugdlink.casus.casus-afgesloten.v1", TOPIC, CasusAfgesloten.class);

    public static final EventType VERSLAG_GEDEELD_MET_GEZIN = new EventType(
            "VerslagGedeeldMetGezin", 1, "nl.jeugdlink.casus.verslag-gedeeld-met-gezin.v1", TOPIC, VerslagGedeeldMetGezin.class);

    public static final EventType GEZINSFEEDBACK_GEVRAAGD = new EventType(
            "GezinsfeedbackGevraagd", 1, "nl.jeugdlink.casus.gezinsfeedback-gevraagd.v1", TOPIC, GezinsfeedbackGevraagd.class);

    public static final EventType VEILIGHEIDSPLAN_VASTGESTELD = new EventType(
            "VeiligheidsplanVastgesteld", 1, "nl.jeugdlink.casus.veiligheidsplan-vastgesteld.v1", TOPIC, VeiligheidsplanVastgesteld.class);

    public static final EventType EVALUATIE_GEHOUDEN = new EventType(
            "EvaluatieGehouden", 1, "nl.jeugdlink.casus.evaluatie-gehouden.v1", TOPIC, EvaluatieGehouden.class);

    public static final EventType EVALUATIEVERSLAG_VASTGELEGD = new EventType(
            "EvaluatieverslagVastgelegd", 1, "nl.jeugdlink.casus.evaluatieverslag-vastgelegd.v1", TOPIC, EvaluatieverslagVastgelegd.class);

    /** A request for a child's data filed (ADR 0031); key: the verzoekId (see the record). */
    public static final EventType INZAGEVERZOEK_ONTVANGEN = new EventType(
            "InzageverzoekOntvangen", 1, "nl.jeugdlink.casus.inzageverzoek-ontvangen.v1", TOPIC, InzageverzoekOntvangen.class);

    /** Its export complete; key: the verzoekId. */
    public static final EventType INZAGEVERZOEK_VOLTOOID = new EventType(
            "InzageverzoekVoltooid", 1, "nl.jeugdlink.casus.inzageverzoek-voltooid.v1", TOPIC, InzageverzoekVoltooid.class);

    public static final List<EventType> ALL = List.of(CASUS_GEOPEND, REGISSEUR_GEKOPPELD, GESPREK_VASTGELEGD, EERSTE_CONTACT_GELEGD, PLAN_VASTGESTELD, HULP_INGEZET,
            CASUS_AFGESLOTEN, VERSLAG_GEDEELD_MET_GEZIN, GEZINSFEEDBACK_GEVRAAGD, VEILIGHEIDSPLAN_VASTGESTELD, EVALUATIE_GEHOUDEN, EVALUATIEVERSLAG_VASTGELEGD,
            INZAGEVERZOEK_ONTVANGEN, INZAGEVERZOEK_VOLTOOID);

    private CaseEvents() {
    }
}
