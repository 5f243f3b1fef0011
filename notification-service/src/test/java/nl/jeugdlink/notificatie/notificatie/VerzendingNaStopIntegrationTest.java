package nl.jeugdlink.notificatie.notificatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.jeugdlink.notificatie.NotificatieIntegrationTest;
import nl.jeugdlink.notificatie.TestMail;
import nl.jeugdlink.notificatie.notificatie.adapter.mail.SmtpVerzender;
import nl.jeugdlink.notificatie.notificatie.adapter.persistence.MongoNotificaties;
import nl.jeugdlink.notificatie.notificatie.domain.Bericht;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.notificatie.notificatie.domain.Ontvanger;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.platform.delivery.Deliveries;
import nl.jeugdlink.platform.delivery.Delivery;
import nl.jeugdlink.platform.delivery.DeliveryChannel;
import nl.jeugdlink.platform.delivery.DeliveryLog;
import nl.jeugdlink.platform.delivery.DeliverySettings;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import nl.jeugdlink.platform.test.ApiCaller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service dies after the mail server accepted a mail and before the outcome was written: the mail
 * goes again once the claim ran out, with the same Message-ID, and the delivery log shows both attempts
 * - the first recorded before it was sent, its outcome unknown.
 *
 * <p>Two "lives" of the sender run against the service's own store, mail server and circuit breaker:
 * the first is stopped right after the real SMTP server (GreenMail on loopback) accepted the mail - an
 * Error thrown from inside the send, as a dying thread would, so nothing after it runs; the second
 * comes after the lease. Both run an hour ahead of the service, so that the service's own round (which
 * sends only what is due by its clock) leaves this message to them.
 */
@NotificatieIntegrationTest
class VerzendingNaStopIntegrationTest {

    private static final String REGISSEUR = "r.bakker@st-ede.test";
    private static final Duration VOORUIT = Duration.ofHours(1);

    @Autowired
    MongoTemplate mongo;

    @Autowired
    DocumentWriter writer;

    @Autowired
    FieldEncryption versleuteling;

    @Autowired
    Notificaties notificaties;

    @Autowired
    JavaMailSender mailSender;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @Autowired
    RetryRegistry retries;

    @Autowired
    MeterRegistry meters;

    @Autowired
    DeliverySettings settings;

    @Autowired
    JsonMapper json;

    @Value("${jeugdlink.notificatie.afzender}")
    String afzender;

    @Value("${jeugdlink.notificatie.message-id-domein}")
    String messageIdDomein;

    @LocalServerPort
    int port;

    /**
     * The service's settings for senders of e-mail alone: the platform refuses a channel schedule (here the webhooks') that names
     * no channel of the {@link Deliveries} it is given.
     */
    private DeliverySettings alleenSmtp() {
        return new DeliverySettings(settings.round(), settings.fullRound(), settings.firstWait(), settings.maxWait(), settings.lease(),
                settings.giveUpAfter(), settings.senders(), java.util.Map.of(SmtpVerzender.SMTP, settings.schedule(SmtpVerzender.SMTP)));
    }

    /** What a sender thread meets when its process is killed: it does not come back to write anything. */
    static final class Gestopt extends Error {
        Gestopt() {
            super("the sender was stopped between send and record");
        }
    }

    @Test
    void sendsAgainWithTheSameMessageIdAfterASenderDiedBetweenSendAndRecordAndLogsBothAttempts() throws Exception {
        String aanmelding = UUID.randomUUID().toString();
        String kenmerk = UUID.randomUUID().toString();
        Clock eerste = Clock.offset(Clock.systemUTC(), VOORUIT);
        Notificaties vooruit = new MongoNotificaties(mongo, writer, versleuteling, new DeliveryLog(mongo, writer, eerste), SmtpVerzender.SMTP);
        Notificatie bericht = Notificatie.nieuw(UUID.randomUUID().toString(), "regisseur-gekoppeld", new Ontvanger("REGISSEUR", "st-ede-0017"),
                REGISSEUR, new Notificatie.Betreft(aanmelding, null, "GM0228"),
                new Bericht("JeugdLink: u bent regisseur van een casus", "Beste Ruud Bakker,\n\nkenmerk " + kenmerk), eerste.instant());
        assertThat(vooruit.add(bericht)).isTrue();
        SmtpVerzender smtp = new SmtpVerzender(mailSender, notificaties, afzender, messageIdDomein, meters);

        // First life: the mail server accepts the mail, then the sender dies before it writes the outcome.
        DeliveryChannel sterft = new DeliveryChannel() {
            @Override
            public String name() {
                return SmtpVerzender.SMTP;
            }

            @Override
            public void send(Delivery delivery) throws Exception {
                smtp.send(delivery);
                throw new Gestopt();
            }
        };
        Deliveries eersteLeven = new Deliveries(new DeliveryLog(mongo, writer, eerste), List.of(sterft), circuitBreakers, retries, eerste, alleenSmtp(), meters);
        // The claim is taken at this moment or later: "within the claim" is counted from here, not from a later reading
        // of the clock (on a loaded machine more than a few seconds pass before the next sender runs).
        java.time.Instant geclaimd = eerste.instant();
        try {
            assertThatThrownBy(() -> eersteLeven.deliver(bericht.id())).isInstanceOf(Gestopt.class);
        } finally {
            eersteLeven.stop(Duration.ofSeconds(5));
        }
        assertThat(TestMail.metKenmerk(kenmerk)).hasSize(1);
        Notificatie naEerste = notificaties.vind(bericht.id()).orElseThrow();
        assertThat(naEerste.status()).isEqualTo(Notificatie.Status.WACHTEND);
        assertThat(naEerste.pogingen()).as("the attempt is in the log before it was sent").isEqualTo(1);
        assertThat(naEerste.verzendpogingen()).extracting(Notificatie.Poging::uitkomst).containsExactly("BEZIG");

        // Within the claim nobody sends it again - not even a sender that is ready now.
        Clock binnenClaim = Clock.fixed(geclaimd.plus(settings.lease()).minusSeconds(5), java.time.ZoneOffset.UTC);
        Deliveries tussendoor = new Deliveries(new DeliveryLog(mongo, writer, binnenClaim), List.of(smtp), circuitBreakers, retries, binnenClaim, alleenSmtp(),
                meters);
        tussendoor.deliver(bericht.id());
        tussendoor.stop(Duration.ofSeconds(5));
        assertThat(TestMail.metKenmerk(kenmerk)).hasSize(1);

        // Second life, after the claim ran out: the mail goes again and the outcome is written.
        Clock tweede = Clock.offset(Clock.systemUTC(), VOORUIT.plus(settings.lease()).plusSeconds(1));
        Deliveries tweedeLeven = new Deliveries(new DeliveryLog(mongo, writer, tweede), List.of(smtp), circuitBreakers, retries, tweede, alleenSmtp(), meters);
        try {
            tweedeLeven.deliver(bericht.id());
        } finally {
            tweedeLeven.stop(Duration.ofSeconds(5));
        }

        List<MimeMessage> mails = TestMail.metKenmerk(kenmerk);
        assertThat(mails).hasSize(2);
        String messageId = "<" + bericht.id() + "@notificatie.jeugdlink.local>";
        assertThat(mails).extracting(m -> TestMail.header(m, "Message-ID")).containsExactly(messageId, messageId);

        Notificatie regel = notificaties.vind(bericht.id()).orElseThrow();
        assertThat(regel.status()).isEqualTo(Notificatie.Status.VERZONDEN);
        assertThat(regel.pogingen()).isEqualTo(2);
        assertThat(regel.verzendpogingen()).extracting(Notificatie.Poging::uitkomst).containsExactly("ONBEKEND", "VERZONDEN");

        // The delivery log over REST says the same.
        var antwoord = ApiCaller.onPort(port).get("/api/v1/verzendingen?aanmeldingId=" + aanmelding,
                ApiCaller.token("teamleider-ede", "teamleider", List.of("GM0228")));
        assertThat(antwoord.statusCode()).isEqualTo(200);
        JsonNode log = json.readTree(antwoord.body());
        assertThat(log).hasSize(1);
        assertThat(log.get(0).get("status").asString()).isEqualTo("VERZONDEN");
        assertThat(log.get(0).get("pogingen").asInt()).isEqualTo(2);
        assertThat(log.get(0).get("verzendpogingen")).hasSize(2);
        assertThat(log.get(0).get("verzendpogingen").get(0).get("uitkomst").asString()).isEqualTo("ONBEKEND");
        assertThat(log.get(0).get("verzendpogingen").get(1).get("uitkomst").asString()).isEqualTo("VERZONDEN");
        assertThat(Instant.parse(log.get(0).get("verzondenOp").asString())).isAfter(Instant.parse(log.get(0).get("verzendpogingen").get(0)
                .get("begonnenOp").asString()));
    }
}
