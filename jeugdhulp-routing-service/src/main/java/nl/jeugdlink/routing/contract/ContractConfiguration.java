package nl.jeugdlink.routing.contract;

import nl.jeugdlink.routing.contract.adapter.persistence.MongoContracten;
import nl.jeugdlink.routing.contract.application.BijhoudenContracten;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Wires the contract register: the Mongo adapter behind the use case. */
@Configuration(proxyBeanMethods = false)
public class ContractConfiguration {

    @Bean
    BijhoudenContracten bijhoudenContracten(MongoTemplate mongo) {
        return new BijhoudenContracten(new MongoContracten(mongo));
    }
}
