package nl.jeugdlink.casus.casus.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JbtStandTest {

    private static final Instant OP = Instant.parse("2027-05-03T12:00:00Z");

    private static JbtStand stand(String verzoekId, JbtStand.Status status) {
        return new JbtStand(verzoekId, status, status == JbtStand.Status.BESLOTEN ? "VRIJWILLIG" : null, null,
                status == JbtStand.Status.GEPLAND ? LocalDate.parse("2027-05-11") : null, null, OP);
    }

    @Test
    void withinOneRequestTheStandNeverMovesBack() {
        JbtStand besloten = stand("v1", JbtStand.Status.BESLOTEN);

        assertThat(besloten.na(stand("v1", JbtStand.Status.INGEDIEND))).isEmpty();
        assertThat(besloten.na(stand("v1", JbtStand.Status.BESLOTEN))).isEmpty();
        assertThat(stand("v1", JbtStand.Status.INGEDIEND).na(stand("v1", JbtStand.Status.GEPLAND))).hasValueSatisfying(s ->
                assertThat(s.status()).isEqualTo(JbtStand.Status.GEPLAND));
        assertThat(stand("v1", JbtStand.Status.INGEDIEND).na(stand("v1", JbtStand.Status.TERUGGESTUURD))).isPresent();
    }

    @Test
    void aSecondRequestAfterADecisionMovesTheStandToItAndTheFirstOnesEventsAreOldNews() {
        JbtStand tweede = stand("v1", JbtStand.Status.BESLOTEN).na(stand("v2", JbtStand.Status.INGEDIEND)).orElseThrow();

        assertThat(tweede.verzoekId()).isEqualTo("v2");
        assertThat(tweede.status()).isEqualTo(JbtStand.Status.INGEDIEND);
        assertThat(tweede.uitkomst()).isNull();
        assertThat(tweede.eerdereVerzoekIds()).containsExactly("v1");
        assertThat(tweede.na(stand("v1", JbtStand.Status.BESLOTEN))).as("the first request's decision delivered again").isEmpty();
        assertThat(tweede.na(stand("v1", JbtStand.Status.INGEDIEND))).isEmpty();

        JbtStand gepland = tweede.na(stand("v2", JbtStand.Status.GEPLAND)).orElseThrow();
        assertThat(gepland.eerdereVerzoekIds()).as("the history stays with the stand").containsExactly("v1");
        JbtStand derde = gepland.na(stand("v2", JbtStand.Status.BESLOTEN)).orElseThrow().na(stand("v3", JbtStand.Status.INGEDIEND)).orElseThrow();
        assertThat(derde.eerdereVerzoekIds()).containsExactly("v1", "v2");
    }
}
