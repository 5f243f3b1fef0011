package nl.jeugdlink.notificatie.notificatie.adapter.messaging;

import nl.jeugdlink.contracts.routing.ZorgaanbiederAfwijzing;
import nl.jeugdlink.notificatie.notificatie.application.WritingBerichten;
import nl.jeugdlink.platform.inbound.EventHandler;
import nl.jeugdlink.platform.inbound.InboundEvent;
import nl.jeugdlink.platform.inbound.InboundEvents;

/**
 * A care provider's decline (ZorgaanbiederAfwijzing) as messages to the back office and the youth protector (issue 13). The
 * routing's toewijzing stream has one binding in this service ({@code toewijzingen-in-0}, whose table the webhook feature builds):
 * its row for the decline hands the event to this handler as well, so that the decline reaches the provider's own feed and these
 * people's mail from one delivery, each part idempotent on its own.
 */
public class AfwijzingBerichten implements EventHandler<ZorgaanbiederAfwijzing> {

    private final WritingBerichten berichtgever;

    public AfwijzingBerichten(WritingBerichten berichtgever) {
        this.berichtgever = berichtgever;
    }

    @Override
    public InboundEvents.Outcome handle(InboundEvent event, ZorgaanbiederAfwijzing e) {
        return Uitkomst.van(berichtgever.zorgaanbiederAfwijzing(event.id(), Aanleidingen.van(e)));
    }
}
