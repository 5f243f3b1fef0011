package nl.jeugdlink.contracts.intake;

import java.util.List;
import nl.jeugdlink.contracts.EventType;

/** Every event the intake-service publishes. Key: the aanmelding id. */
public final class IntakeEvents {

    /** One topic for the aanmelding stream, so that one referral's events stay in order. */
    public static final String TOPIC = "jeugdlink.intake.aanmelding";

    public static final EventType AANMELDING_ONTVANGEN = new EventType(
            "AanmeldingOntvangen", 1, "nl.jeugdlink.intake.aanmelding-ontvangen.v1", TOPIC, AanmeldingOntvangen.class);

    public static final List<EventType> ALL = List.of(AANMELDING_ONTVANGEN);

    private IntakeEvents() {
    }
}
