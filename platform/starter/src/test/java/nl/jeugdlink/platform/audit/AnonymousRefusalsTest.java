package nl.jeugdlink.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdlink.platform.klok.AdjustableClock;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class AnonymousRefusalsTest {

    private final List<AuditEntry> records = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AdjustableClock clock = new AdjustableClock(Clock.fixed(Instant.parse("2026-11-26T10:00:00.100Z"), ZoneOffset.UTC));

    private AnonymousRefusals weigeringen() {
        return new AnonymousRefusals(records::add, clock, 3, meters);
    }

    private static MockHttpServletRequest verzoek() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/aanmeldingen/0b3c1b9e-7a1d-4c55-9a51-1f6f2b8f6a10");
        request.setRemoteAddr("203.0.113.9");
        return request;
    }

    @Test
    void recordsEachRefusalUpToTheLimitAndSumsUpTheRestInTheNextSecond() {
        AnonymousRefusals weigeringen = weigeringen();
        for (int i = 0; i < 10; i++) {
            weigeringen.weiger(verzoek(), "niet aangemeld: geen toegangstoken");
        }
        assertThat(records).hasSize(3);
        assertThat(records.getFirst().gebruikerId()).isEqualTo("anoniem");
        assertThat(records.getFirst().betreft()).isEqualTo("0b3c1b9e-7a1d-4c55-9a51-1f6f2b8f6a10");
        assertThat(records.getFirst().herkomst()).isEqualTo("203.0.113.9");
        assertThat(records.getFirst().resultaat()).isEqualTo(AuditEntry.Resultaat.GEWEIGERD);

        clock.zet(Instant.parse("2026-11-26T10:00:01.050Z"));
        weigeringen.weiger(verzoek(), "niet aangemeld: toegangstoken verlopen");

        assertThat(records).hasSize(5);
        assertThat(records.get(3).toelichting()).startsWith("7 verzoeken zonder geldig toegangstoken geweigerd");
        assertThat(records.get(4).toelichting()).isEqualTo("niet aangemeld: toegangstoken verlopen");
        // Every refusal is counted, whether it got a record of its own or not.
        assertThat(meters.find("jeugdlink.audit.anoniem.geweigerd").counters()).extracting(c -> c.count()).containsExactlyInAnyOrder(4.0, 7.0);
    }
}
