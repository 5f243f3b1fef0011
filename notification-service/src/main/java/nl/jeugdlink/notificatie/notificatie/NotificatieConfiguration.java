package nl.jeugdlink.notificatie.notificatie;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.jeugdlink.notificatie.contactpersoon.domain.Contactpersonen;
import nl.jeugdlink.notificatie.gezinscontact.domain.Gezinscontacten;
import nl.jeugdlink.notificatie.notificatie.adapter.mail.SmtpVerzender;
import nl.jeugdlink.notificatie.notificatie.adapter.messaging.AanmeldingListener;
import nl.jeugdlink.notificatie.notificatie.adapter.messaging.CasusListener;
import nl.jeugdlink.notificatie.notificatie.adapter.messaging.TermijnListener;
import nl.jeugdlink.notificatie.notificatie.adapter.messaging.Zegels;
import nl.jeugdlink.notificatie.notificatie.adapter.persistence.MongoGeparkeerdeVerslagen;
import nl.jeugdlink.notificatie.notificatie.adapter.persistence.MongoNotificaties;
import nl.jeugdlink.notificatie.notificatie.application.Berichtgever;
import nl.jeugdlink.notificatie.notificatie.application.Bezorging;
import nl.jeugdlink.notificatie.notificatie.application.Sjablonen;
import nl.jeugdlink.notificatie.notificatie.application.Parkeerwacht;
import nl.jeugdlink.notificatie.notificatie.application.VerslagVoorGezin;
import nl.jeugdlink.notificatie.notificatie.domain.GeparkeerdeVerslagen;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.notificatie.notificatie.domain.Verzender;
import nl.jeugdlink.platform.crypto.Veldversleuteling;
import nl.jeugdlink.platform.crypto.Verzegeling;
import nl.jeugdlink.platform.inbound.InboundEvents;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class NotificatieConfiguration {

    /** The Resilience4j instances (circuit breaker and retry) around SMTP, configured in application.yaml. */
    static final String SMTP = "smtp";

    @Bean
    Notificaties notificaties(MongoTemplate mongo, Veldversleuteling versleuteling) {
        return new MongoNotificaties(mongo, versleuteling);
    }

    @Bean
    GeparkeerdeVerslagen geparkeerdeVerslagen(MongoTemplate mongo) {
        return new MongoGeparkeerdeVerslagen(mongo);
    }

    /** Opens what the intake and the case-service sealed for this service: it holds the private keyset (jeugdlink.verzegeling.sleutel-file). */
    @Bean
    Zegels zegels(Verzegeling verzegeling, JsonMapper json) {
        return new Zegels(verzegeling, json);
    }

    @Bean
    Sjablonen sjablonen() {
        return new Sjablonen();
    }

    @Bean
    Verzender verzender(JavaMailSender mailSender, CircuitBreakerRegistry circuitBreakers, RetryRegistry retries,
            @Value("${jeugdlink.notificatie.afzender}") String afzender, @Value("${jeugdlink.notificatie.message-id-domein}") String messageIdDomein) {
        return new SmtpVerzender(mailSender, circuitBreakers.circuitBreaker(SMTP), retries.retry(SMTP), afzender, messageIdDomein);
    }

    /**
     * Immediate sends run here, so that a consumer never waits for SMTP. A few at a time: a burst of
     * events (a replay after a first start) queues up instead of opening hundreds of SMTP connections.
     */
    @Bean(destroyMethod = "shutdown")
    ExecutorService bezorgers() {
        return Executors.newFixedThreadPool(4, Thread.ofVirtual().name("bezorger-", 0).factory());
    }

    @Bean
    Bezorging bezorging(Notificaties notificaties, Verzender verzender, Clock clock, MeterRegistry meters, ExecutorService bezorgers,
            @Value("${jeugdlink.notificatie.bezorging.eerste-wachttijd}") Duration eerste,
            @Value("${jeugdlink.notificatie.bezorging.hoogste-wachttijd}") Duration hoogstens,
            @Value("${jeugdlink.notificatie.bezorging.claim}") Duration claim,
            @Value("${jeugdlink.notificatie.bezorging.volledige-ronde}") Duration volledigeRonde) {
        return new Bezorging(notificaties, verzender, clock, new Bezorging.Wachttijden(eerste, hoogstens, claim), volledigeRonde, meters, bezorgers);
    }

    /**
     * The round: every interval it retries the waiting messages that have come due (also the ones of
     * before a restart), reading the store only when one is known to be due or a full round is. Its stop
     * also lets the senders finish what they hold (bounded by the SMTP timeouts) before the context
     * closes, so no send runs on while the beans it needs are destroyed; what they did not get to stays
     * claimed and is sent after the claim runs out.
     */
    @Bean
    SmartLifecycle bezorgronde(Bezorging bezorging, ExecutorService bezorgers,
            @Value("${jeugdlink.notificatie.bezorging.ronde}") Duration interval) {
        return new SmartLifecycle() {
            private volatile ScheduledExecutorService planner;

            @Override
            public void start() {
                planner = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("bezorgronde").daemon().factory());
                planner.scheduleWithFixedDelay(bezorging::ronde, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
            }

            @Override
            public void stop() {
                if (planner != null) {
                    planner.shutdownNow();
                    planner = null;
                }
                bezorgers.shutdown();
                try {
                    if (!bezorgers.awaitTermination(20, TimeUnit.SECONDS)) {
                        bezorgers.shutdownNow();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public boolean isRunning() {
                return planner != null;
            }
        };
    }

    @Bean
    Parkeerwacht parkeerwacht(VerslagVoorGezin verslagVoorGezin, GeparkeerdeVerslagen geparkeerdeVerslagen,
            @Value("${jeugdlink.notificatie.gezinsverslag.parkeertermijn}") Duration termijn, Clock clock, MeterRegistry meters) {
        return new Parkeerwacht(verslagVoorGezin, geparkeerdeVerslagen, termijn, clock, meters);
    }

    /** The round of the parked summaries: once soon after start, then at its interval. */
    @Bean
    SmartLifecycle parkeerronde(Parkeerwacht parkeerwacht, @Value("${jeugdlink.notificatie.gezinsverslag.parkeerronde}") Duration interval) {
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
    Berichtgever berichtgever(Notificaties notificaties, Contactpersonen contactpersonen, Sjablonen sjablonen, Clock clock, Bezorging bezorging) {
        return new Berichtgever(notificaties, contactpersonen, sjablonen, clock, bezorging::nieuw);
    }

    @Bean
    VerslagVoorGezin verslagVoorGezin(Notificaties notificaties, Gezinscontacten gezinscontacten, GeparkeerdeVerslagen geparkeerdeVerslagen,
            Zegels zegels, Sjablonen sjablonen, Clock clock, Bezorging bezorging, MeterRegistry meters) {
        return new VerslagVoorGezin(notificaties, gezinscontacten, geparkeerdeVerslagen, zegels, sjablonen, clock, bezorging::nieuw, meters);
    }

    /** Bound as {@code aanmeldingen-in-0}. */
    @Bean
    AanmeldingListener aanmeldingen(InboundEvents inbound, Berichtgever berichtgever, VerslagVoorGezin verslagVoorGezin, Zegels zegels) {
        return new AanmeldingListener(inbound, berichtgever, verslagVoorGezin, zegels);
    }

    /** Bound as {@code casussen-in-0}. */
    @Bean
    CasusListener casussen(InboundEvents inbound, Berichtgever berichtgever, VerslagVoorGezin verslagVoorGezin) {
        return new CasusListener(inbound, berichtgever, verslagVoorGezin);
    }

    /** Bound as {@code termijnen-in-0}. */
    @Bean
    TermijnListener termijnen(InboundEvents inbound, Berichtgever berichtgever) {
        return new TermijnListener(inbound, berichtgever);
    }
}
