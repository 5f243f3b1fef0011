package nl.jeugdlink.notificatie.notificatie;

import java.time.Clock;
import nl.jeugdlink.notificatie.notificatie.adapter.messaging.CasusListener;
import nl.jeugdlink.notificatie.notificatie.adapter.persistence.MongoNotificaties;
import nl.jeugdlink.notificatie.notificatie.application.NotifyingVerwijzer;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.platform.inbound.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
class NotificatieConfiguration {

    @Bean
    Notificaties notificaties(MongoTemplate mongo) {
        return new MongoNotificaties(mongo);
    }

    @Bean
    NotifyingVerwijzer notifyingVerwijzer(Notificaties notificaties, Clock clock) {
        return new NotifyingVerwijzer(notificaties, clock);
    }

    /** Bound as {@code casusGeopend-in-0}. */
    @Bean
    CasusListener casusGeopend(InboundEvents inbound, NotifyingVerwijzer notifying) {
        return new CasusListener(inbound, notifying);
    }
}
