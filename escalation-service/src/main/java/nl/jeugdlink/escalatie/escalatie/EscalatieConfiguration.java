package nl.jeugdlink.escalatie.escalatie;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import nl.jeugdlink.escalatie.escalatie.adapter.klok.TrajectenVanDeKlok;
import nl.jeugdlink.escalatie.escalatie.adapter.messaging.EscalatieContracts;
import nl.jeugdlink.escalatie.escalatie.adapter.metrics.MicrometerEscalatiemetingen;
import nl.jeugdlink.escalatie.escalatie.adapter.persistence.MongoEscalaties;
import nl.jeugdlink.escalatie.escalatie.application.HandlingEscalaties;
import nl.jeugdlink.escalatie.termijn.domain.Termijnklok;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Explicit wiring of the escalation model. Its step and minutes terms are deadline kinds in
 * {@code jeugdlink.termijnen.soorten} (ESCALATIE_STAP_1, _2, _3, ESCALATIE_VERSLAG), started and met by
 * this feature's events, which the clock reads back from the topic (binding {@code escalaties-in-0}).
 */
@Configuration(proxyBeanMethods = false)
class EscalatieConfiguration {

    @Bean
    MongoEscalaties escalatieOpslag(MongoTemplate mongo, DocumentWriter writer) {
        // The store writes the contracts but does not know them: messaging's mapper is handed in.
        return new MongoEscalaties(mongo, writer, EscalatieContracts::toContract);
    }

    @Bean
    ApplicationRunner escalatieIndexen(MongoEscalaties escalaties) {
        return args -> escalaties.indexeer();
    }

    @Bean
    MicrometerEscalatiemetingen escalatiemetingen(MeterRegistry meters) {
        return new MicrometerEscalatiemetingen(meters);
    }

    @Bean
    HandlingEscalaties escaleren(MongoEscalaties escalaties, Trajecten trajecten, Clock clock, MicrometerEscalatiemetingen metingen,
            Termijnklok klok) {
        return new HandlingEscalaties(escalaties, new TrajectenVanDeKlok(trajecten), clock, metingen, klok::werkdagenTussen);
    }
}
