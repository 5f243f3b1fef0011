package nl.jeugdlink.escalatie.termijn.adapter.messaging;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.escalatie.termijn.application.TrackingTermijnen;
import nl.jeugdlink.escalatie.termijn.application.TrajectGeweigerd;
import nl.jeugdlink.escalatie.termijn.domain.Gebeurtenis;
import nl.jeugdlink.escalatie.termijn.domain.OnleesbareGebeurtenis;
import nl.jeugdlink.platform.inbound.BatchEventHandler;
import nl.jeugdlink.platform.inbound.InboundEvent;
import nl.jeugdlink.platform.inbound.InboundEvents;
import nl.jeugdlink.platform.inbound.InboundHandlers;
import nl.jeugdlink.platform.inbound.RejectedEventException;
import nl.jeugdlink.platform.inbound.Subject;
import nl.jeugdlink.platform.inbound.UnreadableEventException;
import org.springframework.messaging.Message;
import tools.jackson.databind.JsonNode;

/**
 * One binding's events, as facts for the clock, through the platform's handler table (ADR 0015):
 * a row per event type the rule table reads and the topic publishes, the facts read from the payload
 * as JSON so that a new event type needs a rule and no code here. The table checks envelope, schema,
 * subject (the aggregate the topic is keyed by) and region, counts every outcome and dead-letters
 * refusals; any other type on the topic is ignored. Every event names its traject by {@code aanmeldingId}
 * and its municipality by {@code gemeenteCode}.
 *
 * <p>Every binding takes a poll at a time (batch mode, ADR 0018) and writes each run of one type in one
 * go: the rows are the platform's JSON batch rows ({@code onJsonEvents}), so the table reads each payload once into the tree it
 * checks the subject and municipality on, and the facts are read by pointer from that same tree (issue 11: no second parse, no
 * contract record). A fact whose traject belongs to another municipality fails its run's write as a rejection, and the
 * table then writes the run one by one, dead-lettering only that fact.
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
        var tabel = handlers.forBinding(binding).rejecting(TrajectGeweigerd.class);
        Feiten feiten = new Feiten(bijhouden);
        contracten.stream().filter(type -> bijhouden.leest(type.type())).forEach(type -> rij(tabel, type, onderwerp, feiten));
        this.tabel = tabel.buildBatch();
    }

    private static void rij(InboundHandlers.Builder tabel, EventType type, String onderwerp, Feiten feiten) {
        Subject<JsonNode> subject = Subject.<JsonNode>of(onderwerp.substring(1), json -> tekst(json, onderwerp))
                .inMunicipality(json -> tekst(json, GEMEENTE));
        tabel.onJsonEvents(type, subject, feiten.voor());
    }

    @Override
    public void accept(Message<List<byte[]>> message) {
        tabel.accept(message);
    }

    /** A run of facts of one type, prepared one by one from the JSON the table read and checked, and written together. */
    private record Feiten(TrackingTermijnen bijhouden) {

        BatchEventHandler<JsonNode, TrackingTermijnen.Feit> voor() {
            return new BatchEventHandler<>() {
                @Override
                public TrackingTermijnen.Feit prepare(InboundEvent event, JsonNode json) {
                    return new TrackingTermijnen.Feit(event.id(), tekst(json, AANMELDING), tekst(json, GEMEENTE),
                            new Gebeurtenis(event.type(), event.time(), new JsonVelden(json)));
                }

                @Override
                public List<InboundEvents.Outcome> write(List<TrackingTermijnen.Feit> feiten) {
                    try {
                        return bijhouden.verwerkAlle(feiten).stream()
                                .map(u -> u == TrackingTermijnen.Uitkomst.VERWERKT ? InboundEvents.Outcome.APPLIED : InboundEvents.Outcome.DUPLICATE)
                                .toList();
                    } catch (TrajectGeweigerd e) {
                        // Not retried: the table writes the run one by one and dead-letters only this fact, with its reason.
                        throw new RejectedEventException(e.getMessage() == null ? "traject van een andere gemeente" : e.getMessage(), e);
                    } catch (OnleesbareGebeurtenis e) {
                        throw new UnreadableEventException("event: " + e.getMessage(), e);
                    }
                }
            };
        }
    }

    /** A field every event of the topic carries; the schema check has run, so a gap is an unreadable event. */
    private static String tekst(JsonNode payload, String pointer) {
        return new JsonVelden(payload).tekst(pointer).filter(s -> !s.isBlank())
                .orElseThrow(() -> new UnreadableEventException("payload has no " + pointer));
    }
}
