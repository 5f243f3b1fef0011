package nl.jeugdlink.contracts.escalatie;

import java.util.List;
import nl.jeugdlink.contracts.EventType;

/**
 * Every event the escalation-service publishes. Key: the aanmelding id, because a traject's first
 * deadline starts at the referral, before any casus exists; all deadlines of one family stay in order.
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

    public static final List<EventType> ALL = List.of(TERMIJN_GESTART, TERMIJN_GESTOPT, TERMIJN_OVERSCHREDEN,
            TERMIJN_OPGESCHORT, TERMIJN_HERVAT, TERMIJN_VERLENGD);

    private EscalationEvents() {
    }
}
