package nl.jeugdlink.escalatie.termijn.adapter.messaging;

import nl.jeugdlink.escalatie.termijn.application.BijhoudenTermijnen;
import nl.jeugdlink.escalatie.termijn.application.TrajectGeweigerd;
import nl.jeugdlink.escalatie.termijn.domain.Feit;
import nl.jeugdlink.platform.inbound.InboundEvent;
import nl.jeugdlink.platform.inbound.InboundEvents;
import nl.jeugdlink.platform.inbound.RejectedEventException;

/** Hands a fact to the clock and counts the outcome; a refused fact goes to the dead-letter topic. */
final class FeitVerwerker {

    private final InboundEvents inbound;
    private final BijhoudenTermijnen bijhouden;

    FeitVerwerker(InboundEvents inbound, BijhoudenTermijnen bijhouden) {
        this.inbound = inbound;
        this.bijhouden = bijhouden;
    }

    void verwerk(InboundEvent event, String aanmeldingId, String gemeenteCode, Feit feit) {
        try {
            var uitkomst = bijhouden.verwerk(event.id(), aanmeldingId, gemeenteCode, feit);
            inbound.record(event, uitkomst == BijhoudenTermijnen.Uitkomst.VERWERKT ? InboundEvents.Outcome.APPLIED : InboundEvents.Outcome.DUPLICATE);
        } catch (TrajectGeweigerd e) {
            throw new RejectedEventException(e.getMessage());
        }
    }
}
