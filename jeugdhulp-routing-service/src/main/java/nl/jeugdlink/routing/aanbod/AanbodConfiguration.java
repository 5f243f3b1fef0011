package nl.jeugdlink.routing.aanbod;

import java.time.Clock;
import nl.jeugdlink.routing.aanbod.adapter.persistence.MongoAanbiedingen;
import nl.jeugdlink.routing.aanbod.application.BijhoudenAanbod;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Wires the supply: the Mongo adapter behind the use case. */
@Configuration(proxyBeanMethods = false)
public class AanbodConfiguration {

    @Bean
    BijhoudenAanbod bijhoudenAanbod(MongoTemplate mongo, Clock clock) {
        return new BijhoudenAanbod(new MongoAanbiedingen(mongo), clock);
    }
}
