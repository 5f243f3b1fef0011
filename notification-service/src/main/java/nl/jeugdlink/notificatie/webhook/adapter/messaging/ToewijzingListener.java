package nl.jeugdlink.notificatie.webhook.adapter.messaging;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import nl.jeugdlink.contracts.routing.JeugdhulpGestart;
import nl.jeugdlink.contracts.routing.JeugdhulpAangevraagd;
import nl.jeugdlink.contracts.routing.JeugdhulpGestopt;
import nl.jeugdlink.contracts.routing.LeveringVerwijderd;
import nl.jeugdlink.contracts.routing.VerzoekBeantwoord;
import nl.jeugdlink.contracts.routing.JeugdhulpToegewezen;
import nl.jeugdlink.contracts.routing.RoutingEvents;
import nl.jeugdlink.contracts.routing.ToewijzingGewijzigd;
import nl.jeugdlink.contracts.routing.ZorgaanbiederAfwijzing;
import nl.jeugdlink.notificatie.webhook.application.AdresserenGebeurtenissen;
import nl.jeugdlink.platform.inbound.EventHandler;
import nl.jeugdlink.platform.inbound.InboundEvent;
import nl.jeugdlink.platform.inbound.InboundEvents;
import nl.jeugdlink.platform.inbound.InboundHandlers;
import nl.jeugdlink.platform.inbound.Subject;
import org.springframework.messaging.Message;

/**
 * Consumes the routing's toewijzing stream (binding {@code toewijzingen-in-0}, on the platform's handler table,
 * ADR 0015: envelope, schema, subject and region are checked there; retries and the dead-letter topic are platform
 * defaults). Every one of its events names the care provider it concerns by AGB code: that code, read from the
 * payload, addresses it to that provider's feed and subscriptions only. A decline (ZorgaanbiederAfwijzing) is also handed to
 * {@code afwijzingBerichten}, which mails the back office and the youth protector (issue 13): one table per binding, so both
 * readers of the decline sit in its row; applied when either recorded something new, a duplicate when neither did.
 */
public class ToewijzingListener implements Consumer<Message<byte[]>> {

    private final Consumer<Message<byte[]>> table;

    public ToewijzingListener(InboundHandlers handlers, AdresserenGebeurtenissen adresseren, EventHandler<ZorgaanbiederAfwijzing> afwijzingBerichten) {
        this.table = handlers.forBinding("toewijzingen-in-0")
                .onEvent(RoutingEvents.JEUGDHULP_TOEGEWEZEN, JeugdhulpToegewezen.class,
                        Subject.of("casus", JeugdhulpToegewezen::casusId).inMunicipality(JeugdhulpToegewezen::gemeenteCode),
                        (event, e) -> uitkomst(adresseren, event, "JeugdhulpToegewezen", e.casusId(), e.agbCode()))
                // A change of the toewijzing (its end brought forward, or withdrawn: reden 13) is the provider's to hear as the allocation was.
                .onEvent(RoutingEvents.TOEWIJZING_GEWIJZIGD, ToewijzingGewijzigd.class,
                        Subject.of("casus", ToewijzingGewijzigd::casusId).inMunicipality(ToewijzingGewijzigd::gemeenteCode),
                        (event, e) -> uitkomst(adresseren, event, "ToewijzingGewijzigd", e.casusId(), e.agbCode()))
                .onEvent(RoutingEvents.ZORGAANBIEDER_AFWIJZING, ZorgaanbiederAfwijzing.class,
                        Subject.of("casus", ZorgaanbiederAfwijzing::casusId).inMunicipality(ZorgaanbiederAfwijzing::gemeenteCode),
                        (event, e) -> eenVan(uitkomst(adresseren, event, "ZorgaanbiederAfwijzing", e.casusId(), e.agbCode()),
                                afwijzingBerichten.handle(event, e)))
                .onEvent(RoutingEvents.JEUGDHULP_GESTART, JeugdhulpGestart.class,
                        Subject.of("casus", JeugdhulpGestart::casusId).inMunicipality(JeugdhulpGestart::gemeenteCode),
                        (event, e) -> uitkomst(adresseren, event, "JeugdhulpGestart", e.casusId(), e.agbCode()))
                .onEvent(RoutingEvents.JEUGDHULP_GESTOPT, JeugdhulpGestopt.class,
                        Subject.of("casus", JeugdhulpGestopt::casusId).inMunicipality(JeugdhulpGestopt::gemeenteCode),
                        (event, e) -> uitkomst(adresseren, event, "JeugdhulpGestopt", e.casusId(), e.agbCode()))
                // The route messages of the provider's own iJw traffic: its JW315 accepted, the answer to it, a start or stop it withdrew.
                // A JW315 has no casus yet: its request id is the casus-id field and the key, so its answer comes after it.
                .onEvent(RoutingEvents.JEUGDHULP_AANGEVRAAGD, JeugdhulpAangevraagd.class,
                        Subject.of("verzoek", JeugdhulpAangevraagd::verzoekId).inMunicipality(JeugdhulpAangevraagd::gemeenteCode),
                        (event, e) -> uitkomst(adresseren, event, "JeugdhulpAangevraagd", e.casusId(), e.agbCode()))
                .onEvent(RoutingEvents.VERZOEK_BEANTWOORD, VerzoekBeantwoord.class,
                        Subject.of("verzoek", VerzoekBeantwoord::verzoekId).inMunicipality(VerzoekBeantwoord::gemeenteCode),
                        (event, e) -> uitkomst(adresseren, event, "VerzoekBeantwoord", e.casusId(), e.agbCode()))
                .onEvent(RoutingEvents.LEVERING_VERWIJDERD, LeveringVerwijderd.class,
                        Subject.of("casus", LeveringVerwijderd::casusId).inMunicipality(LeveringVerwijderd::gemeenteCode),
                        (event, e) -> uitkomst(adresseren, event, "LeveringVerwijderd", e.casusId(), e.agbCode()))
                .build();
    }

    private static InboundEvents.Outcome uitkomst(AdresserenGebeurtenissen adresseren, InboundEvent event, String soort, String casusId, String agbCode) {
        boolean nieuw = adresseren.ontvangen(event.id(), soort, event.type(), event.source(), casusId, agbCode, event.time(),
                new String(event.data(), StandardCharsets.UTF_8));
        return nieuw ? InboundEvents.Outcome.APPLIED : InboundEvents.Outcome.DUPLICATE;
    }

    /** Applied when either part applied something new; a duplicate when both had it already. */
    private static InboundEvents.Outcome eenVan(InboundEvents.Outcome feed, InboundEvents.Outcome berichten) {
        return feed == InboundEvents.Outcome.APPLIED || berichten == InboundEvents.Outcome.APPLIED ? InboundEvents.Outcome.APPLIED
                : InboundEvents.Outcome.DUPLICATE;
    }

    @Override
    public void accept(Message<byte[]> message) {
        table.accept(message);
    }
}
