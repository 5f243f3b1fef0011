package nl.jeugdlink.intake.aanmelding;

import java.time.Clock;
import nl.jeugdlink.intake.aanmelding.adapter.persistence.MongoAanmeldingen;
import nl.jeugdlink.intake.aanmelding.application.ReceivingAanmelding;
import nl.jeugdlink.intake.aanmelding.domain.Aanmeldingen;
import nl.jeugdlink.platform.crypto.Veldversleuteling;
import nl.jeugdlink.platform.outbox.OutgoingEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Explicit wiring of the aanmelding feature: the domain and use cases stay free of Spring. */
@Configuration(proxyBeanMethods = false)
class AanmeldingConfiguration {

    @Bean
    Aanmeldingen aanmeldingen(MongoTemplate mongo, OutgoingEvents outgoing, Veldversleuteling versleuteling) {
        return new MongoAanmeldingen(mongo, outgoing, versleuteling);
    }

    @Bean
    ReceivingAanmelding receivingAanmelding(Aanmeldingen aanmeldingen, Clock clock) {
        return new ReceivingAanmelding(aanmeldingen, clock);
    }
}
