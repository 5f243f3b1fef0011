package nl.jeugdlink.notificatie.notificatie.adapter.messaging;

import java.util.function.Consumer;
import nl.jeugdlink.contracts.jbt.JbtBesluitGenomen;
import nl.jeugdlink.contracts.jbt.JbtEvents;
import nl.jeugdlink.contracts.jbt.JbtGesprekVerplaatst;
import nl.jeugdlink.contracts.jbt.JbtRaadsmedewerkerToegewezen;
import nl.jeugdlink.contracts.jbt.JbtVerslagGereed;
import nl.jeugdlink.contracts.jbt.JbtVerzoekGepland;
import nl.jeugdlink.contracts.jbt.JbtVerzoekIngediend;
import nl.jeugdlink.contracts.jbt.JbtVerzoekTeruggestuurd;
import nl.jeugdlink.contracts.jbt.JbtWachttijdOverschreden;
import nl.jeugdlink.notificatie.notificatie.application.Aanleiding;
import nl.jeugdlink.notificatie.notificatie.application.MailingGezinVoorJbt;
import nl.jeugdlink.notificatie.notificatie.application.WritingBerichten;
import nl.jeugdlink.notificatie.notificatie.domain.Ontzegeling;
import nl.jeugdlink.platform.inbound.InboundHandlers;
import nl.jeugdlink.platform.inbound.Subject;
import org.springframework.messaging.Message;

/**
 * Consumes the Jeugdbeschermingstafel's requests: a returned request goes to its requester, a long
 * wait to the chair and the municipal contact, a planned talk to the requester, the parents, the Raad, the GI, the raadsmedewerker
 * and whom the form names (opened from the seal the jbt-service made for this service) - and all of them again when the talk
 * moves -, an assigned raadsmedewerker to them, a report to the
 * requester and (with the link the jbt-service sealed for this service, ADR 0011) the parents; a filing is kept
 * (who filed it) without a message; the decision goes to the requester and the parents in words and, with the safety agreements
 * the jbt-service sealed for this service (ADR 0011), to everyone at the talk (seed 002:466); the Raad's request is
 * acknowledged and ignored. A sealed link or sealed agreements that do not open send the event to the dead-letter topic. Binding {@code jbtVerzoeken-in-0} on the platform's handler
 * table (ADR 0015): envelope, schema, subject (the jbt-service keys its events by casus) and region
 * are checked there, retries and the dead-letter topic are platform defaults.
 */
public class JbtListener implements Consumer<Message<byte[]>> {

    private final Consumer<Message<byte[]>> table;

    public JbtListener(InboundHandlers handlers, WritingBerichten berichtgever, MailingGezinVoorJbt gezin, Zegels zegels) {
        this.table = handlers.forBinding("jbtVerzoeken-in-0")
                .onEvent(JbtEvents.JBT_VERZOEK_INGEDIEND, JbtVerzoekIngediend.class,
                        Subject.of("casus", JbtVerzoekIngediend::casusId).inMunicipality(JbtVerzoekIngediend::gemeenteCode),
                        (event, e) -> Uitkomst.van(berichtgever.jbtVerzoekIngediend(Aanleidingen.van(e))))
                .onEvent(JbtEvents.JBT_VERZOEK_TERUGGESTUURD, JbtVerzoekTeruggestuurd.class,
                        Subject.of("casus", JbtVerzoekTeruggestuurd::casusId).inMunicipality(JbtVerzoekTeruggestuurd::gemeenteCode),
                        (event, e) -> Uitkomst.van(berichtgever.jbtVerzoekTeruggestuurd(event.id(), Aanleidingen.van(e))))
                .onEvent(JbtEvents.JBT_WACHTTIJD_OVERSCHREDEN, JbtWachttijdOverschreden.class,
                        Subject.of("casus", JbtWachttijdOverschreden::casusId).inMunicipality(JbtWachttijdOverschreden::gemeenteCode),
                        (event, e) -> Uitkomst.van(berichtgever.jbtWachttijdOverschreden(event.id(), Aanleidingen.van(e))))
                .onEvent(JbtEvents.JBT_VERZOEK_GEPLAND, JbtVerzoekGepland.class,
                        Subject.of("casus", JbtVerzoekGepland::casusId).inMunicipality(JbtVerzoekGepland::gemeenteCode),
                        (event, e) -> {
                            // Opened before anything is recorded: invitees that do not open refuse the whole event.
                            Aanleiding.Genodigden genodigden = zegels.jbtGenodigden(e);
                            Aanleiding.JbtVerzoekGepland gepland = Aanleidingen.van(e);
                            return Uitkomst.van(berichtgever.jbtVerzoekGepland(event.id(), gepland, genodigden) | gezin.gepland(event.id(), gepland, genodigden));
                        })
                // A moved talk: everyone the planning invited is invited again, told from when to when (ADR 0036).
                .onEvent(JbtEvents.JBT_GESPREK_VERPLAATST, JbtGesprekVerplaatst.class,
                        Subject.of("casus", JbtGesprekVerplaatst::casusId).inMunicipality(JbtGesprekVerplaatst::gemeenteCode),
                        (event, e) -> {
                            Aanleiding.Genodigden genodigden = zegels.jbtGenodigden(e);
                            Aanleiding.JbtVerzoekGepland verplaatst = Aanleidingen.van(e);
                            return Uitkomst.van(berichtgever.jbtVerzoekGepland(event.id(), verplaatst, genodigden)
                                    | gezin.gepland(event.id(), verplaatst, genodigden));
                        })
                .onEvent(JbtEvents.JBT_RAADSMEDEWERKER_TOEGEWEZEN, JbtRaadsmedewerkerToegewezen.class,
                        Subject.of("casus", JbtRaadsmedewerkerToegewezen::casusId).inMunicipality(JbtRaadsmedewerkerToegewezen::gemeenteCode),
                        (event, e) -> Uitkomst.van(berichtgever.jbtRaadsmedewerkerToegewezen(event.id(), Aanleidingen.van(e))))
                .onEvent(JbtEvents.JBT_BESLUIT_GENOMEN, JbtBesluitGenomen.class,
                        Subject.of("casus", JbtBesluitGenomen::casusId).inMunicipality(JbtBesluitGenomen::gemeenteCode),
                        (event, e) -> {
                            // As for the report's link: agreements that do not open refuse the whole event, nothing recorded.
                            Aanleiding.Afspraken afspraken = zegels.jbtVeiligheidsafspraken(e).orElse(null);
                            Aanleiding.JbtBesluitGenomen besluit = Aanleidingen.van(e);
                            return Uitkomst.van(berichtgever.jbtBesluitGenomen(event.id(), besluit, afspraken)
                                    | gezin.besluit(event.id(), besluit, afspraken == null ? null : afspraken.tekst()));
                        })
                .onEvent(JbtEvents.JBT_VERSLAG_GEREED, JbtVerslagGereed.class,
                        Subject.of("casus", JbtVerslagGereed::casusId).inMunicipality(JbtVerslagGereed::gemeenteCode),
                        (event, e) -> {
                            // Opened before anything is recorded: a link that does not open refuses the whole event.
                            String link = zegels.jbtOuderlink(e).orElse(null);
                            Aanleiding.JbtVerslagGereed gereed = Aanleidingen.van(e);
                            return Uitkomst.van(berichtgever.jbtVerslagGereed(event.id(), gereed) | gezin.verslagGereed(event.id(), gereed, link));
                        })
                // Its message says why without the link or the agreements (Zegels), so it can be the dead letter's reason.
                .rejecting(Ontzegeling.Onleesbaar.class)
                .build();
    }

    @Override
    public void accept(Message<byte[]> message) {
        table.accept(message);
    }
}
