package nl.jeugdlink.escalatie.termijn.adapter.messaging;

import java.util.function.Consumer;
import nl.jeugdlink.escalatie.termijn.application.BijhoudenTermijnen;
import nl.jeugdlink.escalatie.termijn.application.TrajectGeweigerd;
import nl.jeugdlink.escalatie.termijn.domain.Feit;
import nl.jeugdlink.platform.inbound.InboundEvent;
import nl.jeugdlink.platform.inbound.InboundEvents;
import nl.jeugdlink.platform.inbound.RejectedEventException;
import org.jspecify.annotations.Nullable;
import org.springframework.messaging.Message;

/**
 * What both listeners share: read the envelope, let the subclass turn the event into a fact about a
 * traject (or ignore its type), hand the fact to the clock and count the outcome. A refused fact
 * goes to the dead-letter topic.
 */
abstract class FeitListener implements Consumer<Message<byte[]>> {

    /** A fact about the traject of this referral, reported for this municipality. */
    record Gemeld(String aanmeldingId, String gemeenteCode, Feit feit) {
    }

    final InboundEvents inbound;
    private final BijhoudenTermijnen bijhouden;

    FeitListener(InboundEvents inbound, BijhoudenTermijnen bijhouden) {
        this.inbound = inbound;
        this.bijhouden = bijhouden;
    }

    /** The fact this event reports, or null for a type on the topic that starts or stops no deadline. */
    abstract @Nullable Gemeld lees(InboundEvent event);

    @Override
    public final void accept(Message<byte[]> message) {
        InboundEvent event = inbound.read(message);
        Gemeld gemeld = lees(event);
        if (gemeld == null) {
            inbound.record(event, InboundEvents.Outcome.IGNORED);
            return;
        }
        try {
            var uitkomst = bijhouden.verwerk(event.id(), gemeld.aanmeldingId(), gemeld.gemeenteCode(), gemeld.feit());
            inbound.record(event, uitkomst == BijhoudenTermijnen.Uitkomst.VERWERKT ? InboundEvents.Outcome.APPLIED : InboundEvents.Outcome.DUPLICATE);
        } catch (TrajectGeweigerd e) {
            throw new RejectedEventException(e.getMessage());
        }
    }

    /** The event's key (its subject) must be the aggregate its payload names. */
    static void onderwerpIs(InboundEvent event, String wat, String id) {
        if (!id.equals(event.subject())) {
            throw new RejectedEventException("subject " + event.subject() + " is not the " + wat + " " + id);
        }
    }
}
