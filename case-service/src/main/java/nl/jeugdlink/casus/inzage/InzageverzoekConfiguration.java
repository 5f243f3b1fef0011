package nl.jeugdlink.casus.inzage;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import nl.jeugdlink.casus.casus.adapter.inzage.CasusInzagebron;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.casus.inzage.adapter.messaging.InzageContracts;
import nl.jeugdlink.casus.inzage.adapter.messaging.InzagedeelListener;
import nl.jeugdlink.casus.inzage.adapter.persistence.MongoInzageverzoeken;
import nl.jeugdlink.casus.inzage.adapter.planning.InzagedelenOpruiming;
import nl.jeugdlink.casus.inzage.application.OntvangenInzagedeel;
import nl.jeugdlink.casus.inzage.application.OpruimenInzagedelen;
import nl.jeugdlink.casus.inzage.domain.Inzageverzoeken;
import nl.jeugdlink.contracts.casus.InzageEvents;
import nl.jeugdlink.contracts.casus.InzagedeelGeleverd;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.platform.inbound.InboundHandlers;
import nl.jeugdlink.platform.inzage.InzageConfiguration;
import nl.jeugdlink.platform.inzage.InzageProtocol;
import nl.jeugdlink.platform.inzage.InzageVerzegeling;
import nl.jeugdlink.platform.inzage.Inzagebron;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * A child's data on request (ADR 0031), both sides: the requester (the beheerder's request, the rounds, the parts taken in on
 * {@code inzagedelen-in-0}) and, through the platform's {@link InzageConfiguration}, this service's own part as an answering
 * service on {@code inzageverzoeken-in-0} (its own consumer group: both bindings read the protocol's one topic).
 */
@Configuration(proxyBeanMethods = false)
@Import(InzageConfiguration.class)
class InzageverzoekConfiguration {

    @Bean
    InzageProtocol inzageProtocol() {
        return new InzageProtocol(InzageEvents.INZAGEVERZOEK_INGEDIEND, InzageEvents.INZAGEDEEL_GELEVERD,
                a -> new InzagedeelGeleverd(a.verzoekId(), a.dienst(), a.ronde(), a.verzegeld(), a.geleverdOp()));
    }

    /** The casus feature's part: the child's casussen, without another child's items and without any working note. */
    @Bean
    Inzagebron casusInzagebron(Casussen casussen) {
        return new CasusInzagebron(casussen);
    }

    @Bean
    Inzageverzoeken opgeslagenInzageverzoeken(MongoTemplate mongo, DocumentWriter writer, FieldEncryption versleuteling, InzageVerzegeling verzegeling,
            JsonMapper json, @Value("${jeugdlink.inzage.gemeente}") String gemeente, @Value("${jeugdlink.region}") String regio,
            @Value("${jeugdlink.inzage.bewaartermijn}") Duration bewaartermijn) {
        return new MongoInzageverzoeken(mongo, writer, versleuteling, new InzageContracts(verzegeling, json, gemeente, regio), bewaartermijn);
    }

    /** @param bewaartermijn how long delivered parts are kept after the export was complete ({@code jeugdlink.inzage.bewaartermijn}) */
    @Bean
    OpruimenInzagedelen opruimenInzagedelen(Inzageverzoeken verzoeken, @Value("${jeugdlink.inzage.bewaartermijn}") Duration bewaartermijn) {
        return new OpruimenInzagedelen(verzoeken, bewaartermijn);
    }

    @Bean
    InzagedelenOpruiming inzagedelenOpruiming(OpruimenInzagedelen opruimen, Clock clock,
            @Value("${jeugdlink.inzage.opruiming.interval}") Duration interval) {
        return new InzagedelenOpruiming(opruimen, clock, interval);
    }

    /** @param diensten the services whose part an export holds ({@code jeugdlink.inzage.diensten}); the intake always */
    @Bean
    OntvangenInzagedeel ontvangenInzagedeel(Inzageverzoeken verzoeken, @Value("${jeugdlink.inzage.diensten}") List<String> diensten, Clock clock) {
        return new OntvangenInzagedeel(verzoeken, diensten, clock);
    }

    @Bean
    Consumer<Message<byte[]>> inzagedelen(InboundHandlers handlers, OntvangenInzagedeel ontvangen, InzageVerzegeling verzegeling, JsonMapper json) {
        return new InzagedeelListener(handlers, ontvangen, verzegeling, json);
    }
}
