package nl.jeugdlink.intake.aanmelding.adapter.messaging;

import java.util.UUID;
import java.util.function.Consumer;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.casus.CasusAfgesloten;
import nl.jeugdlink.intake.aanmelding.domain.AanmeldingId;
import nl.jeugdlink.intake.aanmelding.domain.Aanmeldingen;
import nl.jeugdlink.platform.inbound.InboundEvent;
import nl.jeugdlink.platform.inbound.InboundEvents;
import nl.jeugdlink.platform.inbound.RejectedEventException;
import org.springframework.messaging.Message;

/**
 * Follows the casus stream for one fact: a closed casus leaves the caseload of the professionals
 * coupled at screening. Binding {@code casus-in-0}; every other casus event is acknowledged and ignored.
 */
public class CasusListener implements Consumer<Message<byte[]>> {

    private final InboundEvents inbound;
    private final Aanmeldingen aanmeldingen;

    public CasusListener(InboundEvents inbound, Aanmeldingen aanmeldingen) {
        this.inbound = inbound;
        this.aanmeldingen = aanmeldingen;
    }

    @Override
    public void accept(Message<byte[]> message) {
        InboundEvent event = inbound.read(message);
        if (!CaseEvents.CASUS_AFGESLOTEN.type().equals(event.type())) {
            inbound.record(event, InboundEvents.Outcome.IGNORED);
            return;
        }
        CasusAfgesloten afgesloten = inbound.data(event, CaseEvents.CASUS_AFGESLOTEN, CasusAfgesloten.class);
        AanmeldingId id;
        try {
            id = new AanmeldingId(UUID.fromString(afgesloten.aanmeldingId()));
        } catch (IllegalArgumentException e) {
            throw new RejectedEventException("aanmeldingId " + afgesloten.aanmeldingId() + " is geen UUID");
        }
        boolean toegepast = aanmeldingen.casusAfgesloten(id, event.id());
        inbound.record(event, toegepast ? InboundEvents.Outcome.APPLIED : InboundEvents.Outcome.DUPLICATE);
    }
}
