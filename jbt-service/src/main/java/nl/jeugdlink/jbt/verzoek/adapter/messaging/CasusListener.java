package nl.jeugdlink.jbt.verzoek.adapter.messaging;

import java.util.function.Consumer;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.casus.CasusAfgesloten;
import nl.jeugdlink.contracts.casus.CasusGeopend;
import nl.jeugdlink.contracts.casus.RegisseurGekoppeld;
import nl.jeugdlink.jbt.verzoek.application.TrackingCasussen;
import nl.jeugdlink.platform.inbound.InboundEvent;
import nl.jeugdlink.platform.inbound.InboundEvents.Outcome;
import nl.jeugdlink.platform.inbound.InboundHandlers;
import nl.jeugdlink.platform.inbound.Subject;
import org.springframework.messaging.Message;

/**
 * Consumes the casus stream: an opened casus and its regisseur make it known here (who may file a
 * request for it), a closure "naar JBT" opens the draft request. Binding {@code casussen-in-0} on
 * the platform's handler table (ADR 0015): envelope, schema, subject and region are checked there;
 * the casus's other events are acknowledged and ignored.
 */
public class CasusListener implements Consumer<Message<byte[]>> {

    private final Consumer<Message<byte[]>> table;
    private final TrackingCasussen tracking;

    public CasusListener(InboundHandlers handlers, TrackingCasussen tracking) {
        this.tracking = tracking;
        this.table = handlers.forBinding("casussen-in-0")
                .onEvent(CaseEvents.CASUS_GEOPEND, CasusGeopend.class,
                        Subject.of("casus", CasusGeopend::casusId).inMunicipality(CasusGeopend::gemeenteCode), this::geopend)
                .onEvent(CaseEvents.REGISSEUR_GEKOPPELD, RegisseurGekoppeld.class,
                        Subject.of("casus", RegisseurGekoppeld::casusId).inMunicipality(RegisseurGekoppeld::gemeenteCode), this::regisseur)
                .onEvent(CaseEvents.CASUS_AFGESLOTEN, CasusAfgesloten.class,
                        Subject.of("casus", CasusAfgesloten::casusId).inMunicipality(CasusAfgesloten::gemeenteCode), this::afgesloten)
                .build();
    }

    @Override
    public void accept(Message<byte[]> message) {
        table.accept(message);
    }

    private Outcome geopend(InboundEvent event, CasusGeopend g) {
        return tracking.geopend(g.casusId(), g.aanmeldingId(), g.gemeenteCode(), g.dossierhouder().medewerkerId()) ? Outcome.APPLIED : Outcome.DUPLICATE;
    }

    private Outcome regisseur(InboundEvent event, RegisseurGekoppeld r) {
        return tracking.regisseurGekoppeld(r.casusId(), r.regisseurId(), event.id()) ? Outcome.APPLIED : Outcome.DUPLICATE;
    }

    private Outcome afgesloten(InboundEvent event, CasusAfgesloten a) {
        if (!TrackingCasussen.NAAR_JBT.equals(a.reden())) {
            return Outcome.IGNORED;
        }
        return tracking.afgesloten(a.casusId(), a.aanmeldingId(), a.gemeenteCode(), a.reden(), a.afgeslotenDoor()) ? Outcome.APPLIED : Outcome.DUPLICATE;
    }
}
