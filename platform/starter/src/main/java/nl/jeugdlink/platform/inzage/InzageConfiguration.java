package nl.jeugdlink.platform.inzage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import nl.jeugdlink.platform.crypto.MissingKeys;
import nl.jeugdlink.platform.crypto.Sealing;
import nl.jeugdlink.platform.inbound.InboundHandlers;
import nl.jeugdlink.platform.outbox.OutgoingEvents;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a service that answers requests for a child's data imports (ADR 0031), explicitly, from its own {@code inzage}
 * configuration, which supplies its {@link Inzagebron} and the protocol's contract types ({@link InzageProtocol}). Adds the
 * function {@code inzageverzoeken}: its binding {@code inzageverzoeken-in-0} (destination {@code jeugdlink.casus.inzage}, the
 * service's group) goes in the service's application.yaml, and the function in its {@code spring.cloud.function.definition}.
 *
 * <p>Keys: {@code jeugdlink.inzage.verzegeling.{verzoek,antwoord}.{publieke-sleutel-file,sleutel-file}}; a development machine
 * generates the pairs (as {@link Sealing} does), production mounts them (an answerer: the request's private half and the
 * reply's public half).
 */
@Configuration(proxyBeanMethods = false)
public class InzageConfiguration {

    @Bean
    @ConditionalOnMissingBean
    InzageVerzegeling inzageVerzegeling(
            @Value("${jeugdlink.inzage.verzegeling.verzoek.publieke-sleutel-file:.jeugdlink/secrets/inzage-verzoek-publiek.json}") String verzoekPubliek,
            @Value("${jeugdlink.inzage.verzegeling.verzoek.sleutel-file:.jeugdlink/secrets/inzage-verzoek-prive.json}") String verzoekPrive,
            @Value("${jeugdlink.inzage.verzegeling.antwoord.publieke-sleutel-file:.jeugdlink/secrets/inzage-antwoord-publiek.json}") String antwoordPubliek,
            @Value("${jeugdlink.inzage.verzegeling.antwoord.sleutel-file:.jeugdlink/secrets/inzage-antwoord-prive.json}") String antwoordPrive,
            Environment environment) {
        MissingKeys missing = MissingKeys.of(environment);
        return new InzageVerzegeling(new Sealing(Path.of(verzoekPubliek), Path.of(verzoekPrive), missing),
                new Sealing(Path.of(antwoordPubliek), Path.of(antwoordPrive), missing));
    }

    @Bean
    Consumer<Message<byte[]>> inzageverzoeken(InboundHandlers handlers, Inzagebron bron, InzageProtocol protocol, InzageVerzegeling verzegeling,
            DocumentWriter writer, OutgoingEvents outgoing, MongoTemplate mongo, JsonMapper json, Clock clock,
            @Value("${spring.application.name}") String dienst) {
        return new InzageBeantwoording(handlers, bron, dienst, protocol, verzegeling, writer, outgoing, mongo, json, clock);
    }
}
