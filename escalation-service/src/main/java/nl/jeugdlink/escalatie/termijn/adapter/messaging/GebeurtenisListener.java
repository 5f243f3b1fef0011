package nl.jeugdlink.escalatie.termijn.adapter.messaging;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.escalatie.termijn.application.TrackingTermijnen;
import nl.jeugdlink.escalatie.termijn.application.TrajectGeweigerd;
import nl.jeugdlink.escalatie.termijn.domain.Gebeurtenis;
import nl.jeugdlink.escalatie.termijn.domain.OnleesbareGebeurtenis;
import nl.jeugdlink.platform.inbound.InboundEvent;
import nl.jeugdlink.platform.inbound.InboundEvents;
import nl.jeugdlink.platform.inbound.InboundHandlers;
import nl.jeugdlink.platform.inbound.Subject;
import nl.jeugdlink.platform.inbound.UnreadableEventException;
import org.springframework.messaging.Message;
import tools.jackson.databind.JsonNode;

/**
 * One binding's events, as facts for the clock, through the platform's handler table (ADR 0015):
 * a row per event type the rule table reads and the topic publishes, each read as JSON so that a
 * new event type needs a rule and no code here. The table checks envelope, schema, subject (the
 * aggregate the topic is keyed by) and region, counts every outcome and dead-letters refusals;
 * any other type on the topic is ignored. Every event names its traject by {@code aanmeldingId}
 * and its municipality by {@code gemeenteCode}. Every binding takes a poll at a time (batch mode, ADR 0018).
 */
public class GebeurtenisListener implements Consumer<Message<List<byte[]>>> {

    static final String AANMELDING = "/aanmeldingId";
    static final String GEMEENTE = "/gemeenteCode";

    private final Consumer<Message<List<byte[]>>> tabel;

    /**
     * @param binding the binding's name, e.g. {@code casussen-in-0}
     * @param onderwerp pointer to the id the topic is keyed by ({@code /aanmeldingId} on the intake's, {@code /casusId} on the casus topic)
     * @param contracten the event types published on the topic
     */
    public GebeurtenisListener(InboundHandlers handlers, String binding, TrackingTermijnen bijhouden, String onderwerp,
            Collection<EventType> contracten) {
        Subject<JsonNode> subject = Subject.<JsonNode>of(onderwerp.substring(1), payload -> tekst(payload, onderwerp))
                .inMunicipality(payload -> tekst(payload, GEMEENTE));
        var tabel = handlers.forBinding(binding).rejecting(TrajectGeweigerd.class);
        contracten.stream().filter(type -> bijhouden.leest(type.type()))
                .forEach(type -> tabel.onJson(type, subject, (event, payload) -> verwerk(bijhouden, event, payload)));
        // A poll at a time (ADR 0018, consumer.batch-mode): the table checks, counts and dead-letters per record and retries with the
        // binding's back-off; each fact is still its own write of its traject (the platform has no one-write-per-run row for JSON rows).
        this.tabel = tabel.buildBatch();
    }

    @Override
    public void accept(Message<List<byte[]>> message) {
        tabel.accept(message);
    }

    private static InboundEvents.Outcome verwerk(TrackingTermijnen bijhouden, InboundEvent event, JsonNode payload) {
        JsonVelden velden = new JsonVelden(payload);
        try {
            var uitkomst = bijhouden.verwerk(event.id(), tekst(payload, AANMELDING), tekst(payload, GEMEENTE),
                    new Gebeurtenis(event.type(), event.time(), velden));
            return uitkomst == TrackingTermijnen.Uitkomst.VERWERKT ? InboundEvents.Outcome.APPLIED : InboundEvents.Outcome.DUPLICATE;
        } catch (OnleesbareGebeurtenis e) {
            throw new UnreadableEventException("event " + event.id() + ": " + e.getMessage(), e);
        }
    }

    /** A field every event of the topic carries; the schema check has run, so a gap is an unreadable event. */
    private static String tekst(JsonNode payload, String pointer) {
        return new JsonVelden(payload).tekst(pointer).filter(s -> !s.isBlank())
                .orElseThrow(() -> new UnreadableEventException("payload has no " + pointer));
    }
}
