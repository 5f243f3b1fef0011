package nl.jeugdlink.intake.aanmelding;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import nl.jeugdlink.intake.aanmelding.adapter.messaging.AanmeldingContracts;
import nl.jeugdlink.intake.aanmelding.adapter.messaging.CasusListener;
import nl.jeugdlink.intake.aanmelding.adapter.persistence.KeyedHash;
import nl.jeugdlink.intake.aanmelding.adapter.persistence.MongoAanmeldingen;
import nl.jeugdlink.intake.aanmelding.application.ReceivingAanmelding;
import nl.jeugdlink.intake.aanmelding.application.ScreeningAanmelding;
import nl.jeugdlink.intake.aanmelding.domain.Aanmeldingen;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.platform.crypto.MissingKeys;
import nl.jeugdlink.platform.crypto.Sealing;
import nl.jeugdlink.platform.inbound.InboundHandlers;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/** Explicit wiring of the aanmelding feature: the domain and use cases stay free of Spring. */
@Configuration(proxyBeanMethods = false)
class AanmeldingConfiguration {

    @Bean
    MongoAanmeldingen aanmeldingen(MongoTemplate mongo, DocumentWriter writer, FieldEncryption versleuteling, Sealing verzegeling, JsonMapper json,
            KeyedHash bsnHash) {
        // The messaging adapter's mapper is passed in: persistence stores the events, it does not know their contracts.
        return new MongoAanmeldingen(mongo, writer, versleuteling, json, new AanmeldingContracts(verzegeling, json), bsnHash);
    }

    /** The blind index's key (its own keyset, required outside the embedded run as the other keysets are). */
    @Bean
    KeyedHash bsnHash(@Value("${" + KeyedHash.PROPERTY + "}") String keysetFile, Environment environment) {
        return new KeyedHash(Path.of(keysetFile), MissingKeys.of(environment));
    }

    /** Before the web server and the consumers: referrals stored before the BSN index get their hashes, once per store. */
    @Bean
    SmartInitializingSingleton bsnIndexBijStart(MongoAanmeldingen aanmeldingen) {
        return aanmeldingen::vulBsnIndexAan;
    }

    @Bean
    ReceivingAanmelding receivingAanmelding(Aanmeldingen aanmeldingen, Clock clock) {
        return new ReceivingAanmelding(aanmeldingen, clock);
    }

    /** Binding {@code casus-in-0}: closed casussen leave the caseload. */
    @Bean
    Consumer<Message<List<byte[]>>> casus(InboundHandlers inbound, Aanmeldingen aanmeldingen) {
        return new CasusListener(inbound, aanmeldingen);
    }

    @Bean
    ScreeningAanmelding screeningAanmelding(Aanmeldingen aanmeldingen, Clock clock) {
        return new ScreeningAanmelding(aanmeldingen, clock);
    }
}
