package nl.jeugdlink.notificatie.notificatie.adapter.messaging;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import nl.jeugdlink.contracts.intake.AanmeldingAfgewezen;
import nl.jeugdlink.contracts.intake.AanmeldingGescreend;
import nl.jeugdlink.contracts.intake.AanmeldingOntvangen;
import nl.jeugdlink.contracts.intake.GezinscontactGedeeld;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.contracts.intake.StartoverlegGepland;
import nl.jeugdlink.notificatie.gezinscontact.domain.Gezinscontact;
import nl.jeugdlink.notificatie.notificatie.application.Aanleiding;
import nl.jeugdlink.notificatie.notificatie.application.Gezinspost;
import nl.jeugdlink.notificatie.notificatie.application.MailingGezinVoorStartoverleg;
import nl.jeugdlink.notificatie.notificatie.application.SharingVerslagMetGezin;
import nl.jeugdlink.notificatie.notificatie.application.WritingBerichten;
import nl.jeugdlink.notificatie.notificatie.application.Voorval;
import nl.jeugdlink.platform.inbound.BatchEventHandler;
import nl.jeugdlink.platform.inbound.InboundHandlers;
import nl.jeugdlink.platform.inbound.Subject;
import org.springframework.messaging.Message;

/**
 * Consumes the referral stream: received, screened (accepted) and declined referrals become
 * messages; a planned startoverleg invites the professionals it names and the family; the family's contact, shared sealed once a referral is accepted, is kept for the
 * written summaries of their conversations (and delivers those that came before it). A contact
 * that does not open goes to the dead-letter topic ({@link Zegels} refuses it), kept nowhere else.
 * The stream's other events are acknowledged and ignored. Binding {@code aanmeldingen-in-0} on the
 * platform's handler table (ADR 0015) in batch mode (ADR 0018: a poll at a time, each record checked, applied in
 * order, retried and dead-lettered on its own by the table): envelope, schema, subject (the referral) and region are
 * checked there, retries and the dead-letter topic are platform defaults. A received and a screened referral are written a
 * poll's run at a time (one read of the directory, one bulk write), and so are the families' contacts; the other events are
 * each their own writes.
 */
public class AanmeldingListener implements Consumer<Message<List<byte[]>>> {

    private final Consumer<Message<List<byte[]>>> table;

    public AanmeldingListener(InboundHandlers handlers, WritingBerichten berichtgever, SharingVerslagMetGezin verslagVoorGezin, Zegels zegels,
            MailingGezinVoorStartoverleg gezinVoorStartoverleg, Gezinspost gezinspost) {
        this.table = handlers.forBinding("aanmeldingen-in-0")
                .onEvents(IntakeEvents.AANMELDING_ONTVANGEN, AanmeldingOntvangen.class,
                        Subject.of("aanmelding", AanmeldingOntvangen::aanmeldingId).inMunicipality(AanmeldingOntvangen::gemeenteCode),
                        BatchEventHandler.<AanmeldingOntvangen, Voorval<Aanleiding.AanmeldingOntvangen>>of(
                                (event, e) -> new Voorval<>(event.id(), Aanleidingen.van(e)),
                                ontvangen -> Uitkomst.van(berichtgever.aanmeldingenOntvangen(ontvangen))))
                // Every referral of the case-service's hop: a poll's run is one read of the directory and one bulk write (issue 11).
                .onEvents(IntakeEvents.AANMELDING_GESCREEND, AanmeldingGescreend.class,
                        Subject.of("aanmelding", AanmeldingGescreend::aanmeldingId).inMunicipality(AanmeldingGescreend::gemeenteCode),
                        BatchEventHandler.<AanmeldingGescreend, Voorval<Aanleiding.AanmeldingGescreend>>of(
                                (event, e) -> new Voorval<>(event.id(), Aanleidingen.van(e)),
                                gescreend -> Uitkomst.van(berichtgever.aanmeldingenGescreend(gescreend))))
                .onEvent(IntakeEvents.AANMELDING_AFGEWEZEN, AanmeldingAfgewezen.class,
                        Subject.of("aanmelding", AanmeldingAfgewezen::aanmeldingId).inMunicipality(AanmeldingAfgewezen::gemeenteCode),
                        (event, e) -> Uitkomst.van(berichtgever.aanmeldingAfgewezen(event.id(), Aanleidingen.van(e))))
                .onEvent(IntakeEvents.STARTOVERLEG_GEPLAND, StartoverlegGepland.class,
                        Subject.of("aanmelding", StartoverlegGepland::aanmeldingId).inMunicipality(StartoverlegGepland::gemeenteCode),
                        (event, e) -> {
                            Aanleiding.StartoverlegGepland gepland = Aanleidingen.van(e);
                            return Uitkomst.van(berichtgever.startoverlegGepland(event.id(), gepland) | gezinVoorStartoverleg.gepland(event.id(), gepland));
                        })
                // Every referral with consent shares its family's contact: a poll's run is one bulk write of the contacts and one
                // read per kind of what waited for them, not three round trips a referral (issue 11). A contact that does not open
                // is refused while preparing, so it alone goes to the dead letters (as it did one event at a time).
                .onEvents(IntakeEvents.GEZINSCONTACT_GEDEELD, GezinscontactGedeeld.class,
                        Subject.of("aanmelding", GezinscontactGedeeld::aanmeldingId).inMunicipality(GezinscontactGedeeld::gemeenteCode),
                        BatchEventHandler.<GezinscontactGedeeld, Gezinscontact>of((event, e) -> zegels.gezinscontact(e), contacten -> {
                            // Kept first (with the summaries that waited), then the other letters that waited for them.
                            List<Boolean> verslagen = verslagVoorGezin.contactenGedeeld(contacten);
                            List<Boolean> brieven = gezinspost.contactenGedeeld(contacten);
                            return IntStream.range(0, contacten.size()).mapToObj(i -> Uitkomst.van(verslagen.get(i) | brieven.get(i))).toList();
                        }))
                .buildBatch();
    }

    @Override
    public void accept(Message<List<byte[]>> message) {
        table.accept(message);
    }
}
