package nl.jeugdlink.contracts.escalatie;

import java.util.List;
import nl.jeugdlink.contracts.EventType;

/**
 * Every event the escalation-service publishes. Key: the aanmelding id, because a traject's first
 * deadline starts at the referral, before any casus exists; all deadlines and escalations of one family stay in order.
 */
public final class EscalationEvents {

    public static final String TOPIC = "jeugdlink.escalatie.termijn";

    public static final EventType TERMIJN_GESTART = new EventType(
            "TermijnGestart", 1, "nl.jeugdlink.escalatie.termijn-gestart.v1", TOPIC, TermijnGestart.class);

    public static final EventType TERMIJN_GESTOPT = new EventType(
            "TermijnGestopt", 1, "nl.jeugdlink.escalatie.termijn-gestopt.v1", TOPIC, TermijnGestopt.class);

    public static final EventType TERMIJN_OVERSCHREDEN = new EventType(
            "TermijnOverschreden", 1, "nl.jeugdlink.escalatie.termijn-overschreden.v1", TOPIC, TermijnOverschreden.class);

    public static final EventType TERMIJN_OPGESCHORT = new EventType(
            "TermijnOpgeschort", 1, "nl.jeugdlink.escalatie.termijn-opgeschort.v1", TOPIC, TermijnOpgeschort.class);

    public static final EventType TERMIJN_HERVAT = new EventType(
            "TermijnHervat", 1, "nl.jeugdlink.escalatie.termijn-hervat.v1", TOPIC, TermijnHervat.class);

    public static final EventType TERMIJN_VERLENGD = new EventType(
            "TermijnVerlengd", 1, "nl.jeugdlink.escalatie.termijn-verlengd.v1", TOPIC, TermijnVerlengd.class);

    public static final EventType TERMIJN_OPGESCHAALD = new EventType(
            "TermijnOpgeschaald", 1, "nl.jeugdlink.escalatie.termijn-opgeschaald.v1", TOPIC, TermijnOpgeschaald.class);

    /** A breach withdrawn: met on time by a fact that arrived after the breach (ADR 0041). */
    public static final EventType TERMIJN_OVERSCHRIJDING_INGETROKKEN = new EventType(
            "TermijnOverschrijdingIngetrokken", 1, "nl.jeugdlink.escalatie.termijn-overschrijding-ingetrokken.v1", TOPIC,
            TermijnOverschrijdingIngetrokken.class);

    public static final EventType ESCALATIE_GESTART = new EventType(
            "EscalatieGestart", 1, "nl.jeugdlink.escalatie.escalatie-gestart.v1", TOPIC, EscalatieGestart.class);

    public static final EventType ESCALATIESTAP_GEZET = new EventType(
            "EscalatiestapGezet", 1, "nl.jeugdlink.escalatie.escalatiestap-gezet.v1", TOPIC, EscalatiestapGezet.class);

    public static final EventType ESCALATIESTAP_AFGEROND = new EventType(
            "EscalatiestapAfgerond", 1, "nl.jeugdlink.escalatie.escalatiestap-afgerond.v1", TOPIC, EscalatiestapAfgerond.class);

    public static final EventType GEZIN_GEINFORMEERD_OVER_ESCALATIE = new EventType(
            "GezinGeinformeerdOverEscalatie", 1, "nl.jeugdlink.escalatie.gezin-geinformeerd-over-escalatie.v1", TOPIC, GezinGeinformeerdOverEscalatie.class);

    public static final EventType ESCALATIEVERSLAG_OPGESTELD = new EventType(
            "EscalatieverslagOpgesteld", 1, "nl.jeugdlink.escalatie.escalatieverslag-opgesteld.v1", TOPIC, EscalatieverslagOpgesteld.class);

    public static final EventType ESCALATIEVERSLAG_GOEDGEKEURD = new EventType(
            "EscalatieverslagGoedgekeurd", 1, "nl.jeugdlink.escalatie.escalatieverslag-goedgekeurd.v1", TOPIC, EscalatieverslagGoedgekeurd.class);

    /** The escalation model's events (seed 002, Bouwsteen 6), on the same topic and key as the deadlines their steps start. */
    public static final List<EventType> ESCALATIES = List.of(ESCALATIE_GESTART, ESCALATIESTAP_GEZET, ESCALATIESTAP_AFGEROND,
            GEZIN_GEINFORMEERD_OVER_ESCALATIE, ESCALATIEVERSLAG_OPGESTELD, ESCALATIEVERSLAG_GOEDGEKEURD);

    public static final List<EventType> ALL = List.of(TERMIJN_GESTART, TERMIJN_GESTOPT, TERMIJN_OVERSCHREDEN,
            TERMIJN_OPGESCHORT, TERMIJN_HERVAT, TERMIJN_VERLENGD, TERMIJN_OPGESCHAALD, TERMIJN_OVERSCHRIJDING_INGETROKKEN,
            ESCALATIE_GESTART, ESCALATIESTAP_GEZET, ESCALATIESTAP_AFGEROND,
            GEZIN_GEINFORMEERD_OVER_ESCALATIE, ESCALATIEVERSLAG_OPGESTELD, ESCALATIEVERSLAG_GOEDGEKEURD);

    private EscalationEvents() {
    }
}
