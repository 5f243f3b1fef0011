package nl.jeugdlink.notificatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The real SMTP server of the tests: one GreenMail per JVM, on a port picked at first use, that a
 * test can stop (an outage) and start again on the same port. Mails are read back through
 * GreenMail's API, as they arrived over SMTP.
 */
public final class TestMail {

    private static final int PORT = vrijePoort();
    private static volatile GreenMail server = start();

    private TestMail() {
    }

    /** Points the service's {@code spring.mail.*} at this server. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Verbinding {
        @Bean
        DynamicPropertyRegistrar testMail() {
            return registry -> {
                registry.add("spring.mail.host", () -> "127.0.0.1");
                registry.add("spring.mail.port", () -> PORT);
            };
        }
    }

    public static synchronized void stop() {
        server.stop();
    }

    /** A new server on the same port, with an empty mailbox. */
    public static synchronized void restart() {
        server.stop();
        server = start();
    }

    /** Mails that arrived for this address whose body contains {@code kenmerk}. */
    public static List<MimeMessage> aan(String adres, String kenmerk) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> ontvangers(m).contains(adres) && tekst(m).contains(kenmerk)).toList();
    }

    /**
     * Waits for the mail to this address whose body contains {@code kenmerk}, and checks it is the only one - as a mail client
     * shows it: one message per Message-ID ({@link #verschillend}).
     */
    public static MimeMessage eenMail(String adres, String kenmerk) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !aan(adres, kenmerk).isEmpty());
        List<MimeMessage> mails = verschillend(aan(adres, kenmerk));
        assertThat(mails).as("mails to " + adres + " about " + kenmerk).hasSize(1);
        return mails.getFirst();
    }

    /**
     * The mails as a mail client shows them: one per Message-ID, the first that arrived. E-mail goes at least once: when the
     * server took a message but its answer came after the sender's read timeout (2 s in the tests; a loaded machine makes
     * GreenMail that slow), the attempt counts as failed and the same message - the same Message-ID - goes again
     * ({@code VerzendingNaStopIntegrationTest} shows the raw pair). Two different messages keep two ids, so a message written
     * twice is still seen.
     */
    public static List<MimeMessage> verschillend(List<MimeMessage> mails) {
        java.util.Map<String, MimeMessage> perId = new java.util.LinkedHashMap<>();
        for (MimeMessage mail : mails) {
            String id = header(mail, "Message-ID");
            perId.putIfAbsent(id == null ? "zonder-id-" + perId.size() : id, mail);
        }
        return List.copyOf(perId.values());
    }

    /** Every mail that arrived, to whomever, whose body contains {@code kenmerk}. */
    public static List<MimeMessage> metKenmerk(String kenmerk) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> tekst(m).contains(kenmerk)).toList();
    }

    public static String tekst(MimeMessage mail) {
        try {
            return mail.getContent().toString().replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String onderwerp(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String header(MimeMessage mail, String naam) {
        try {
            return mail.getHeader(naam, ",");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> ontvangers(MimeMessage mail) {
        try {
            Address[] to = mail.getAllRecipients();
            return to == null ? List.of() : Arrays.stream(to).map(a -> ((jakarta.mail.internet.InternetAddress) a).getAddress()).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail start() {
        GreenMail greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return greenMail;
    }

    private static int vrijePoort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
