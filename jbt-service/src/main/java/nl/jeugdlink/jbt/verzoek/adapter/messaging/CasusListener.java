package nl.jeugdlink.jbt.verzoek.adapter.messaging;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.casus.CasusAfgesloten;
import nl.jeugdlink.contracts.casus.CasusGeopend;
import nl.jeugdlink.contracts.casus.RegisseurGekoppeld;
import nl.jeugdlink.jbt.verzoek.application.TrackingCasussen;
import nl.jeugdlink.jbt.verzoek.domain.BekendeCasus;
import nl.jeugdlink.jbt.verzoek.domain.BekendeCasussen;
import nl.jeugdlink.platform.inbound.BatchEventHandler;
import nl.jeugdlink.platform.inbound.InboundEvent;
import nl.jeugdlink.platform.inbound.InboundEvents.Outcome;
import nl.jeugdlink.platform.inbound.InboundHandlers;
import nl.jeugdlink.platform.inbound.Subject;
import org.springframework.messaging.Message;

/**
 * Consumes the casus stream: an opened casus and its regisseur make it known here (who may file a
 * request for it, who was involved with the family), a closure "naar JBT" opens the draft request. Binding
 * {@code casussen-in-0} on the platform's handler table (ADR 0015): envelope, schema, subject and region are
 * checked there; the casus's other events are acknowledged and ignored, without a store round trip.
 *
 * <p>A poll at a time (ADR 0018): the table checks, retries and dead-letters each record on its own; a run of
 * openings is one bulk insert, a run of couplings one read ({@code _id $in}) and one bulk write. A closure is rare
 * and opens its draft on its own.
 */
public class CasusListener implements Consumer<Message<List<byte[]>>> {

    private final Consumer<Message<List<byte[]>>> table;
    private final TrackingCasussen tracking;

    public CasusListener(InboundHandlers handlers, TrackingCasussen tracking) {
        this.tracking = tracking;
        this.table = handlers.forBinding("casussen-in-0")
                .onEvents(CaseEvents.CASUS_GEOPEND, CasusGeopend.class,
                        Subject.of("casus", CasusGeopend::casusId).inMunicipality(CasusGeopend::gemeenteCode),
                        new Samen<CasusGeopend, BekendeCasus>((event, g) -> new BekendeCasus(g.casusId(), g.aanmeldingId(), g.gemeenteCode(), null,
                                g.dossierhouder().medewerkerId()), tracking::geopend))
                .onEvents(CaseEvents.REGISSEUR_GEKOPPELD, RegisseurGekoppeld.class,
                        Subject.of("casus", RegisseurGekoppeld::casusId).inMunicipality(RegisseurGekoppeld::gemeenteCode),
                        new Samen<RegisseurGekoppeld, BekendeCasussen.Koppeling>((event, r) -> new BekendeCasussen.Koppeling(r.casusId(),
                                r.regisseurId(), event.id()), tracking::regisseursGekoppeld))
                .onEvent(CaseEvents.CASUS_AFGESLOTEN, CasusAfgesloten.class,
                        Subject.of("casus", CasusAfgesloten::casusId).inMunicipality(CasusAfgesloten::gemeenteCode), this::afgesloten)
                .buildBatch();
    }

    @Override
    public void accept(Message<List<byte[]>> poll) {
        table.accept(poll);
    }

    private Outcome afgesloten(InboundEvent event, CasusAfgesloten a) {
        if (!TrackingCasussen.NAAR_JBT.equals(a.reden())) {
            return Outcome.IGNORED;
        }
        return tracking.afgesloten(a.casusId(), a.aanmeldingId(), a.gemeenteCode(), a.reden(), a.afgeslotenDoor()) ? Outcome.APPLIED : Outcome.DUPLICATE;
    }

    /** Maps each event to what it changes, then writes a run at once: per change whether it was new (applied) or a redelivery. */
    private record Samen<T, W>(java.util.function.BiFunction<InboundEvent, T, W> naar, Function<List<W>, List<Boolean>> schrijf)
            implements BatchEventHandler<T, W> {

        @Override
        public W prepare(InboundEvent event, T payload) {
            return naar.apply(event, payload);
        }

        @Override
        public List<Outcome> write(List<W> changes) {
            return schrijf.apply(changes).stream().map(nieuw -> nieuw ? Outcome.APPLIED : Outcome.DUPLICATE).toList();
        }
    }
}
