package nl.jeugdlink.notificatie.notificatie.adapter.messaging;

import nl.jeugdlink.platform.inbound.InboundEvents;

/** What a use case's "anything new?" means for the handler table's count. */
final class Uitkomst {

    private Uitkomst() {
    }

    /** Applied when the event recorded something new; a duplicate when all it calls for was recorded before (ADR 0015). */
    static InboundEvents.Outcome van(boolean nieuw) {
        return nieuw ? InboundEvents.Outcome.APPLIED : InboundEvents.Outcome.DUPLICATE;
    }

    /** Per event of a bulk write, by position. */
    static java.util.List<InboundEvents.Outcome> van(java.util.List<Boolean> nieuw) {
        return nieuw.stream().map(Uitkomst::van).toList();
    }
}
