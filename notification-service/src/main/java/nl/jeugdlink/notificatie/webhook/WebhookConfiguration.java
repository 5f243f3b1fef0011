package nl.jeugdlink.notificatie.webhook;

import java.time.Clock;
import java.time.Duration;
import nl.jeugdlink.contracts.routing.ZorgaanbiederAfwijzing;
import nl.jeugdlink.notificatie.webhook.adapter.http.WebhookVerzender;
import nl.jeugdlink.notificatie.webhook.adapter.messaging.ToewijzingListener;
import nl.jeugdlink.notificatie.webhook.adapter.persistence.MongoAbonnementen;
import nl.jeugdlink.notificatie.webhook.adapter.persistence.MongoNietBezorgd;
import nl.jeugdlink.notificatie.webhook.adapter.persistence.MongoTijdlijnen;
import nl.jeugdlink.notificatie.webhook.adapter.persistence.MongoWachtrij;
import nl.jeugdlink.notificatie.webhook.application.AdresserenGebeurtenissen;
import nl.jeugdlink.notificatie.webhook.application.BeherenAbonnementen;
import nl.jeugdlink.notificatie.webhook.application.OpnieuwBezorgen;
import nl.jeugdlink.notificatie.webhook.domain.Abonnementen;
import nl.jeugdlink.notificatie.webhook.domain.NietBezorgd;
import nl.jeugdlink.notificatie.webhook.domain.Tijdlijnen;
import nl.jeugdlink.notificatie.webhook.domain.Wachtrij;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.platform.delivery.Deliveries;
import nl.jeugdlink.platform.delivery.Delivery;
import nl.jeugdlink.platform.delivery.DeliveryLog;
import nl.jeugdlink.platform.inbound.EventHandler;
import nl.jeugdlink.platform.inbound.InboundHandlers;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Webhooks and the change feed for care providers (issue 14), on the platform's delivery and handler table. */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    @Bean
    MongoAbonnementen abonnementen(MongoTemplate mongo, FieldEncryption versleuteling) {
        return new MongoAbonnementen(mongo, versleuteling);
    }

    @Bean
    MongoTijdlijnen tijdlijnen(MongoTemplate mongo, DocumentWriter writer) {
        return new MongoTijdlijnen(mongo, writer);
    }

    @Bean
    MongoNietBezorgd nietBezorgd(MongoTemplate mongo) {
        return new MongoNietBezorgd(mongo);
    }

    /** http to loopback only in the embedded run ({@link HttpOpLoopback}); https everywhere else. */
    @Bean
    BeherenAbonnementen beherenAbonnementen(Abonnementen abonnementen, Environment environment) {
        boolean httpOpLoopback = HttpOpLoopback.toegestaan(environment);
        // The versions a filter may name: those the routing publishes of the channel's types, from its contract.
        java.util.Set<String> gepubliceerd = nl.jeugdlink.contracts.routing.RoutingEvents.ALL.stream()
                .filter(t -> nl.jeugdlink.notificatie.webhook.domain.Abonnement.SOORTEN.contains(t.name()))
                .map(nl.jeugdlink.contracts.EventType::type).collect(java.util.stream.Collectors.toSet());
        return new BeherenAbonnementen(abonnementen, httpOpLoopback, gepubliceerd);
    }

    /**
     * Webhooks as a delivery channel of the platform: the retry and circuit breaker instance per subscription
     * ({@code webhook-<id>}) take {@code resilience4j.*.configs.default}; the pace between rounds and giving up
     * are {@code jeugdlink.delivery.*}, shared with e-mail.
     */
    @Bean
    WebhookVerzender webhook(Abonnementen abonnementen, Tijdlijnen tijdlijnen, NietBezorgd nietBezorgd, JsonMapper json, Clock clock,
            @Value("${jeugdlink.webhooks.timeout}") Duration timeout, DeliveryLog bezorglog, Wachtrij wachtrij,
            org.springframework.beans.factory.ObjectProvider<Deliveries> deliveries) {
        // Deliveries is built from the channels, this one among them: it is looked up when a waiting delivery is released.
        return new WebhookVerzender(abonnementen, tijdlijnen, nietBezorgd, json, clock, timeout, bezorglog, wachtrij, deliveries::getObject);
    }

    @Bean
    MongoWachtrij wachtrij(MongoTemplate mongo) {
        return new MongoWachtrij(mongo);
    }

    @Bean
    AdresserenGebeurtenissen adresseren(Tijdlijnen tijdlijnen, Abonnementen abonnementen, DeliveryLog bezorglog, Deliveries deliveries) {
        return new AdresserenGebeurtenissen(tijdlijnen, abonnementen, (bezorgingId, abonnementId, soort) -> {
            bezorglog.add(bezorgingId, WebhookVerzender.WEBHOOK, "webhook-" + abonnementId, soort);
            deliveries.deliverSoon(bezorgingId);
        });
    }

    /** A dead letter again, on the platform's delivery: only a stopped one is released. */
    @Bean
    OpnieuwBezorgen opnieuwBezorgen(Abonnementen abonnementen, NietBezorgd nietBezorgd, DeliveryLog bezorglog, Deliveries deliveries) {
        return new OpnieuwBezorgen(abonnementen, nietBezorgd, new OpnieuwBezorgen.Bezorging() {
                    @Override
                    public boolean gestopt(String bezorgingId) {
                        return bezorglog.find(bezorgingId).map(d -> d.status() == Delivery.Status.PARKED || d.status() == Delivery.Status.GIVEN_UP)
                                .orElse(false);
                    }

                    @Override
                    public void geefVrij(String bezorgingId) {
                        deliveries.release(bezorgingId);
                    }
                });
    }

    /**
     * Bound as {@code toewijzingen-in-0}: the service's one consumer of the routing's stream. A decline is also mailed to the back
     * office and the youth protector: the notificatie feature's handler, found by its type so this feature names none of its classes.
     */
    @Bean
    ToewijzingListener toewijzingen(InboundHandlers inbound, AdresserenGebeurtenissen adresseren,
            EventHandler<ZorgaanbiederAfwijzing> afwijzingBerichten) {
        return new ToewijzingListener(inbound, adresseren, afwijzingBerichten);
    }
}
