package nl.jeugdlink.contracts.casus;

import java.util.List;
import nl.jeugdlink.contracts.EventType;

/** Every event the case-service publishes. Key: the casus id. */
public final class CaseEvents {

    /** One topic for the casus stream, so that one casus's events stay in order. */
    public static final String TOPIC = "jeugdlink.casus.casus";

    public static final EventType CASUS_GEOPEND = new EventType(
            "CasusGeopend", 1, "nl.jeugdlink.casus.casus-geopend.v1", TOPIC, CasusGeopend.class);

    public static final List<EventType> ALL = List.of(CASUS_GEOPEND);

    private CaseEvents() {
    }
}
