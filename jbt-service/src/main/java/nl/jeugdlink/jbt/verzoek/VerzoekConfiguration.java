package nl.jeugdlink.jbt.verzoek;

import java.time.Clock;
import java.time.Duration;
import nl.jeugdlink.jbt.verzoek.adapter.messaging.CasusListener;
import nl.jeugdlink.jbt.verzoek.adapter.messaging.VerzoekContracts;
import nl.jeugdlink.jbt.verzoek.adapter.persistence.MongoBekendeCasussen;
import nl.jeugdlink.jbt.verzoek.adapter.persistence.MongoBetrokkenheden;
import nl.jeugdlink.jbt.verzoek.adapter.persistence.MongoTafelagenda;
import nl.jeugdlink.jbt.verzoek.adapter.persistence.MongoVerzoeken;
import nl.jeugdlink.jbt.verzoek.adapter.persistence.MongoVerzoekreeksen;
import nl.jeugdlink.jbt.verzoek.application.DecidingVerzoek;
import nl.jeugdlink.jbt.verzoek.application.FilingVerzoek;
import nl.jeugdlink.jbt.verzoek.application.InstellenTafelmoment;
import nl.jeugdlink.jbt.verzoek.application.PlanningVerzoek;
import nl.jeugdlink.jbt.verzoek.application.TrackingCasussen;
import nl.jeugdlink.jbt.verzoek.application.VerslagVerzoek;
import nl.jeugdlink.jbt.verzoek.adapter.web.Ouderlinkadressen;
import nl.jeugdlink.jbt.verzoek.adapter.web.VersleuteldeOuderlinks;
import nl.jeugdlink.jbt.verzoek.domain.BekendeCasussen;
import nl.jeugdlink.jbt.verzoek.domain.Betrokkenheden;
import nl.jeugdlink.jbt.verzoek.domain.Tafelagenda;
import nl.jeugdlink.jbt.verzoek.domain.Verzoeken;
import nl.jeugdlink.jbt.verzoek.domain.Verzoekreeksen;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.platform.crypto.Sealing;
import nl.jeugdlink.platform.inbound.InboundHandlers;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Explicit wiring of the request feature: the domain and use cases stay free of Spring. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TafelInstellingen.class)
class VerzoekConfiguration {

    @Bean
    Tafelagenda tafelagenda(MongoTemplate mongo, DocumentWriter writer, TafelInstellingen instellingen) {
        return new MongoTafelagenda(mongo, writer, instellingen.alsTafels());
    }

    @Bean
    PlanningVerzoek planningVerzoek(Verzoeken verzoeken, Tafelagenda agenda, Clock clock) {
        return new PlanningVerzoek(verzoeken, agenda, clock);
    }

    @Bean
    InstellenTafelmoment instellenTafelmoment(Tafelagenda agenda, Verzoeken verzoeken, Clock clock) {
        return new InstellenTafelmoment(agenda, verzoeken, clock);
    }

    @Bean
    Verzoeken verzoeken(MongoTemplate mongo, DocumentWriter writer, FieldEncryption versleuteling, Sealing verzegeling, JsonMapper json,
            @Value("${jeugdlink.jbt.verslag.link-basis}") String linkBasis) {
        // The messaging adapter's mapper is passed in: persistence stores the events, it does not know their contracts.
        var ouderlinkadressen = new Ouderlinkadressen(new VersleuteldeOuderlinks(versleuteling), linkBasis);
        return new MongoVerzoeken(mongo, writer, versleuteling, json, new VerzoekContracts(verzegeling, json, ouderlinkadressen));
    }

    @Bean
    MongoBekendeCasussen bekendeCasussen(MongoTemplate mongo, DocumentWriter writer) {
        return new MongoBekendeCasussen(mongo, writer);
    }

    @Bean
    FilingVerzoek filingVerzoek(Verzoeken verzoeken, BekendeCasussen casussen, Verzoekreeksen reeksen, Clock clock) {
        return new FilingVerzoek(verzoeken, casussen, reeksen, clock);
    }

    @Bean
    Verzoekreeksen verzoekreeksen(MongoTemplate mongo, DocumentWriter writer) {
        return new MongoVerzoekreeksen(mongo, writer);
    }

    @Bean
    MongoBetrokkenheden betrokkenheden(MongoTemplate mongo, DocumentWriter writer, MongoBekendeCasussen casussen) {
        return new MongoBetrokkenheden(mongo, writer, casussen);
    }

    /** A store from before one document per person and family is moved once, before the bindings start (see MongoBetrokkenheden). */
    @Bean
    SmartInitializingSingleton betrokkenhedenBijStart(MongoBetrokkenheden betrokkenheden) {
        return () -> betrokkenheden.verplaatsOudeBetrokkenheden();
    }

    @Bean
    DecidingVerzoek decidingVerzoek(Verzoeken verzoeken, Betrokkenheden betrokkenheden, Clock clock) {
        return new DecidingVerzoek(verzoeken, betrokkenheden, clock);
    }

    @Bean
    TrackingCasussen trackingCasussen(BekendeCasussen casussen, Verzoeken verzoeken, Verzoekreeksen reeksen, Clock clock) {
        return new TrackingCasussen(casussen, verzoeken, reeksen, clock);
    }

    @Bean
    VerslagVerzoek verslagVerzoek(Verzoeken verzoeken, FieldEncryption versleuteling, Clock clock,
            @Value("${jeugdlink.jbt.verslag.link-geldigheid}") Duration linkGeldig) {
        return new VerslagVerzoek(verzoeken, new VersleuteldeOuderlinks(versleuteling), linkGeldig, clock);
    }

    /** Bound as {@code casussen-in-0}. */
    @Bean
    CasusListener casussen(InboundHandlers inbound, TrackingCasussen tracking) {
        return new CasusListener(inbound, tracking);
    }
}
