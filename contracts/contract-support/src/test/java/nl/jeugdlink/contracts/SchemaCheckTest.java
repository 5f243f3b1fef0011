package nl.jeugdlink.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The check a consumer runs on every payload it receives: from the bytes it sees what it sees from the text. */
class SchemaCheckTest {

    record DingGemeld(String dingId, String gemeenteCode, String naam) {
    }

    private static final EventType DING_GEMELD = new EventType("DingGemeld", 1, "nl.jeugdlink.test.ding-gemeld.v1", "jeugdlink.test.ding", DingGemeld.class);

    private static final String GELDIG = "{\"dingId\": \"0b7c5a3e-4f1d-4c2a-9a51-2f6d1c0e7b11\", \"gemeenteCode\": \"GM0228\", \"naam\": \"Ede é\"}";

    private static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void findsNothingWrongWithAPayloadThatKeepsItsSchemaReadFromTextOrBytes() {
        assertThat(SchemaCheck.violations(DING_GEMELD, GELDIG)).isEmpty();
        assertThat(SchemaCheck.violations(DING_GEMELD, utf8(GELDIG))).isEmpty();
    }

    @Test
    void namesEveryBrokenRuleAlikeFromTextAndFromBytes() {
        String gebroken = "{\"dingId\": \"geen-uuid\", \"naam\": \"een naam die te lang is voor het schema\"}";

        var uitTekst = SchemaCheck.violations(DING_GEMELD, gebroken);
        assertThat(uitTekst).hasSize(3).anySatisfy(v -> assertThat(v).contains("dingId"))
                .anySatisfy(v -> assertThat(v).contains("gemeenteCode")).anySatisfy(v -> assertThat(v).contains("naam"));
        assertThat(SchemaCheck.violations(DING_GEMELD, utf8(gebroken))).isEqualTo(uitTekst);
    }

    @Test
    void findsAPayloadThatIsNoJsonAtAllUnreadable() {
        assertThat(SchemaCheck.violations(DING_GEMELD, "{ geen json")).singleElement().asString().startsWith("not JSON");
        assertThat(SchemaCheck.violations(DING_GEMELD, utf8("{ geen json"))).singleElement().asString().startsWith("not JSON");
    }

    @Test
    void findsBytesThatAreNoUtf8NoJson() {
        byte[] latin1 = GELDIG.getBytes(StandardCharsets.ISO_8859_1);

        assertThat(SchemaCheck.violations(DING_GEMELD, latin1)).singleElement().asString().startsWith("not JSON");
    }

    @Test
    void readsAPatternsEndAsTheEndOfTheValue() {
        for (String einde : new String[] {"\\n", "\\r\\n", "\\u2028", " "}) {
            String metEinde = GELDIG.replace("\"GM0228\"", "\"GM0228" + einde + "\"");

            assertThat(SchemaCheck.violations(DING_GEMELD, metEinde)).as("gemeenteCode ending in %s", einde)
                    .singleElement().asString().contains("$.gemeenteCode").contains("^GM[0-9]{4}$");
        }
    }

    @Test
    void checksATreeAsItChecksTheBytes() {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        String gebroken = "{\"dingId\": \"geen-uuid\", \"naam\": \"een naam die te lang is voor het schema\"}";

        assertThat(SchemaCheck.violations(DING_GEMELD, json.readTree(GELDIG))).isEmpty();
        assertThat(SchemaCheck.violations(DING_GEMELD, json.readTree(gebroken))).isEqualTo(SchemaCheck.violations(DING_GEMELD, gebroken));
    }
}
