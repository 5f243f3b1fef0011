package nl.jeugdlink.notificatie.notificatie.adapter.messaging;

import java.util.List;
import java.util.function.Consumer;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.casus.CasusGeopend;
import nl.jeugdlink.contracts.casus.GezinsfeedbackGevraagd;
import nl.jeugdlink.contracts.casus.RegisseurGekoppeld;
import nl.jeugdlink.notificatie.notificatie.application.MailingGezinsfeedback;
import nl.jeugdlink.contracts.casus.VerslagGedeeldMetGezin;
import nl.jeugdlink.notificatie.notificatie.application.SharingVerslagMetGezin;
import nl.jeugdlink.notificatie.notificatie.application.WritingBerichten;
import nl.jeugdlink.notificatie.notificatie.domain.Ontzegeling;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.platform.inbound.BatchEventHandler;
import nl.jeugdlink.platform.inbound.InboundHandlers;
import nl.jeugdlink.platform.inbound.Subject;
import org.springframework.messaging.Message;

/**
 * Consumes the casus stream: a coupled regisseur hears of it; an opened casus links casus and
 * referral (no mail: see {@link WritingBerichten#casusGeopend}); a conversation's summary shared with
 * the family goes to the family's addresses (see {@link SharingVerslagMetGezin}); the family's "Wat werkt" links go to
 * the parents' addresses (see {@link MailingGezinsfeedback}). A summary that does not
 * open, or whose casus came from another referral, is refused whole to the dead-letter topic: no
 * half message. GesprekVastgelegd itself carries no summary and, like the stream's other events, is
 * acknowledged and ignored. Binding {@code casussen-in-0} on the platform's handler table (ADR 0015) in batch mode
 * (ADR 0018: a poll at a time, per record checked, applied in order, retried and dead-lettered by the table):
 * envelope, schema, subject (the casus) and region are checked there, retries and the dead-letter
 * topic are platform defaults.
 */
public class CasusListener implements Consumer<Message<List<byte[]>>> {

    private final Consumer<Message<List<byte[]>>> table;

    public CasusListener(InboundHandlers handlers, WritingBerichten berichtgever, SharingVerslagMetGezin verslagVoorGezin,
            MailingGezinsfeedback feedback, Zegels zegels) {
        this.table = handlers.forBinding("casussen-in-0")
                .onEvent(CaseEvents.REGISSEUR_GEKOPPELD, RegisseurGekoppeld.class,
                        Subject.of("casus", RegisseurGekoppeld::casusId).inMunicipality(RegisseurGekoppeld::gemeenteCode),
                        (event, e) -> Uitkomst.van(berichtgever.regisseurGekoppeld(event.id(), Aanleidingen.van(e))))
                // Every casus of the case-service's hop: no message, only its link, a poll's run of them in one bulk write (issue 11).
                .onEvents(CaseEvents.CASUS_GEOPEND, CasusGeopend.class,
                        Subject.of("casus", CasusGeopend::casusId).inMunicipality(CasusGeopend::gemeenteCode),
                        BatchEventHandler.<CasusGeopend, Notificaties.Koppeling>of(
                                (event, e) -> new Notificaties.Koppeling(e.casusId(), e.aanmeldingId()),
                                geopend -> Uitkomst.van(berichtgever.casussenGeopend(geopend))))
                .onEvent(CaseEvents.VERSLAG_GEDEELD_MET_GEZIN, VerslagGedeeldMetGezin.class,
                        Subject.of("casus", VerslagGedeeldMetGezin::casusId).inMunicipality(VerslagGedeeldMetGezin::gemeenteCode),
                        (event, e) -> Uitkomst.van(verslagVoorGezin.verslagGedeeld(event.id(), Aanleidingen.van(e))))
                .onEvent(CaseEvents.GEZINSFEEDBACK_GEVRAAGD, GezinsfeedbackGevraagd.class,
                        Subject.of("casus", GezinsfeedbackGevraagd::casusId).inMunicipality(GezinsfeedbackGevraagd::gemeenteCode),
                        // Opened before anything is recorded: links that do not open refuse the whole event.
                        (event, e) -> Uitkomst.van(feedback.gevraagd(event.id(), Aanleidingen.van(e), zegels.gezinsfeedbackLinks(e))))
                // Their messages say why without the content (Zegels), so they can be the dead letter's reason.
                .rejecting(Ontzegeling.Onleesbaar.class, SharingVerslagMetGezin.AndereAanmelding.class)
                .buildBatch();
    }

    @Override
    public void accept(Message<List<byte[]>> message) {
        table.accept(message);
    }
}
