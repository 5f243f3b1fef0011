package nl.jeugdlink.routing.toewijzing.adapter.messaging;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.casus.CaseEvents;
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
 * municipality. The stream's other events are acknowledged and ignored. Binding
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
        if (!CaseEvents.CASUS_GEOPEND.type().equals(event.type())) {
            inbound.record(event, InboundEvents.Outcome.IGNORED);
            return;
        }
        var violations = SchemaCheck.violations(CaseEvents.CASUS_GEOPEND, new String(event.data(), StandardCharsets.UTF_8));
        if (!violations.isEmpty()) {
            throw new UnreadableEventException("payload of " + event.type() + " " + event.id() + " breaks its schema: " + violations);
        }
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
