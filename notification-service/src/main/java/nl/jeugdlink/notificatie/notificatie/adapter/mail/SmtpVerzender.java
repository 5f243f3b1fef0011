package nl.jeugdlink.notificatie.notificatie.adapter.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.platform.delivery.Delivery;
import nl.jeugdlink.platform.delivery.DeliveryChannel;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * E-mail as a delivery channel of the platform: sends a recorded message as a plain-text e-mail through
 * the configured SMTP server ({@code spring.mail.*}), once per call. Claim, retry with back-off, the
 * circuit breaker ({@code resilience4j.*.instances.smtp}) and the delivery log are the platform's
 * ({@link nl.jeugdlink.platform.delivery.Deliveries}); the Message-ID follows from the delivery id, so a
 * repeat after a crash reads as the same message downstream.
 */
public class SmtpVerzender implements DeliveryChannel {

    /** The channel's name, and the destination that names its circuit breaker and retry instances. */
    public static final String SMTP = "smtp";

    /**
     * Jakarta Mail 2.1 looks up its stream provider for every body part it writes ({@code MimeBodyPart.writeTo} calls
     * {@code StreamProvider.provider()}); unless this property names the provider, each lookup is a {@code ServiceLoader} that
     * reads {@code META-INF/services} in every jar on the class path: 4 % of this service's CPU in the bench's closed loop
     * (docs/performance.md, "Session 2026-12-07 seventh"). Named, the lookup loads that one class. A value set outside stays.
     */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    private static final Pattern ADRES = Pattern.compile("([^\\s<>\"'@,;:()]?)[^\\s<>\"'@,;:()]*@([^\\s<>\"',;:()]+)");

    private final JavaMailSender mailSender;
    private final Notificaties notificaties;
    private final String afzender;
    private final String messageIdDomein;
    private final MeterRegistry meters;
    /**
     * The message {@link #send} read, until {@link #sent} (or a failure) on the same sender: whether its text is forgotten is
     * decided from it, not from a second read of every sent mail (one round trip per mail, issue 11).
     */
    private final Map<String, Notificatie> inVerzending = new ConcurrentHashMap<>();

    public SmtpVerzender(JavaMailSender mailSender, Notificaties notificaties, String afzender, String messageIdDomein, MeterRegistry meters) {
        this.mailSender = mailSender;
        this.notificaties = notificaties;
        this.afzender = afzender;
        this.messageIdDomein = messageIdDomein;
        this.meters = meters;
        System.getProperties().putIfAbsent(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
    }

    /** Stable across resends: the same message always carries the same Message-ID. */
    public static String messageId(String notificatieId, String domein) {
        return "<" + notificatieId + "@" + domein + ">";
    }

    @Override
    public String name() {
        return SMTP;
    }

    @Override
    public void send(Delivery delivery) throws Undeliverable {
        // Handed over before the message was recorded (a crash in between): it comes when the event is delivered again.
        Notificatie notificatie = notificaties.vindOmTeVersturen(delivery.id())
                .orElseThrow(() -> new IllegalStateException("message " + delivery.id() + " is not recorded (yet)"));
        if (notificatie.adres() == null) {
            throw new Undeliverable("geen e-mailadres bekend voor " + notificatie.ontvanger().rol() + " " + notificatie.ontvanger().id());
        }
        inVerzending.put(delivery.id(), notificatie);
        try {
            mailSender.send(opstellen(notificatie, notificatie.adres()));
        } catch (RuntimeException e) {
            inVerzending.remove(delivery.id());
            throw e;
        }
    }

    @Override
    public String describe(Exception failure) {
        return oorzaak(failure);
    }

    @Override
    public void sent(Delivery delivery) {
        // The family's summary is theirs once it is in their mailbox (ADR 0011).
        Notificatie verzonden = inVerzending.remove(delivery.id());
        if (verzonden != null) {
            notificaties.vergeetTekstVanGezin(verzonden);
        } else {
            notificaties.vergeetTekstVanGezin(delivery.id());
        }
        tel("jeugdlink.notificaties.verzonden", "Messages accepted by the mail server, by template", delivery.label());
    }

    @Override
    public void failed(Delivery delivery, String reason) {
        inVerzending.remove(delivery.id());
        tel("jeugdlink.notificaties.mislukt", "Sending attempts that failed (the message stays waiting), by template", delivery.label());
    }

    @Override
    public void stopped(Delivery delivery, Delivery.Status status, String reason) {
        inVerzending.remove(delivery.id());
    }

    private MimeMessage opstellen(Notificatie n, String adres) {
        try {
            MimeMessage mail = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mail, false, "UTF-8");
            helper.setFrom(afzender);
            helper.setTo(adres);
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

    private void tel(String naam, String omschrijving, String sjabloon) {
        Counter.builder(naam).description(omschrijving).tag("sjabloon", sjabloon).register(meters).increment();
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
