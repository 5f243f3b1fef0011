package nl.jeugdlink.escalatie.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.jeugdlink.escalatie.termijn.domain.Termijnklok;
import nl.jeugdlink.escalatie.termijn.domain.Termijnregel;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The deadline figures. The counters stand at 0 from the start, for every kind of the shipped rule table and every municipality of the region
 * (issue 16): Prometheus's {@code increase()} takes a series' first sample as its start, so a counter that appeared only at its first
 * event never counted it. Every stopped deadline's duration in working days, per kind and outcome. GM0339 (Renswoude) and GM0279
 * (Scherpenzeel) are municipalities no other test of this context uses (the duration's test keeps to kinds the first leaves alone).
 */
@JeugdLinkIntegrationTest
class TermijnTellersIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final List<String> UITKOMSTEN = List.of("GEHAALD", "TE_LAAT_GEHAALD", "VERVALLEN");

    private final KafkaProbe kafka = new KafkaProbe();

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Termijnklok klok;

    @Value("${jeugdlink.region-gemeenten}")
    Set<String> gemeenten;

    @Test
    void everyKindsCountersStandAtZeroFromTheStartForEveryMunicipalityOfTheRegion() {
        List<Termijnregel> regels = klok.regels().regels();
        assertThat(regels).extracting(r -> r.soort().name()).contains("EERSTE_CONTACT", "TOEWIJZING_ANTWOORD", "ROUTE_301_STAP_2_4", "INZAGEVERZOEK");
        assertThat(gemeenten).hasSize(7).contains("GM0228", "GM0339");

        List<String> ontbrekend = new ArrayList<>();
        for (Termijnregel regel : regels) {
            String soort = regel.soort().name();
            for (String gemeente : gemeenten) {
                bestaat(ontbrekend, "jeugdlink.termijnen.gestart", soort, gemeente);
                UITKOMSTEN.forEach(uitkomst -> bestaat(ontbrekend, "jeugdlink.termijnen.gestopt", soort, gemeente, "uitkomst", uitkomst));
                bestaat(ontbrekend, "jeugdlink.termijnen.overschreden", soort, gemeente);
                bestaat(ontbrekend, "jeugdlink.termijnen.overschrijding.ingetrokken", soort, gemeente);
                Termijnregel.Opschaling daarna = regel.betreft(gemeente).daarna();
                if (daarna != null) {
                    bestaat(ontbrekend, "jeugdlink.termijnen.opgeschaald", soort, gemeente, "rol", daarna.rol());
                }
            }
        }
        assertThat(ontbrekend).isEmpty();
        // A kind whose breach reaches a next person has that counter too, with the role (ZOEKTOCHT_STAP_6: the region's contact).
        assertThat(meters.get("jeugdlink.termijnen.opgeschaald").tags("soort", "ZOEKTOCHT_STAP_6", "gemeente", "GM0339", "rol", "REGIONALE_CONTACTPERSOON")
                .counter().count()).isZero();

        // As Prometheus scrapes them: a series at 0.0 for a municipality where nothing happened yet.
        String prometheus = ApiCaller.onPort(port).get("/actuator/prometheus", null).body();
        for (String naam : List.of("jeugdlink_termijnen_gestart_total", "jeugdlink_termijnen_overschreden_total",
                "jeugdlink_termijnen_overschrijding_ingetrokken_total")) {
            assertThat(prometheus).containsPattern(Pattern.compile("(?m)^" + naam + "\\{[^}]*gemeente=\"GM0339\"[^}]*soort=\"ROUTE_301_STAP_2_4\"[^}]*\\} 0\\.0$"));
        }
        assertThat(prometheus).containsPattern(Pattern.compile(
                "(?m)^jeugdlink_termijnen_gestopt_total\\{[^}]*gemeente=\"GM0339\"[^}]*soort=\"BEPALING_TOEWIJZING\"[^}]*uitkomst=\"TE_LAAT_GEHAALD\"[^}]*\\} 0\\.0$"));
    }

    @Test
    void theFirstDeadlineOfAKindInAMunicipalityMovesItsCounterFromZeroToOne() {
        Counter gestart = meters.get("jeugdlink.termijnen.gestart").tags("soort", "TOEWIJZING_ANTWOORD", "gemeente", "GM0279").counter();
        assertThat(gestart.count()).isZero();

        new TrajectEventsMother("GM0279").jeugdhulpToegewezen(UUID.randomUUID().toString(), "2027-04-20T10:00:00Z").send(kafka);

        // The same series moves: the first event is the step from 0 to 1 that increase() sees.
        await().atMost(PATIENCE).until(() -> gestart.count() == 1.0);
    }

    @Test
    void everyStoppedDeadlinesDurationInWorkingDaysIsRecordedPerKindAndOutcome() {
        var traject = new TrajectEventsMother("GM0339");
        String toewijzing = UUID.randomUUID().toString();

        // Assigned Tuesday 20 April 2027; care started Wednesday 21, reported Friday 30 April (Koningsdag, the 27th, off): the answer
        // took 7 working days against its 5, the start report 6 against its 5 - both late.
        traject.jeugdhulpToegewezen(toewijzing, "2027-04-20T10:00:00Z").send(kafka);
        traject.jeugdhulpGestart(toewijzing, "2027-04-21", "2027-04-30T08:00:00Z").send(kafka);

        await().atMost(PATIENCE).until(() -> duur("START_GEMELD", "TE_LAAT_GEHAALD") != null && duur("TOEWIJZING_ANTWOORD", "TE_LAAT_GEHAALD") != null);
        assertThat(duur("TOEWIJZING_ANTWOORD", "TE_LAAT_GEHAALD").count()).isEqualTo(1);
        assertThat(duur("TOEWIJZING_ANTWOORD", "TE_LAAT_GEHAALD").totalAmount()).isEqualTo(7.0);
        assertThat(duur("START_GEMELD", "TE_LAAT_GEHAALD").count()).isEqualTo(1);
        assertThat(duur("START_GEMELD", "TE_LAAT_GEHAALD").totalAmount()).isEqualTo(6.0);

        // On Prometheus with buckets at the registry's terms: the share within a kind's term is a bucket over the count.
        String prometheus = ApiCaller.onPort(port).get("/actuator/prometheus", null).body();
        assertThat(prometheus).containsPattern(Pattern.compile(
                "(?m)^jeugdlink_termijnen_duur_werkdagen_bucket\\{[^}]*gemeente=\"GM0339\"[^}]*soort=\"TOEWIJZING_ANTWOORD\"[^}]*uitkomst=\"TE_LAAT_GEHAALD\"[^}]*le=\"5\\.0\"\\} 0(\\.0)?$"));
        assertThat(prometheus).containsPattern(Pattern.compile(
                "(?m)^jeugdlink_termijnen_duur_werkdagen_bucket\\{[^}]*gemeente=\"GM0339\"[^}]*soort=\"TOEWIJZING_ANTWOORD\"[^}]*uitkomst=\"TE_LAAT_GEHAALD\"[^}]*le=\"10\\.0\"\\} 1(\\.0)?$"));
    }

    private @Nullable DistributionSummary duur(String soort, String uitkomst) {
        return meters.find("jeugdlink.termijnen.duur.werkdagen").tags("soort", soort, "gemeente", "GM0339", "uitkomst", uitkomst).summary();
    }

    private void bestaat(List<String> ontbrekend, String naam, String soort, String gemeente, String... meer) {
        List<String> tags = new ArrayList<>(List.of("soort", soort, "gemeente", gemeente));
        tags.addAll(List.of(meer));
        if (meters.find(naam).tags(tags.toArray(String[]::new)).counter() == null) {
            ontbrekend.add(naam + tags);
        }
    }
}
