package nl.jeugdlink.contracts.intake;

import java.util.List;
import nl.jeugdlink.contracts.EventType;

/** Every event the intake-service publishes. Key: the aanmelding id. */
public final class IntakeEvents {

    /** One topic for the aanmelding stream, so that one referral's events stay in order. */
    public static final String TOPIC = "jeugdlink.intake.aanmelding";

    public static final EventType AANMELDING_ONTVANGEN = new EventType(
            "AanmeldingOntvangen", 1, "nl.jeugdlink.intake.aanmelding-ontvangen.v1", TOPIC, AanmeldingOntvangen.class);

    public static final EventType AANMELDING_GESCREEND = new EventType(
            "AanmeldingGescreend", 1, "nl.jeugdlink.intake.aanmelding-gescreend.v1", TOPIC, AanmeldingGescreend.class);

    public static final EventType AANMELDING_AFGEWEZEN = new EventType(
            "AanmeldingAfgewezen", 1, "nl.jeugdlink.intake.aanmelding-afgewezen.v1", TOPIC, AanmeldingAfgewezen.class);

    public static final EventType STARTOVERLEG_GEPLAND = new EventType(
            "StartoverlegGepland", 1, "nl.jeugdlink.intake.startoverleg-gepland.v1", TOPIC, StartoverlegGepland.class);

    public static final EventType GEZINSCONTACT_GEDEELD = new EventType(
            "GezinscontactGedeeld", 1, "nl.jeugdlink.intake.gezinscontact-gedeeld.v1", TOPIC, GezinscontactGedeeld.class);

    public static final List<EventType> ALL = List.of(AANMELDING_ONTVANGEN, AANMELDING_GESCREEND, AANMELDING_AFGEWEZEN, STARTOVERLEG_GEPLAND,
            GEZINSCONTACT_GEDEELD);

    private IntakeEvents() {
    }
}
