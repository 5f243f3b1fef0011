package nl.jeugdlink.routing.toewijzing.adapter.messaging;

import java.util.List;
import java.util.function.Consumer;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.casus.CasusAfgesloten;
import nl.jeugdlink.contracts.casus.CasusGeopend;
import nl.jeugdlink.platform.inbound.BatchEventHandler;
import nl.jeugdlink.platform.inbound.InboundEvent;
import nl.jeugdlink.platform.inbound.InboundEvents;
import nl.jeugdlink.platform.inbound.InboundHandlers;
import nl.jeugdlink.platform.inbound.RejectedEventException;
import nl.jeugdlink.platform.inbound.Subject;
import nl.jeugdlink.routing.toewijzing.application.RecordingCasus;
import nl.jeugdlink.routing.toewijzing.domain.Casus;
import org.springframework.messaging.Message;

/**
 * Consumes the case-service's casus stream and takes in each opened casus (id, referral,
 * municipality), so the back office can assign care in it and the routing can check its
 * municipality, and each closed one, after which no care is assigned in it. The stream's other
 * events are acknowledged and ignored. Binding {@code casussen-in-0} on the platform's handler table
 * (ADR 0015): envelope, schema, subject and region are checked there, retries and the dead-letter
 * topic are platform defaults. A poll at a time (ADR 0018): the table checks, retries and dead-letters each record on its own; a run of
 * CasusGeopend is taken in with one bulk insert under the casus ids ({@code onEvents}, issue 11: one write per poll instead of one
 * per event), a closure one read by {@code _id} and a write only when it closes the casus now.
 */
public class CasusListener implements Consumer<Message<List<byte[]>>> {

    private final Consumer<Message<List<byte[]>>> table;
    private final RecordingCasus recording;

    public CasusListener(InboundHandlers handlers, RecordingCasus recording) {
        this.recording = recording;
        this.table = handlers.forBinding("casussen-in-0")
                .onEvents(CaseEvents.CASUS_GEOPEND, CasusGeopend.class,
                        Subject.of("casus", CasusGeopend::casusId).inMunicipality(CasusGeopend::gemeenteCode), new Opnemen(recording))
                .onEvent(CaseEvents.CASUS_AFGESLOTEN, CasusAfgesloten.class,
                        Subject.of("casus", CasusAfgesloten::casusId).inMunicipality(CasusAfgesloten::gemeenteCode), this::afgesloten)
                .buildBatch();
    }

    @Override
    public void accept(Message<List<byte[]>> poll) {
        table.accept(poll);
    }

    /** A run of CasusGeopend: each read into the casus it opens, all inserted together; a casus already known is a duplicate. */
    private record Opnemen(RecordingCasus recording) implements BatchEventHandler<CasusGeopend, Casus.Geopend> {

        @Override
        public Casus.Geopend prepare(InboundEvent event, CasusGeopend geopend) {
            return new Casus.Geopend(geopend.casusId(), geopend.aanmeldingId(), geopend.gemeenteCode(), geopend.geopendOp());
        }

        @Override
        public List<InboundEvents.Outcome> write(List<Casus.Geopend> geopend) {
            return recording.neemOp(geopend).stream()
                    .map(u -> u == RecordingCasus.Uitkomst.OPGENOMEN ? InboundEvents.Outcome.APPLIED : InboundEvents.Outcome.DUPLICATE).toList();
        }
    }

    private InboundEvents.Outcome afgesloten(InboundEvent event, CasusAfgesloten afgesloten) {
        var uitkomst = recording.sluit(afgesloten.casusId(), afgesloten.afgeslotenOp());
        if (uitkomst == RecordingCasus.Uitkomst.ONBEKEND) {
            // Its CasusGeopend went to the dead-letter topic: this closure goes after it, so that replaying
            // the dead letters in order opens the casus and closes it again, instead of leaving it open.
            throw new RejectedEventException("casus " + afgesloten.casusId() + " closed, but the routing never took it in");
        }
        return uitkomst == RecordingCasus.Uitkomst.OPGENOMEN ? InboundEvents.Outcome.APPLIED : InboundEvents.Outcome.DUPLICATE;
    }
}
