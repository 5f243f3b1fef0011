package nl.jeugdlink.platform.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import nl.jeugdlink.contracts.EventType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class InboundHandlersTest {

    record DingGebeurd(String dingId, @Nullable String gemeenteCode) {
    }

    static final EventType DING_GEBEURD = new EventType("DingGebeurd", 1, "nl.jeugdlink.test.ding-gebeurd.v1", "jeugdlink.test.ding", DingGebeurd.class);

    static class Geweigerd extends RuntimeException {
        Geweigerd(String message) {
            super(message);
        }
    }

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final InboundHandlers handlers = new InboundHandlers(new InboundEvents(JsonMapper.builder().build(), meters), "foodvalley",
            Set.of("GM0228", "GM0345"));
    private final List<DingGebeurd> toegepast = new ArrayList<>();

    private Consumer<Message<byte[]>> table(EventHandler<DingGebeurd> handler) {
        return handlers.forBinding("dingen-in-0")
                .onEvent(DING_GEBEURD, DingGebeurd.class, Subject.of("ding", DingGebeurd::dingId).inMunicipality(DingGebeurd::gemeenteCode), handler)
                .rejecting(Geweigerd.class)
                .build();
    }

    private Consumer<Message<byte[]>> table() {
        return table((event, ding) -> {
            toegepast.add(ding);
            return InboundEvents.Outcome.APPLIED;
        });
    }

    private static Message<byte[]> message(String type, String subject, String json) {
        return MessageBuilder.withPayload(json.getBytes(StandardCharsets.UTF_8))
                .setHeader("ce_specversion", "1.0")
                .setHeader("ce_id", UUID.randomUUID().toString())
                .setHeader("ce_source", "urn:nld:jeugdlink:foodvalley:test")
                .setHeader("ce_type", type)
                .setHeader("ce_subject", subject)
                .setHeader("ce_time", "2026-11-24T10:02:11Z")
                .setHeader("content-type", "application/json")
                .build();
    }

    private static Message<byte[]> ding(String dingId, @Nullable String gemeenteCode) {
        String gemeente = gemeenteCode == null ? "null" : "\"" + gemeenteCode + "\"";
        return message(DING_GEBEURD.type(), dingId, "{\"dingId\": \"" + dingId + "\", \"gemeenteCode\": " + gemeente + "}");
    }

    private double consumed(String type, String outcome) {
        var counter = meters.find("jeugdlink.events.consumed").tag("type", type).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void appliesAnEventOfItsTypeAsItsContractRecordAndCountsIt() {
        table().accept(ding("d-1", "GM0228"));

        assertThat(toegepast).containsExactly(new DingGebeurd("d-1", "GM0228"));
        assertThat(consumed(DING_GEBEURD.type(), "applied")).isEqualTo(1);
    }

    @Test
    void countsWhatTheHandlerReportsAsADuplicate() {
        table((event, ding) -> InboundEvents.Outcome.DUPLICATE).accept(ding("d-1", "GM0228"));

        assertThat(consumed(DING_GEBEURD.type(), "duplicate")).isEqualTo(1);
        assertThat(consumed(DING_GEBEURD.type(), "applied")).isZero();
    }

    @Test
    void acknowledgesAndCountsATypeItDoesNotNameAsIgnored() {
        table().accept(message("nl.jeugdlink.test.iets-anders.v1", "x-1", "{\"wat\": 1}"));

        assertThat(toegepast).isEmpty();
        assertThat(consumed("nl.jeugdlink.test.iets-anders.v1", "ignored")).isEqualTo(1);
    }

    @Test
    void appliesAnEventThatCarriesNoMunicipality() {
        table().accept(ding("d-2", null));

        assertThat(toegepast).containsExactly(new DingGebeurd("d-2", null));
    }

    @Test
    void findsAMessageWithoutCloudEventsEnvelopeUnreadable() {
        var kaal = MessageBuilder.withPayload("{ geen CloudEvent".getBytes(StandardCharsets.UTF_8)).build();

        assertThatThrownBy(() -> table().accept(kaal)).isInstanceOf(UnreadableEventException.class).hasMessageContaining("not a readable CloudEvent");
    }

    @Test
    void findsAPayloadThatBreaksItsSchemaUnreadableWithoutCallingTheHandler() {
        var zonderGemeente = message(DING_GEBEURD.type(), "d-3", "{\"dingId\": \"d-3\"}");

        assertThatThrownBy(() -> table().accept(zonderGemeente)).isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("breaks its schema").hasMessageContaining("gemeenteCode");
        assertThat(toegepast).isEmpty();
        assertThat(consumed(DING_GEBEURD.type(), "unreadable")).isEqualTo(1);
    }

    @Test
    void rejectsAnEventWhoseSubjectIsNotTheAggregateItsPayloadNames() {
        var elders = message(DING_GEBEURD.type(), "d-anders", "{\"dingId\": \"d-4\", \"gemeenteCode\": \"GM0228\"}");

        assertThatThrownBy(() -> table().accept(elders)).isInstanceOf(RejectedEventException.class)
                .hasMessage("subject d-anders is not the ding d-4");
        assertThat(toegepast).isEmpty();
        assertThat(consumed(DING_GEBEURD.type(), "rejected")).isEqualTo(1);
    }

    @Test
    void rejectsAnEventOfAMunicipalityOutsideTheRegion() {
        assertThatThrownBy(() -> table().accept(ding("d-5", "GM0363"))).isInstanceOf(RejectedEventException.class)
                .hasMessage("gemeente GM0363 hoort niet bij regio foodvalley");
        assertThat(toegepast).isEmpty();
    }

    @Test
    void readsAJsonRowWithTheSameChecksAsARecordRow() {
        List<String> gelezen = new ArrayList<>();
        var json = handlers.forBinding("dingen-in-0")
                .onJson(DING_GEBEURD, Subject.<JsonNode>of("ding", p -> p.path("dingId").asString()).inMunicipality(p -> p.path("gemeenteCode").asString()),
                        (event, payload) -> {
                            gelezen.add(payload.path("dingId").asString());
                            return InboundEvents.Outcome.APPLIED;
                        })
                .build();

        json.accept(ding("d-8", "GM0228"));
        assertThatThrownBy(() -> json.accept(message(DING_GEBEURD.type(), "d-9", "{\"dingId\": \"d-9\"}")))
                .isInstanceOf(UnreadableEventException.class).hasMessageContaining("breaks its schema");
        assertThatThrownBy(() -> json.accept(ding("d-10", "GM0363"))).isInstanceOf(RejectedEventException.class)
                .hasMessage("gemeente GM0363 hoort niet bij regio foodvalley");
        assertThatThrownBy(() -> json.accept(message(DING_GEBEURD.type(), "d-anders", "{\"dingId\": \"d-11\", \"gemeenteCode\": \"GM0228\"}")))
                .isInstanceOf(RejectedEventException.class).hasMessage("subject d-anders is not the ding d-11");

        assertThat(gelezen).containsExactly("d-8");
        assertThat(consumed(DING_GEBEURD.type(), "applied")).isEqualTo(1);
        assertThat(consumed(DING_GEBEURD.type(), "unreadable")).isEqualTo(1);
        assertThat(consumed(DING_GEBEURD.type(), "rejected")).isEqualTo(2);
    }

    @Test
    void turnsARefusalOfTheServiceIntoARejectionWithItsReason() {
        var weigerend = table((event, ding) -> {
            throw new Geweigerd("ding " + ding.dingId() + " bestaat al anders");
        });

        assertThatThrownBy(() -> weigerend.accept(ding("d-6", "GM0228"))).isInstanceOf(RejectedEventException.class)
                .hasMessage("ding d-6 bestaat al anders").hasCauseInstanceOf(Geweigerd.class);
    }

    @Test
    void letsAnyOtherFailureThroughSoThatTheBindingRetriesIt() {
        var storing = table((event, ding) -> {
            throw new IllegalStateException("store unreachable");
        });

        assertThatThrownBy(() -> storing.accept(ding("d-7", "GM0228"))).isExactlyInstanceOf(IllegalStateException.class);
        assertThat(meters.find("jeugdlink.events.consumed").counters()).isEmpty();
    }

    @Test
    void refusesATableThatNamesATypeTwiceOrWithAnotherRecord() {
        assertThatThrownBy(() -> handlers.forBinding("dingen-in-0")
                .onEvent(DING_GEBEURD, DingGebeurd.class, Subject.of("ding", DingGebeurd::dingId), (e, d) -> InboundEvents.Outcome.APPLIED)
                .onEvent(DING_GEBEURD, DingGebeurd.class, Subject.of("ding", DingGebeurd::dingId), (e, d) -> InboundEvents.Outcome.APPLIED))
                .isInstanceOf(IllegalArgumentException.class);
        record Anders(String dingId) {
        }
        assertThatThrownBy(() -> handlers.forBinding("dingen-in-0")
                .onEvent(DING_GEBEURD, Anders.class, Subject.of("ding", Anders::dingId), (e, d) -> InboundEvents.Outcome.APPLIED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
