package nl.jeugdlink.escalatie.termijn.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.escalatie.termijn.application.Metingen;
import nl.jeugdlink.escalatie.termijn.application.TrackingTermijnen;
import nl.jeugdlink.escalatie.termijn.domain.TermijnEvent;
import nl.jeugdlink.escalatie.termijn.domain.Termijnklok;
import nl.jeugdlink.escalatie.termijn.domain.TermijnregelsMother;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;
import nl.jeugdlink.escalatie.termijn.domain.Werkdagkalender;
import nl.jeugdlink.platform.inbound.InboundEvents;
import nl.jeugdlink.platform.inbound.InboundHandlers;
import nl.jeugdlink.platform.inbound.UnreadableEventException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.json.JsonMapper;

/** What the listener checks before the clock sees a fact, and how it counts what it refused (the broker-backed cases: ConsumerCases). */
class GebeurtenisListenerTest {

    private static final String AANMELDING = "0b7c5a3e-4f1d-4c2a-9a51-2f6d1c0e7b11";

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final InboundEvents inbound = new InboundEvents(JsonMapper.builder().build(), meters);
    /** A store that must not be reached: every refusal here comes before any write. */
    private final Trajecten geenOpslag = (Trajecten) java.lang.reflect.Proxy.newProxyInstance(Trajecten.class.getClassLoader(),
            new Class<?>[] {Trajecten.class}, (proxy, method, args) -> {
                throw new AssertionError("store reached: " + method.getName());
            });
    private final TrackingTermijnen bijhouden = new TrackingTermijnen(geenOpslag,
            new Termijnklok(new Werkdagkalender(d -> false), TermijnregelsMother.seed003()), new Metingen() {
                @Override
                public void vastgelegd(List<TermijnEvent> events) {
                }

                @Override
                public void lopend(Map<Trajecten.Telling, Long> telling) {
                }
            });

    /** What the table sent to the dead-letter topic: the reason per record. */
    private final List<RuntimeException> doodGelegd = new java.util.ArrayList<>();

    private GebeurtenisListener listener(List<EventType> contracten) {
        return new GebeurtenisListener(new InboundHandlers(inbound, "foodvalley", Set.of("GM0228"), (binding, record, reden) -> doodGelegd.add(reden),
                new nl.jeugdlink.platform.inbound.InboundRetry(1, java.time.Duration.ZERO, 1, java.time.Duration.ZERO)), "aanmeldingen-in-0", bijhouden,
                "/aanmeldingId", contracten);
    }

    /** A poll of one record, as the Kafka binder hands it to a batch-mode consumer (ADR 0018). */
    private static Message<List<byte[]>> bericht(EventType type, String json) {
        Map<String, Object> headers = new java.util.LinkedHashMap<>();
        headers.put("ce_specversion", bytes("1.0"));
        headers.put("ce_id", bytes("e-1"));
        headers.put("ce_source", bytes("urn:test"));
        headers.put("ce_type", bytes(type.type()));
        headers.put("ce_subject", bytes(AANMELDING));
        headers.put("ce_time", bytes("2026-04-21T08:15:00Z"));
        return MessageBuilder.withPayload(List.of(bytes(json)))
                .setHeader(KafkaHeaders.RECEIVED_KEY, List.of(bytes(AANMELDING)))
                .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, List.of(headers))
                .setHeader(KafkaHeaders.OFFSET, List.of(0L))
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, List.of(0))
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, List.of(IntakeEvents.TOPIC))
                .build();
    }

    private static byte[] bytes(String tekst) {
        return tekst.getBytes(StandardCharsets.UTF_8);
    }

    private double geteld(String uitkomst) {
        var counter = meters.find("jeugdlink.events.consumed").tag("outcome", uitkomst).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void refusesAPayloadThatBreaksTheProducersSchemaAsUnreadableAndCountsIt() {
        String zonderGemeente = SchemaCheck.example(IntakeEvents.AANMELDING_ONTVANGEN).replace("\"gemeenteCode\"", "\"gemeente\"");

        listener(IntakeEvents.ALL).accept(bericht(IntakeEvents.AANMELDING_ONTVANGEN, zonderGemeente));

        // In batch mode the table dead-letters the record itself and goes on with the poll.
        assertThat(doodGelegd).singleElement().isInstanceOf(UnreadableEventException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains("breaks its schema"));
        assertThat(geteld("unreadable")).isEqualTo(1);
    }

    @Test
    void ignoresATypeARuleReadsThatTheTopicDoesNotPublish() {
        // A rule may read types of either topic; each binding's table has rows only for its own topic's types.
        listener(CaseEvents.ALL).accept(bericht(IntakeEvents.AANMELDING_ONTVANGEN, SchemaCheck.example(IntakeEvents.AANMELDING_ONTVANGEN)));

        assertThat(geteld("ignored")).isEqualTo(1);
        assertThat(geteld("unreadable")).isZero();
        assertThat(doodGelegd).isEmpty();
    }

    @Test
    void ignoresATypeNoRuleReadsWithoutCheckingIt() {
        listener(IntakeEvents.ALL).accept(bericht(IntakeEvents.STARTOVERLEG_GEPLAND, "{}"));

        assertThat(geteld("ignored")).isEqualTo(1);
    }
}
