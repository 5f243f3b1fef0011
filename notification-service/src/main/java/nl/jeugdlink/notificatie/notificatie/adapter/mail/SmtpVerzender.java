package nl.jeugdlink.notificatie.notificatie.adapter.mail;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Verzender;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends a message as a plain-text e-mail through the configured SMTP server ({@code spring.mail.*}).
 * Each try goes through the circuit breaker; the retry around it waits with exponential back-off
 * between tries, and gives up at once when the breaker is open. Both are configured under
 * {@code resilience4j.*.instances.smtp}.
 */
public class SmtpVerzender implements Verzender {

    private static final Pattern ADRES = Pattern.compile("([^\\s<>\"'@,;:()]?)[^\\s<>\"'@,;:()]*@([^\\s<>\"',;:()]+)");

    private final JavaMailSender mailSender;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final String afzender;
    private final String messageIdDomein;

    public SmtpVerzender(JavaMailSender mailSender, CircuitBreaker circuitBreaker, Retry retry, String afzender, String messageIdDomein) {
        this.mailSender = mailSender;
        this.circuitBreaker = circuitBreaker;
        this.retry = retry;
        this.afzender = afzender;
        this.messageIdDomein = messageIdDomein;
    }

    /** Stable across resends: the same message always carries the same Message-ID. */
    public static String messageId(String notificatieId, String domein) {
        return "<" + notificatieId + "@" + domein + ">";
    }

    @Override
    public Resultaat verstuur(Notificatie notificatie) {
        AtomicInteger pogingen = new AtomicInteger();
        try {
            MimeMessage mail = opstellen(notificatie);
            Runnable versturen = () -> {
                pogingen.incrementAndGet();
                mailSender.send(mail);
            };
            Retry.decorateRunnable(retry, CircuitBreaker.decorateRunnable(circuitBreaker, versturen)).run();
            return new Resultaat.Verzonden(pogingen.get());
        } catch (CallNotPermittedException e) {
            return pogingen.get() == 0
                    ? new Resultaat.NietGeprobeerd("niet geprobeerd: de mailserver faalde te vaak, de stroomonderbreker staat open")
                    : new Resultaat.Mislukt(pogingen.get(), "de stroomonderbreker ging open tijdens het versturen");
        } catch (RuntimeException e) {
            return new Resultaat.Mislukt(pogingen.get(), oorzaak(e));
        }
    }

    private MimeMessage opstellen(Notificatie n) {
        try {
            MimeMessage mail = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mail, false, "UTF-8");
            helper.setFrom(afzender);
            helper.setTo(Objects.requireNonNull(n.adres(), "adres"));
            helper.setSubject(n.onderwerp());
            helper.setText(n.tekst(), false);
            // JavaMailSenderImpl keeps a Message-ID that was set before sending (saveChanges would replace it).
            mail.setHeader("Message-ID", messageId(n.id(), messageIdDomein));
            mail.setHeader("Auto-Submitted", "auto-generated"); // RFC 3834: no out-of-office replies
            return mail;
        } catch (MessagingException e) {
            throw new MailPreparationException("message " + n.id() + " could not be composed", e);
        }
    }

    /**
     * The innermost cause: "Connection refused" says more than "Mail server connection failed". A
     * server's refusal often quotes the recipient ("550 <o.jansen@...>: unknown user"); the reason is
     * logged, stored and shown in the delivery log, so any address in it is masked - a family's
     * address is never to be read there.
     */
    static String oorzaak(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String tekst = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + ADRES.matcher(t.getMessage()).replaceAll("$1***@$2"));
        return tekst.length() > 500 ? tekst.substring(0, 500) : tekst;
    }
}
