package nl.jeugdlink.notificatie.notificatie;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.jeugdlink.notificatie.contactpersoon.domain.Contactpersonen;
import nl.jeugdlink.notificatie.gezinscontact.domain.Gezinscontacten;
import nl.jeugdlink.notificatie.notificatie.adapter.mail.SmtpVerzender;
import nl.jeugdlink.notificatie.notificatie.adapter.messaging.AanmeldingListener;
import nl.jeugdlink.notificatie.notificatie.adapter.messaging.AfwijzingBerichten;
import nl.jeugdlink.notificatie.notificatie.adapter.messaging.CasusListener;
import nl.jeugdlink.notificatie.notificatie.adapter.messaging.JbtListener;
import nl.jeugdlink.notificatie.notificatie.adapter.messaging.TermijnListener;
import nl.jeugdlink.notificatie.notificatie.adapter.messaging.Zegels;
import nl.jeugdlink.notificatie.notificatie.adapter.persistence.MongoGeparkeerdeGezinspost;
import nl.jeugdlink.notificatie.notificatie.adapter.persistence.MongoGeparkeerdeVerslagen;
import nl.jeugdlink.notificatie.notificatie.adapter.persistence.MongoNotificaties;
import nl.jeugdlink.notificatie.notificatie.application.Gezinspost;
import nl.jeugdlink.notificatie.notificatie.application.MailingGezinVoorStartoverleg;
import nl.jeugdlink.notificatie.notificatie.application.MailingGezinsfeedback;
import nl.jeugdlink.notificatie.notificatie.application.SendingBerichten;
import nl.jeugdlink.notificatie.notificatie.application.MailingGezinOverEscalatie;
import nl.jeugdlink.notificatie.notificatie.application.MailingGezinVoorJbt;
import nl.jeugdlink.notificatie.notificatie.application.SharingVerslagMetGezin;
import nl.jeugdlink.notificatie.notificatie.application.Sjablonen;
import nl.jeugdlink.notificatie.notificatie.application.WatchingGeparkeerdeVerslagen;
import nl.jeugdlink.notificatie.notificatie.application.WritingBerichten;
import nl.jeugdlink.notificatie.notificatie.domain.GeparkeerdeGezinspost;
import nl.jeugdlink.notificatie.notificatie.domain.GeparkeerdeVerslagen;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.platform.crypto.Sealing;
import nl.jeugdlink.platform.delivery.Deliveries;
import nl.jeugdlink.platform.delivery.DeliveryLog;
import nl.jeugdlink.platform.inbound.InboundHandlers;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class NotificatieConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificatieConfiguration.class);

    @Bean
    MongoNotificaties notificaties(MongoTemplate mongo, DocumentWriter writer, FieldEncryption versleuteling, DeliveryLog bezorglog) {
        return new MongoNotificaties(mongo, writer, versleuteling, bezorglog, SmtpVerzender.SMTP);
    }

    /** What still waited when delivery moved to the platform goes out with the first delivery rounds; a store that is away now is tried at the next start. */
    @Bean
    ApplicationRunner overdrachtVanVroeger(MongoNotificaties notificaties) {
        return args -> {
            try {
                int aantal = notificaties.draagWachtendeVanVroegerOver();
                if (aantal > 0) {
                    log.info("{} message(s) recorded before delivery moved to the platform handed over", aantal);
                }
            } catch (RuntimeException e) {
                log.warn("could not hand over the messages that waited from before ({}); the next start tries again", e.getMessage());
            }
        };
    }

    @Bean
    GeparkeerdeVerslagen geparkeerdeVerslagen(MongoTemplate mongo, DocumentWriter writer) {
        return new MongoGeparkeerdeVerslagen(mongo, writer);
    }

    /** Opens what the intake and the case-service sealed for this service: it holds the private keyset (jeugdlink.verzegeling.sleutel-file). */
    @Bean
    Zegels zegels(Sealing verzegeling, JsonMapper json) {
        return new Zegels(verzegeling, json);
    }

    @Bean
    Sjablonen sjablonen() {
        return new Sjablonen();
    }

    /**
     * E-mail as the platform's delivery channel: claim, the attempts in the delivery log, retry and the circuit
     * breaker ({@code resilience4j.*.instances.smtp}) and the round are the platform's ({@code jeugdlink.delivery.*}).
     */
    @Bean
    SmtpVerzender smtp(JavaMailSender mailSender, Notificaties notificaties, MeterRegistry meters,
            @Value("${jeugdlink.notificatie.afzender}") String afzender, @Value("${jeugdlink.notificatie.message-id-domein}") String messageIdDomein) {
        return new SmtpVerzender(mailSender, notificaties, afzender, messageIdDomein, meters);
    }

    @Bean
    SendingBerichten bezorging(Deliveries deliveries, MeterRegistry meters) {
        return new SendingBerichten(deliveries, SmtpVerzender.SMTP, meters);
    }

    @Bean
    WatchingGeparkeerdeVerslagen parkeerwacht(SharingVerslagMetGezin verslagVoorGezin, GeparkeerdeVerslagen geparkeerdeVerslagen, Gezinspost gezinspost,
            @Value("${jeugdlink.notificatie.gezinsverslag.parkeertermijn}") Duration termijn, Clock clock, MeterRegistry meters) {
        return new WatchingGeparkeerdeVerslagen(verslagVoorGezin, geparkeerdeVerslagen, gezinspost, termijn, clock, meters);
    }

    /** The round of the parked summaries: once soon after start, then at its interval. */
    @Bean
    SmartLifecycle parkeerronde(WatchingGeparkeerdeVerslagen parkeerwacht, @Value("${jeugdlink.notificatie.gezinsverslag.parkeerronde}") Duration interval) {
        return new SmartLifecycle() {
            private volatile ScheduledExecutorService planner;

            @Override
            public void start() {
                planner = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("parkeerronde").daemon().factory());
                planner.scheduleWithFixedDelay(parkeerwacht::ronde, Math.min(10_000, interval.toMillis()), interval.toMillis(), TimeUnit.MILLISECONDS);
            }

            @Override
            public void stop() {
                if (planner != null) {
                    planner.shutdownNow();
                    planner = null;
                }
            }

            @Override
            public boolean isRunning() {
                return planner != null;
            }
        };
    }

    @Bean
    WritingBerichten berichtgever(Notificaties notificaties, Contactpersonen contactpersonen, Sjablonen sjablonen, Clock clock, SendingBerichten bezorging,
            MeterRegistry meters, @Value("${jeugdlink.notificatie.werklijst.screening}") String werklijstScreening) {
        return new WritingBerichten(notificaties, contactpersonen, sjablonen, clock, bezorging::nieuw, meters, werklijstScreening);
    }

    @Bean
    SharingVerslagMetGezin verslagVoorGezin(Notificaties notificaties, Gezinscontacten gezinscontacten, GeparkeerdeVerslagen geparkeerdeVerslagen,
            Zegels zegels, Sjablonen sjablonen, Clock clock, SendingBerichten bezorging, MeterRegistry meters) {
        return new SharingVerslagMetGezin(notificaties, gezinscontacten, geparkeerdeVerslagen, zegels, sjablonen, clock, bezorging::nieuw, meters);
    }

    /** Bound as {@code aanmeldingen-in-0}. */
    @Bean
    AanmeldingListener aanmeldingen(InboundHandlers inbound, WritingBerichten berichtgever, SharingVerslagMetGezin verslagVoorGezin, Zegels zegels,
            MailingGezinVoorStartoverleg gezinVoorStartoverleg, Gezinspost gezinspost) {
        return new AanmeldingListener(inbound, berichtgever, verslagVoorGezin, zegels, gezinVoorStartoverleg, gezinspost);
    }

    /** Bound as {@code casussen-in-0}. */
    @Bean
    CasusListener casussen(InboundHandlers inbound, WritingBerichten berichtgever, SharingVerslagMetGezin verslagVoorGezin,
            MailingGezinsfeedback feedback, Zegels zegels) {
        return new CasusListener(inbound, berichtgever, verslagVoorGezin, feedback, zegels);
    }

    /** Bound as {@code termijnen-in-0}. */
    @Bean
    TermijnListener termijnen(InboundHandlers inbound, WritingBerichten berichtgever, MailingGezinOverEscalatie gezin) {
        return new TermijnListener(inbound, berichtgever, gezin);
    }

    /** A provider's decline to the back office and the youth protector: a row of {@code toewijzingen-in-0}'s table (WebhookConfiguration). */
    @Bean
    AfwijzingBerichten afwijzingBerichten(WritingBerichten berichtgever) {
        return new AfwijzingBerichten(berichtgever);
    }

    /** The one way a message reaches the family's addresses (each parent with consent; none known: one undeliverable line). */
    @Bean
    Gezinspost gezinspost(Notificaties notificaties, Gezinscontacten gezinscontacten, GeparkeerdeGezinspost geparkeerdeGezinspost, Sjablonen sjablonen,
            Clock clock, SendingBerichten bezorging, MeterRegistry meters) {
        return new Gezinspost(notificaties, gezinscontacten, geparkeerdeGezinspost, sjablonen, clock, bezorging::nieuw, meters);
    }

    /** Letters to a family that wait for its contact, their values encrypted (a personal link is a bearer secret). */
    @Bean
    GeparkeerdeGezinspost geparkeerdeGezinspost(MongoTemplate mongo, DocumentWriter writer, FieldEncryption versleuteling, JsonMapper json) {
        return new MongoGeparkeerdeGezinspost(mongo, writer, versleuteling, json);
    }

    @Bean
    MailingGezinOverEscalatie gezinOverEscalatie(Gezinspost gezinspost, Sjablonen sjablonen) {
        return new MailingGezinOverEscalatie(gezinspost, sjablonen);
    }

    @Bean
    MailingGezinVoorJbt uitnodigingGezinVoorJbt(Gezinspost gezinspost, Sjablonen sjablonen) {
        return new MailingGezinVoorJbt(gezinspost, sjablonen);
    }

    @Bean
    MailingGezinsfeedback gezinsfeedback(Gezinspost gezinspost, Notificaties notificaties, Sjablonen sjablonen) {
        return new MailingGezinsfeedback(gezinspost, notificaties, sjablonen);
    }

    @Bean
    MailingGezinVoorStartoverleg gezinVoorStartoverleg(Gezinspost gezinspost, Sjablonen sjablonen) {
        return new MailingGezinVoorStartoverleg(gezinspost, sjablonen);
    }

    /** Bound as {@code jbtVerzoeken-in-0}. */
    @Bean
    JbtListener jbtVerzoeken(InboundHandlers inbound, WritingBerichten berichtgever, MailingGezinVoorJbt gezin, Zegels zegels) {
        return new JbtListener(inbound, berichtgever, gezin, zegels);
    }
}
