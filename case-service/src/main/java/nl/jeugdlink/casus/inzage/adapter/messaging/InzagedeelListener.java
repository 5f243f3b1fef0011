package nl.jeugdlink.casus.inzage.adapter.messaging;

import java.util.function.Consumer;
import nl.jeugdlink.casus.inzage.application.OntvangenInzagedeel;
import nl.jeugdlink.casus.inzage.domain.Inzageverzoek;
import nl.jeugdlink.casus.inzage.domain.Sleutels;
import nl.jeugdlink.contracts.casus.InzageEvents;
import nl.jeugdlink.contracts.casus.InzagedeelGeleverd;
import nl.jeugdlink.platform.crypto.Sealing;
import nl.jeugdlink.platform.inbound.InboundEvents.Outcome;
import nl.jeugdlink.platform.inbound.InboundHandlers;
import nl.jeugdlink.platform.inbound.RejectedEventException;
import nl.jeugdlink.platform.inbound.Subject;
import nl.jeugdlink.platform.inzage.InzageVerzegeling;
import nl.jeugdlink.platform.inzage.Inzagedeel;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binding {@code inzagedelen-in-0} (ADR 0031): the services' parts, opened with the inzage-antwoord private key (held here only)
 * and kept with the request; the intake's part of round 1 names the child's keys. A part that does not open, or answers a request
 * this service never made, is rejected (dead-letter topic). The requests on the same topic are ignored here (the platform's
 * {@code inzageverzoeken-in-0} answers them with this service's own part).
 */
public class InzagedeelListener implements Consumer<Message<byte[]>> {

    private final Consumer<Message<byte[]>> table;
    private final OntvangenInzagedeel ontvangen;
    private final InzageVerzegeling verzegeling;
    private final JsonMapper json;

    public InzagedeelListener(InboundHandlers handlers, OntvangenInzagedeel ontvangen, InzageVerzegeling verzegeling, JsonMapper json) {
        this.ontvangen = ontvangen;
        this.verzegeling = verzegeling;
        this.json = json;
        this.table = handlers.forBinding("inzagedelen-in-0")
                .onEvent(InzageEvents.INZAGEDEEL_GELEVERD, InzagedeelGeleverd.class, Subject.of("inzageverzoek", InzagedeelGeleverd::verzoekId),
                        (event, deel) -> neem(deel))
                .build();
    }

    @Override
    public void accept(Message<byte[]> message) {
        table.accept(message);
    }

    private Outcome neem(InzagedeelGeleverd geleverd) {
        String inhoud;
        try {
            inhoud = verzegeling.openDeel(geleverd.verzegeld(), geleverd.verzoekId(), geleverd.dienst());
        } catch (Sealing.OnleesbaarException e) {
            throw new RejectedEventException("inzagedeel van " + geleverd.dienst() + ": " + e.getMessage());
        }
        Inzagedeel deel = json.readValue(inhoud, Inzagedeel.class);
        Sleutels gevonden = deel.sleutels() == null ? null : Sleutels.vanIntake(deel.sleutels().kindIds(), deel.sleutels().aanmeldingIds());
        return switch (ontvangen.ontvang(geleverd.verzoekId(), geleverd.dienst(), Inzageverzoek.Ronde.valueOf(geleverd.ronde()), inhoud, gevonden)) {
            case GEWIJZIGD -> Outcome.APPLIED;
            case ONGEWIJZIGD -> Outcome.DUPLICATE;
            case ONBEKEND -> throw new RejectedEventException("inzagedeel voor een onbekend verzoek " + geleverd.verzoekId());
        };
    }
}
