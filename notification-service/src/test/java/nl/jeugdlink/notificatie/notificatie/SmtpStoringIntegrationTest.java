package nl.jeugdlink.notificatie.notificatie;

import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_AANMELDING;
import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_CASUS;
import static nl.jeugdlink.notificatie.Gebeurtenissen.stuur;
import static nl.jeugdlink.notificatie.Gebeurtenissen.voorbeeld;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.notificatie.NotificatieIntegrationTest;
import nl.jeugdlink.notificatie.TestMail;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.notificatie.notificatie.domain.Ontvanger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The mail server goes down: nothing is lost, the circuit opens, and once it is back the mail arrives exactly once. */
@NotificatieIntegrationTest
class SmtpStoringIntegrationTest {

    private static final String REGISSEUR = "r.bakker@st-ede.test";

    @Autowired
    Notificaties notificaties;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @Autowired
    MeterRegistry meters;

    @LocalServerPort
    int port;

    @Test
    void keepsTheMessageWaitingWhileSmtpIsDownAndSendsItOnceWhenItIsBack() throws Exception {
        String aanmelding = UUID.randomUUID().toString();
        String casus = UUID.randomUUID().toString();
        List<CircuitBreaker.State> naar = new CopyOnWriteArrayList<>();
        circuitBreakers.circuitBreaker("smtp").getEventPublisher().onStateTransition(e -> naar.add(e.getStateTransition().getToState()));
        String id;

        TestMail.stop();
        try {
            String eventId = stuur(CaseEvents.REGISSEUR_GEKOPPELD, casus,
                    voorbeeld(CaseEvents.REGISSEUR_GEKOPPELD, Map.of(GOUDEN_AANMELDING, aanmelding, GOUDEN_CASUS, casus)));
            id = Notificatie.idVoor(eventId, new Ontvanger("REGISSEUR", "st-ede-0017"));
            String bericht = id;

            await().atMost(Duration.ofSeconds(30)).until(() -> notificaties.vind(bericht).map(n -> n.pogingen() >= 2).orElse(false));
            assertThat(notificaties.vind(bericht).orElseThrow().status()).isEqualTo(Notificatie.Status.WACHTEND);
            assertThat(notificaties.vind(bericht).orElseThrow().laatsteFout()).isNotBlank();
            await().atMost(Duration.ofSeconds(10)).until(() -> naar.contains(CircuitBreaker.State.OPEN));
            await().atMost(Duration.ofSeconds(10)).until(() -> wachtend() >= 1);
            assertThat(prometheus()).contains("resilience4j_circuitbreaker_state{", "name=\"smtp\"", "jeugdlink_notificaties_wachtend{",
                    "jeugdlink_notificaties_mislukt_total{");
        } finally {
            TestMail.restart();
        }

        String bericht = id;
        await().atMost(Duration.ofSeconds(30)).until(() -> notificaties.vind(bericht).orElseThrow().status() == Notificatie.Status.VERZONDEN);
        // Sent is final: nothing sends it again, so what arrived is all that ever will.
        assertThat(TestMail.aan(REGISSEUR, casus)).hasSize(1);
        assertThat(TestMail.header(TestMail.aan(REGISSEUR, casus).getFirst(), "Message-ID")).isEqualTo("<" + bericht + "@notificatie.jeugdlink.local>");
        await().atMost(Duration.ofSeconds(10)).until(() -> circuitBreakers.circuitBreaker("smtp").getState() == CircuitBreaker.State.CLOSED);
        assertThat(meters.find("jeugdlink.notificaties.verzonden").tag("sjabloon", "regisseur-gekoppeld").counter().count()).isPositive();
    }

    private double wachtend() {
        var gauge = meters.find("jeugdlink.notificaties.wachtend").tag("sjabloon", "regisseur-gekoppeld").gauge();
        return gauge == null ? 0 : gauge.value();
    }

    private String prometheus() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
