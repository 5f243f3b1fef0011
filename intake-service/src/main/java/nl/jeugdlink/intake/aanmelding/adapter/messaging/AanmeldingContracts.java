package nl.jeugdlink.intake.aanmelding.adapter.messaging;

import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.intake.AanmeldingOntvangen;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.intake.aanmelding.domain.Aanmelding;
import nl.jeugdlink.intake.aanmelding.domain.AanmeldingEvent;

/**
 * Maps domain events to the published contract. Only ids and facts that consumers need leave the
 * intake: no names, no BSN, no birth dates.
 */
public final class AanmeldingContracts {

    /** A contract payload with the event type it is published as. */
    public record Uitgaand(EventType type, Record payload) {
    }

    private AanmeldingContracts() {
    }

    public static Uitgaand toContract(AanmeldingEvent event) {
        return switch (event) {
            case AanmeldingEvent.Ontvangen(Aanmelding a) -> new Uitgaand(IntakeEvents.AANMELDING_ONTVANGEN, new AanmeldingOntvangen(
                    a.id().toString(),
                    a.gemeente().cbsCode(),
                    a.soort().name(),
                    new AanmeldingOntvangen.Verwijzer(a.verwijzer().organisatie().name(), a.verwijzer().medewerkerId()),
                    a.minderjarigen().size(),
                    a.toestemming().gegeven(),
                    a.ontvangenOp()));
        };
    }
}
