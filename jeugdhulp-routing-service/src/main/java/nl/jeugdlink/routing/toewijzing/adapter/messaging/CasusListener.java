package nl.jeugdlink.routing.toewijzing.adapter.messaging;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.casus.CasusAfgesloten;
import nl.jeugdlink.contracts.casus.CasusGeopend;
import nl.jeugdlink.platform.inbound.InboundEvent;
import nl.jeugdlink.platform.inbound.InboundEvents;
import nl.jeugdlink.platform.inbound.RejectedEventException;
import nl.jeugdlink.platform.inbound.UnreadableEventException;
import nl.jeugdlink.routing.toewijzing.application.RecordingCasus;
import nl.jeugdlink.routing.toewijzing.domain.Casus;
import org.springframework.messaging.Message;

/**
 * Consumes the case-service's casus stream and takes in each opened casus (id, referral,
 * municipality), so the back office can assign care in it and the routing can check its
 * municipality, and each closed one, after which no care is assigned in it. The stream's other
 * events are acknowledged and ignored. Binding
 * {@code casussen-in-0}: group, retries, back-off and dead-letter topic are in application.yaml.
 * Unreadable and rejected events go to the dead-letter topic; a store outage is thrown on, so the
 * binding retries it.
 */
public class CasusListener implements Consumer<Message<byte[]>> {

    private final InboundEvents inbound;
    private final RecordingCasus recording;

    public CasusListener(InboundEvents inbound, RecordingCasus recording) {
        this.inbound = inbound;
        this.recording = recording;
    }

    @Override
    public void accept(Message<byte[]> message) {
        InboundEvent event = inbound.read(message);
        if (CaseEvents.CASUS_GEOPEND.type().equals(event.type())) {
            geopend(event);
        } else if (CaseEvents.CASUS_AFGESLOTEN.type().equals(event.type())) {
            afgesloten(event);
        } else {
            inbound.record(event, InboundEvents.Outcome.IGNORED);
        }
    }

    private void afgesloten(InboundEvent event) {
        schemaCheck(event, CaseEvents.CASUS_AFGESLOTEN);
        CasusAfgesloten afgesloten = inbound.data(event, CaseEvents.CASUS_AFGESLOTEN, CasusAfgesloten.class);
        if (!afgesloten.casusId().equals(event.subject())) {
            throw new RejectedEventException("subject " + event.subject() + " is not the casus " + afgesloten.casusId());
        }
        var uitkomst = recording.sluit(afgesloten.casusId(), afgesloten.afgeslotenOp());
        if (uitkomst == RecordingCasus.Uitkomst.ONBEKEND) {
            // Its CasusGeopend went to the dead-letter topic: this closure goes after it, so that replaying
            // the dead letters in order opens the casus and closes it again, instead of leaving it open.
            throw new RejectedEventException("casus " + afgesloten.casusId() + " closed, but the routing never took it in");
        }
        inbound.record(event, uitkomst == RecordingCasus.Uitkomst.OPGENOMEN ? InboundEvents.Outcome.APPLIED : InboundEvents.Outcome.DUPLICATE);
    }

    private static void schemaCheck(InboundEvent event, nl.jeugdlink.contracts.EventType type) {
        var violations = SchemaCheck.violations(type, new String(event.data(), StandardCharsets.UTF_8));
        if (!violations.isEmpty()) {
            throw new UnreadableEventException("payload of " + event.type() + " " + event.id() + " breaks its schema: " + violations);
        }
    }

    private void geopend(InboundEvent event) {
        schemaCheck(event, CaseEvents.CASUS_GEOPEND);
        CasusGeopend geopend = inbound.data(event, CaseEvents.CASUS_GEOPEND, CasusGeopend.class);
        if (!geopend.casusId().equals(event.subject())) {
            throw new RejectedEventException("subject " + event.subject() + " is not the casus " + geopend.casusId());
        }
        try {
            var uitkomst = recording.neemOp(new Casus.Geopend(geopend.casusId(), geopend.aanmeldingId(), geopend.gemeenteCode(), geopend.geopendOp()));
            inbound.record(event, uitkomst == RecordingCasus.Uitkomst.OPGENOMEN ? InboundEvents.Outcome.APPLIED : InboundEvents.Outcome.DUPLICATE);
        } catch (RecordingCasus.BuitenDeRegio e) {
            throw new RejectedEventException(e.getMessage());
        }
    }
}
