package nl.jeugdlink.intake.aanmelding.adapter.messaging;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.casus.CasusAfgesloten;
import nl.jeugdlink.intake.aanmelding.domain.AanmeldingId;
import nl.jeugdlink.intake.aanmelding.domain.Aanmeldingen;
import nl.jeugdlink.platform.inbound.InboundEvent;
import nl.jeugdlink.platform.inbound.InboundEvents;
import nl.jeugdlink.platform.inbound.InboundHandlers;
import nl.jeugdlink.platform.inbound.RejectedEventException;
import nl.jeugdlink.platform.inbound.Subject;
import org.springframework.messaging.Message;

/**
 * Follows the casus stream for one fact: a closed casus leaves the caseload of the professionals
 * coupled at screening. Binding {@code casus-in-0} on the platform's handler table (ADR 0015), a poll
 * at a time (ADR 0018): every casus event passes here and nearly all are acknowledged and ignored, so
 * the binding pays its listener call per poll, not per event. The referral records the closure's
 * event id in the same write, so a second delivery is recognised without another read.
 */
public class CasusListener implements Consumer<Message<List<byte[]>>> {

    private final Consumer<Message<List<byte[]>>> table;
    private final Aanmeldingen aanmeldingen;

    public CasusListener(InboundHandlers handlers, Aanmeldingen aanmeldingen) {
        this.aanmeldingen = aanmeldingen;
        this.table = handlers.forBinding("casus-in-0")
                .onEvent(CaseEvents.CASUS_AFGESLOTEN, CasusAfgesloten.class,
                        Subject.of("casus", CasusAfgesloten::casusId).inMunicipality(CasusAfgesloten::gemeenteCode),
                        this::afgesloten)
                .buildBatch();
    }

    @Override
    public void accept(Message<List<byte[]>> batch) {
        table.accept(batch);
    }

    private InboundEvents.Outcome afgesloten(InboundEvent event, CasusAfgesloten afgesloten) {
        AanmeldingId id;
        try {
            id = new AanmeldingId(UUID.fromString(afgesloten.aanmeldingId()));
        } catch (IllegalArgumentException e) {
            throw new RejectedEventException("aanmeldingId " + afgesloten.aanmeldingId() + " is geen UUID");
        }
        return aanmeldingen.casusAfgesloten(id, event.id()) ? InboundEvents.Outcome.APPLIED : InboundEvents.Outcome.DUPLICATE;
    }
}
