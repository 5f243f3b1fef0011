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
 * go: the rows are the platform's batch rows ({@code onEvents}), so the table reads each payload as its
 * contract record too (it checks the subject on it); the facts are read from the payload as received.
 * A fact whose traject belongs to another municipality fails its run's write as a rejection, and the
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
    public GebeurtenisListener(InboundHandlers handlers, InboundEvents inbound, String binding, TrackingTermijnen bijhouden, String onderwerp,
            Collection<EventType> contracten) {
        var tabel = handlers.forBinding(binding).rejecting(TrajectGeweigerd.class);
        Feiten feiten = new Feiten(inbound, bijhouden);
        contracten.stream().filter(type -> bijhouden.leest(type.type())).forEach(type -> rij(tabel, type, onderwerp, feiten));
        this.tabel = tabel.buildBatch();
    }

    private static <T extends Record> void rij(InboundHandlers.Builder tabel, EventType type, String onderwerp, Feiten feiten) {
        @SuppressWarnings("unchecked")
        Class<T> contract = (Class<T>) type.payload();
        Subject<T> subject = Subject.<T>of(onderwerp.substring(1), veld(contract, onderwerp)).inMunicipality(veld(contract, GEMEENTE));
        tabel.onEvents(type, contract, subject, feiten.<T>voor());
    }

    @Override
    public void accept(Message<List<byte[]>> message) {
        tabel.accept(message);
    }

    /** A run of facts of one type, prepared one by one from their JSON and written together. */
    private record Feiten(InboundEvents inbound, TrackingTermijnen bijhouden) {

        <T> BatchEventHandler<T, TrackingTermijnen.Feit> voor() {
            return new BatchEventHandler<>() {
                @Override
                public TrackingTermijnen.Feit prepare(InboundEvent event, T payload) {
                    JsonNode json = inbound.tree(event);
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

    /**
     * A top-level text field of the contract record (the subject's id, the municipality), by the name the pointer gives: what the
     * table checks, read from the record it parsed. A record without it has an unreadable payload here, as the JSON would.
     */
    private static <T extends Record> java.util.function.Function<T, String> veld(Class<T> contract, String pointer) {
        String naam = pointer.substring(1);
        java.lang.reflect.Method accessor = java.util.Arrays.stream(contract.getRecordComponents()).filter(c -> c.getName().equals(naam))
                .map(java.lang.reflect.RecordComponent::getAccessor).findFirst().orElse(null);
        return payload -> {
            Object waarde;
            try {
                waarde = accessor == null ? null : accessor.invoke(payload);
            } catch (ReflectiveOperationException e) {
                throw new UnreadableEventException("payload has no readable " + pointer, e);
            }
            if (waarde == null || waarde.toString().isBlank()) {
                throw new UnreadableEventException("payload has no " + pointer);
            }
            return waarde.toString();
        };
    }

    /** A field every event of the topic carries; the schema check has run, so a gap is an unreadable event. */
    private static String tekst(JsonNode payload, String pointer) {
        return new JsonVelden(payload).tekst(pointer).filter(s -> !s.isBlank())
                .orElseThrow(() -> new UnreadableEventException("payload has no " + pointer));
    }
}
