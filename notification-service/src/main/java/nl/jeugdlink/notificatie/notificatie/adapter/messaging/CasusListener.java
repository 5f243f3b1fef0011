package nl.jeugdlink.notificatie.notificatie.adapter.messaging;

import java.util.function.Consumer;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.casus.CasusGeopend;
import nl.jeugdlink.contracts.casus.RegisseurGekoppeld;
import nl.jeugdlink.contracts.casus.VerslagGedeeldMetGezin;
import nl.jeugdlink.notificatie.notificatie.application.Berichtgever;
import nl.jeugdlink.notificatie.notificatie.application.VerslagVoorGezin;
import nl.jeugdlink.notificatie.notificatie.domain.GedeeldVerslag;
import nl.jeugdlink.notificatie.notificatie.domain.Ontzegeling;
import nl.jeugdlink.platform.inbound.InboundEvent;
import nl.jeugdlink.platform.inbound.InboundEvents;
import nl.jeugdlink.platform.inbound.RejectedEventException;
import org.springframework.messaging.Message;

/**
 * Consumes the casus stream: a coupled regisseur hears of it; an opened casus links casus and
 * referral (no mail: see {@link Berichtgever#casusGeopend}); a conversation's summary shared with
 * the family goes to the family's addresses (see {@link VerslagVoorGezin}). A summary that does not
 * open, or whose casus came from another referral, is refused whole to the dead-letter topic: no
 * half message. GesprekVastgelegd itself carries no summary and is ignored.
 * Binding {@code casussen-in-0}; group, retries and dead-letter topic are in application.yaml.
 */
public class CasusListener implements Consumer<Message<byte[]>> {

    private final InboundEvents inbound;
    private final Berichtgever berichtgever;
    private final VerslagVoorGezin verslagVoorGezin;

    public CasusListener(InboundEvents inbound, Berichtgever berichtgever, VerslagVoorGezin verslagVoorGezin) {
        this.inbound = inbound;
        this.berichtgever = berichtgever;
        this.verslagVoorGezin = verslagVoorGezin;
    }

    @Override
    public void accept(Message<byte[]> message) {
        InboundEvent event = inbound.read(message);
        if (CaseEvents.REGISSEUR_GEKOPPELD.type().equals(event.type())) {
            boolean nieuw = berichtgever.regisseurGekoppeld(event.id(),
                    Aanleidingen.van(inbound.data(event, CaseEvents.REGISSEUR_GEKOPPELD, RegisseurGekoppeld.class)));
            inbound.record(event, nieuw ? InboundEvents.Outcome.APPLIED : InboundEvents.Outcome.DUPLICATE);
        } else if (CaseEvents.CASUS_GEOPEND.type().equals(event.type())) {
            CasusGeopend geopend = inbound.data(event, CaseEvents.CASUS_GEOPEND, CasusGeopend.class);
            berichtgever.casusGeopend(geopend.casusId(), geopend.aanmeldingId());
            inbound.record(event, InboundEvents.Outcome.APPLIED);
        } else if (CaseEvents.VERSLAG_GEDEELD_MET_GEZIN.type().equals(event.type())) {
            boolean nieuw = verslagGedeeld(event, inbound.data(event, CaseEvents.VERSLAG_GEDEELD_MET_GEZIN, VerslagGedeeldMetGezin.class));
            inbound.record(event, nieuw ? InboundEvents.Outcome.APPLIED : InboundEvents.Outcome.DUPLICATE);
        } else {
            inbound.record(event, InboundEvents.Outcome.IGNORED);
        }
    }

    private boolean verslagGedeeld(InboundEvent event, VerslagGedeeldMetGezin e) {
        try {
            return verslagVoorGezin.verslagGedeeld(event.id(), new GedeeldVerslag(e.casusId(), e.aanmeldingId(), e.gemeenteCode(), e.gesprekId(),
                    e.soort(), e.gehoudenOp(), e.verzegeld(), e.gedeeldOp()));
        } catch (Ontzegeling.Onleesbaar | VerslagVoorGezin.AndereAanmelding x) {
            throw new RejectedEventException("summary of event " + event.id() + " for casus " + e.casusId() + " refused: " + x.getMessage());
        }
    }
}
