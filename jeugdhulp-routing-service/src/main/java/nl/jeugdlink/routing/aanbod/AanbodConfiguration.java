package nl.jeugdlink.routing.aanbod;

import java.time.Clock;
import nl.jeugdlink.routing.aanbod.adapter.persistence.MongoAanbiedingen;
import nl.jeugdlink.routing.aanbod.application.BijhoudenAanbod;
import nl.jeugdlink.routing.aanbod.domain.Contractering;
import nl.jeugdlink.routing.contract.application.BijhoudenContracten;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Wires the supply: the Mongo adapter behind the use case, read against the contract register. */
@Configuration(proxyBeanMethods = false)
public class AanbodConfiguration {

    /** The supply read against the municipality's contract register: per provider its contract by {@code _id}, the register marker likewise. */
    @Bean
    BijhoudenAanbod bijhoudenAanbod(MongoTemplate mongo, BijhoudenContracten contracten, Clock clock) {
        Contractering contractering = (gemeente, agb, categorie, code, op) -> switch (contracten.dekking(gemeente, agb, categorie, code, op)) {
            case GEEN_REGISTER -> Contractering.Dekking.GEEN_REGISTER;
            case GECONTRACTEERD -> Contractering.Dekking.GECONTRACTEERD;
            case NIET_GECONTRACTEERD -> Contractering.Dekking.NIET_GECONTRACTEERD;
        };
        return new BijhoudenAanbod(new MongoAanbiedingen(mongo), contractering, clock);
    }
}
