package nl.jeugdlink.notificatie.notificatie.adapter.messaging;

import java.util.function.Consumer;
import nl.jeugdlink.contracts.escalatie.EscalationEvents;
import nl.jeugdlink.contracts.escalatie.EscalatieverslagOpgesteld;
import nl.jeugdlink.contracts.escalatie.GezinGeinformeerdOverEscalatie;
import nl.jeugdlink.contracts.escalatie.TermijnOpgeschaald;
import nl.jeugdlink.contracts.escalatie.TermijnOverschreden;
import nl.jeugdlink.contracts.escalatie.TermijnOverschrijdingIngetrokken;
import nl.jeugdlink.notificatie.notificatie.application.MailingGezinOverEscalatie;
import nl.jeugdlink.notificatie.notificatie.application.WritingBerichten;
import nl.jeugdlink.platform.inbound.InboundHandlers;
import nl.jeugdlink.platform.inbound.Subject;
import org.springframework.messaging.Message;

/**
 * Consumes the deadline stream: a passed deadline, and one that reached the next person, goes to whom it
 * concerns (the participants of an escalation meeting are kept from its minutes' event); a breach withdrawn because the
 * deadline was met on time after all (ADR 0041) goes to the same people; the
 * family hears that professionals escalate about their help; the stream's other events are acknowledged and ignored. Binding {@code termijnen-in-0} on the
 * platform's handler table (ADR 0015): envelope, schema, subject (the escalation-service keys a
 * deadline's events by its referral) and region are checked there, retries and the dead-letter
 * topic are platform defaults.
 */
public class TermijnListener implements Consumer<Message<byte[]>> {

    private final Consumer<Message<byte[]>> table;

    public TermijnListener(InboundHandlers handlers, WritingBerichten berichtgever, MailingGezinOverEscalatie gezin) {
        this.table = handlers.forBinding("termijnen-in-0")
                .onEvent(EscalationEvents.TERMIJN_OVERSCHREDEN, TermijnOverschreden.class,
                        Subject.of("aanmelding", TermijnOverschreden::aanmeldingId).inMunicipality(TermijnOverschreden::gemeenteCode),
                        (event, e) -> Uitkomst.van(berichtgever.termijnOverschreden(event.id(), Aanleidingen.van(e))))
                .onEvent(EscalationEvents.TERMIJN_OPGESCHAALD, TermijnOpgeschaald.class,
                        Subject.of("aanmelding", TermijnOpgeschaald::aanmeldingId).inMunicipality(TermijnOpgeschaald::gemeenteCode),
                        (event, e) -> Uitkomst.van(berichtgever.termijnOverschreden(event.id(), Aanleidingen.van(e))))
                .onEvent(EscalationEvents.TERMIJN_OVERSCHRIJDING_INGETROKKEN, TermijnOverschrijdingIngetrokken.class,
                        Subject.of("aanmelding", TermijnOverschrijdingIngetrokken::aanmeldingId)
                                .inMunicipality(TermijnOverschrijdingIngetrokken::gemeenteCode),
                        (event, e) -> Uitkomst.van(berichtgever.termijnOverschrijdingIngetrokken(event.id(), Aanleidingen.van(e))))
                .onEvent(EscalationEvents.ESCALATIEVERSLAG_OPGESTELD, EscalatieverslagOpgesteld.class,
                        Subject.of("aanmelding", EscalatieverslagOpgesteld::aanmeldingId).inMunicipality(EscalatieverslagOpgesteld::gemeenteCode),
                        (event, e) -> Uitkomst.van(berichtgever.escalatieverslagOpgesteld(e.verslagId(), e.deelnemerIds())))
                .onEvent(EscalationEvents.GEZIN_GEINFORMEERD_OVER_ESCALATIE, GezinGeinformeerdOverEscalatie.class,
                        Subject.of("aanmelding", GezinGeinformeerdOverEscalatie::aanmeldingId).inMunicipality(GezinGeinformeerdOverEscalatie::gemeenteCode),
                        (event, e) -> Uitkomst.van(gezin.geinformeerd(event.id(), Aanleidingen.van(e))))
                .build();
    }

    @Override
    public void accept(Message<byte[]> message) {
        table.accept(message);
    }
}
