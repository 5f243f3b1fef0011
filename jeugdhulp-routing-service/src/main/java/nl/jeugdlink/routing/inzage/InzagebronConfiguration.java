package nl.jeugdlink.routing.inzage;

import nl.jeugdlink.contracts.casus.InzageEvents;
import nl.jeugdlink.contracts.casus.InzagedeelGeleverd;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.platform.inzage.InzageConfiguration;
import nl.jeugdlink.platform.inzage.InzageProtocol;
import nl.jeugdlink.platform.inzage.Inzagebron;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import nl.jeugdlink.routing.toewijzing.domain.Clientgegevens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The routing answers round 2 of a request for a child's data through the platform (ADR 0031): binding {@code inzageverzoeken-in-0}. */
@Configuration(proxyBeanMethods = false)
@Import(InzageConfiguration.class)
class InzagebronConfiguration {

    @Bean
    InzageProtocol inzageProtocol() {
        return new InzageProtocol(InzageEvents.INZAGEVERZOEK_INGEDIEND, InzageEvents.INZAGEDEEL_GELEVERD,
                a -> new InzagedeelGeleverd(a.verzoekId(), a.dienst(), a.ronde(), a.verzegeld(), a.geleverdOp()));
    }

    @Bean
    Inzagebron routingInzagebron(Casussen casussen, Clientgegevens clienten, MongoTemplate mongo, FieldEncryption versleuteling,
            nl.jeugdlink.routing.ijw.domain.Verzoeken verzoeken, nl.jeugdlink.routing.ijw.adapter.web.ApiPostvak postvak) {
        return new RoutingInzagebron(casussen, clienten, mongo, versleuteling, verzoeken, postvak);
    }
}
