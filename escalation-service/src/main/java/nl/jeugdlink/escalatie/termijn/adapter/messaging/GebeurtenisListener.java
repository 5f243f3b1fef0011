package nl.jeugdlink.escalatie.termijn.adapter.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.escalatie.termijn.application.BijhoudenTermijnen;
import nl.jeugdlink.escalatie.termijn.application.TrajectGeweigerd;
import nl.jeugdlink.escalatie.termijn.domain.Gebeurtenis;
import nl.jeugdlink.escalatie.termijn.domain.OnleesbareGebeurtenis;
import nl.jeugdlink.platform.inbound.InboundEvent;
import nl.jeugdlink.platform.inbound.InboundEvents;
import nl.jeugdlink.platform.inbound.RejectedEventException;
import nl.jeugdlink.platform.inbound.UnreadableEventException;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One binding's events, as facts for the clock: the rule table says which event types count (any
 * other type on the topic is ignored) and which fields they are read by, so a new event type needs
 * a rule and no code here. Every event names its traject by {@code aanmeldingId} and its
 * municipality by {@code gemeenteCode}; its key (the subject) must be the aggregate its topic is
 * keyed by. A refused fact goes to the dead-letter topic with its reason.
 *
 * <p>Not a platform handler table ({@code InboundHandlers}): a row there reads its payload into a
 * contract record, and this listener reads any type by JSON pointer. What the table does is done
 * here by the same platform parts: {@link InboundEvents} reads the envelope and counts every outcome,
 * {@link SchemaCheck} checks the payload against the producer's schema, and the binding's platform
 * defaults retry or dead-letter what is thrown.
 */
public class GebeurtenisListener implements Consumer<Message<byte[]>> {

    static final String AANMELDING = "/aanmeldingId";
    static final String GEMEENTE = "/gemeenteCode";

    private final InboundEvents inbound;
    private final BijhoudenTermijnen bijhouden;
    private final JsonMapper json;
    private final String onderwerp;
    private final Map<String, EventType> contracten;

    /**
     * @param onderwerp pointer to the id the topic is keyed by ({@code /aanmeldingId} on the intake's, {@code /casusId} on the casus topic)
     * @param contracten the event types published on the topic, whose schemas a payload is checked against
     */
    public GebeurtenisListener(InboundEvents inbound, BijhoudenTermijnen bijhouden, JsonMapper json, String onderwerp,
            Collection<EventType> contracten) {
        this.inbound = inbound;
        this.bijhouden = bijhouden;
        this.json = json;
        this.onderwerp = onderwerp;
        this.contracten = contracten.stream().collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));
    }

    @Override
    public void accept(Message<byte[]> message) {
        InboundEvent event = inbound.read(message);
        if (!bijhouden.leest(event.type())) {
            inbound.record(event, InboundEvents.Outcome.IGNORED);
            return;
        }
        InboundEvents.Outcome uitkomst;
        try {
            uitkomst = verwerk(event);
        } catch (UnreadableEventException e) {
            inbound.record(event, InboundEvents.Outcome.UNREADABLE);
            throw e;
        } catch (RejectedEventException e) {
            inbound.record(event, InboundEvents.Outcome.REJECTED);
            throw e;
        }
        inbound.record(event, uitkomst);
    }

    private InboundEvents.Outcome verwerk(InboundEvent event) {
        schemaCheck(event);
        JsonVelden velden = new JsonVelden(payload(event));
        String aanmeldingId = verplicht(event, velden, AANMELDING);
        String gemeenteCode = verplicht(event, velden, GEMEENTE);
        String sleutel = verplicht(event, velden, onderwerp);
        if (!sleutel.equals(event.subject())) {
            throw new RejectedEventException("subject " + event.subject() + " is not the " + onderwerp.substring(1) + " " + sleutel);
        }
        try {
            var uitkomst = bijhouden.verwerk(event.id(), aanmeldingId, gemeenteCode, new Gebeurtenis(event.type(), event.time(), velden));
            return uitkomst == BijhoudenTermijnen.Uitkomst.VERWERKT ? InboundEvents.Outcome.APPLIED : InboundEvents.Outcome.DUPLICATE;
        } catch (TrajectGeweigerd e) {
            throw new RejectedEventException(e.getMessage(), e);
        } catch (OnleesbareGebeurtenis e) {
            throw new UnreadableEventException("event " + event.id() + ": " + e.getMessage(), e);
        }
    }

    /** The producer's schema is the contract, as at every consumer: a payload that breaks it is unreadable, not half read. */
    private void schemaCheck(InboundEvent event) {
        EventType contract = contracten.get(event.type());
        if (contract == null) {
            throw new UnreadableEventException("event " + event.id() + " of type " + event.type() + " has no published contract on this topic");
        }
        var violations = SchemaCheck.violations(contract, new String(event.data(), StandardCharsets.UTF_8));
        if (!violations.isEmpty()) {
            throw new UnreadableEventException("payload of " + event.type() + " " + event.id() + " breaks its schema: " + violations);
        }
    }

    private JsonNode payload(InboundEvent event) {
        try {
            JsonNode payload = json.readTree(event.data());
            if (payload == null || !payload.isObject()) {
                throw new UnreadableEventException("payload of " + event.type() + " " + event.id() + " is no JSON object");
            }
            return payload;
        } catch (JacksonException e) {
            throw new UnreadableEventException("payload of " + event.type() + " " + event.id() + " is no JSON", e);
        }
    }

    private static String verplicht(InboundEvent event, JsonVelden velden, String pointer) {
        return velden.tekst(pointer).filter(s -> !s.isBlank())
                .orElseThrow(() -> new UnreadableEventException("event " + event.id() + " of type " + event.type() + " has no " + pointer));
    }
}
