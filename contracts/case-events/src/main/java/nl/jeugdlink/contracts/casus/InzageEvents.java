package nl.jeugdlink.contracts.casus;

import java.util.List;
import nl.jeugdlink.contracts.EventType;

/**
 * A child's data on request (AVG art. 15, ADR 0031): the request of the case-service and the one reply type every answering
 * service publishes. The requester owns both. Key: the verzoekId. Apart from the casus stream (its own topic, its own key).
 */
public final class InzageEvents {

    /** One topic for the protocol: requests and parts of one request stay in order under its id. */
    public static final String TOPIC = "jeugdlink.casus.inzage";

    public static final EventType INZAGEVERZOEK_INGEDIEND = new EventType(
            "InzageverzoekIngediend", 1, "nl.jeugdlink.casus.inzageverzoek-ingediend.v1", TOPIC, InzageverzoekIngediend.class);

    public static final EventType INZAGEDEEL_GELEVERD = new EventType(
            "InzagedeelGeleverd", 1, "nl.jeugdlink.casus.inzagedeel-geleverd.v1", TOPIC, InzagedeelGeleverd.class);

    public static final List<EventType> ALL = List.of(INZAGEVERZOEK_INGEDIEND, INZAGEDEEL_GELEVERD);

    private InzageEvents() {
    }
}
