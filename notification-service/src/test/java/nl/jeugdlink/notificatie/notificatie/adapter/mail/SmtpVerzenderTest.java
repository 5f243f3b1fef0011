package nl.jeugdlink.notificatie.notificatie.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

/** The reason a send failed is logged, stored and shown in the delivery log: no address may be read in it. */
class SmtpVerzenderTest {

    @Test
    void masksEveryAddressTheMailServerQuotesInItsRefusal() {
        var weigering = new MailSendException("Failed messages", new MessagingException(
                "550 5.1.1 <o.jansen@example.nl>: Recipient address rejected; also tried p.jansen@gezin.example.nl"));

        assertThat(SmtpVerzender.oorzaak(weigering))
                .isEqualTo("MessagingException: 550 5.1.1 <o***@example.nl>: Recipient address rejected; also tried p***@gezin.example.nl");
    }

    @Test
    void namesJakartaMailsStreamProviderSoThatNoMailSearchesTheClassPathForIt() {
        new SmtpVerzender(null, null, "jeugdlink@example.nl", "example.nl", new io.micrometer.core.instrument.simple.SimpleMeterRegistry());

        assertThat(System.getProperty(SmtpVerzender.STREAM_PROVIDER)).isEqualTo(SmtpVerzender.ANGUS_STREAM_PROVIDER);
        assertThat(jakarta.mail.util.StreamProvider.provider().getClass().getName()).as("the class the property names exists")
                .isEqualTo(SmtpVerzender.ANGUS_STREAM_PROVIDER);
    }

    @Test
    void keepsAReasonWithoutAddressAsItIs() {
        assertThat(SmtpVerzender.oorzaak(new MailSendException("x", new java.net.ConnectException("Connection refused"))))
                .isEqualTo("ConnectException: Connection refused");
    }
}
