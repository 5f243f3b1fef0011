package nl.jeugdlink.routing.ijw;

import nl.jeugdlink.routing.ijw.adapter.web.ApiPostvak;
import nl.jeugdlink.routing.ijw.adapter.web.PostvakAanvulling;
import nl.jeugdlink.routing.ijw.xml.Jw319;
import nl.jeugdlink.routing.ijw.application.Verzending;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import nl.jeugdlink.routing.ijw.adapter.persistence.BsnSleutel;
import nl.jeugdlink.routing.ijw.adapter.persistence.MongoAntwoorden;
import nl.jeugdlink.routing.ijw.adapter.persistence.MongoBerichtnummers;
import nl.jeugdlink.routing.ijw.adapter.persistence.MongoVerzoeken;
import nl.jeugdlink.routing.ijw.adapter.messaging.VerzoekContracts;
import nl.jeugdlink.routing.ijw.adapter.web.Metingen;
import nl.jeugdlink.routing.ijw.xml.IjwXml;
import nl.jeugdlink.routing.ijw.application.BeantwoordenVerzoek;
import nl.jeugdlink.routing.ijw.application.OntvangenVerzoek;
import nl.jeugdlink.routing.ijw.domain.Aanvraagmeldingen;
import nl.jeugdlink.routing.ijw.domain.Berichtnummers;
import nl.jeugdlink.routing.ijw.domain.Verzoeken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Explicit wiring of the iJw messages: the XML binding, the rules' keys in MongoDB and the JW315 use case. */
@Configuration(proxyBeanMethods = false)
class IjwConfiguration {

    @Bean
    IjwXml ijwXml() {
        return new IjwXml();
    }

    /** Requests stored before they had events have no version yet: given one once at start, so the next answer saves under it. */
    @Bean
    ApplicationRunner verzoekVersies(MongoTemplate mongo) {
        return args -> MongoVerzoeken.vulVersiesAan(mongo);
    }

    /** Requests stored before the clients' lists existed: put on their client's list once (route 315 step 4, the inzage by _id). */
    @Bean
    ApplicationRunner verzoekClientlijsten(MongoTemplate mongo, FieldEncryption versleuteling, BsnSleutel bsnSleutel) {
        return args -> MongoVerzoeken.vulClientlijstenAan(mongo, versleuteling, bsnSleutel);
    }

    /** The keyed hash of a BSN: the JW315's keys, and the casus clients' index that links a JW315 to its bepaling (route 315 step 4). */
    @Bean
    BsnSleutel bsnSleutel(@Value("${jeugdlink.routing.bsn-sleutel-file:.jeugdlink/secrets/routing-bsn-sleutel.hex}") String bsnSleutel,
            org.springframework.core.env.Environment environment) {
        return new BsnSleutel(Path.of(bsnSleutel), nl.jeugdlink.platform.crypto.MissingKeys.of(environment));
    }

    @Bean
    Verzoeken verzoeken(MongoTemplate mongo, DocumentWriter writer, FieldEncryption versleuteling, BsnSleutel bsnSleutel) {
        return new MongoVerzoeken(mongo, writer, versleuteling, bsnSleutel, new VerzoekContracts());
    }

    @Bean
    Berichtnummers berichtnummers(MongoTemplate mongo, DocumentWriter writer) {
        return new MongoBerichtnummers(mongo, writer);
    }

    /** The region's municipalities as iJw writes them: the CBS code without the platform's GM prefix. */
    @Bean
    OntvangenVerzoek ontvangenVerzoek(Verzoeken verzoeken, @Value("${jeugdlink.region-gemeenten}") String regioGemeenten, Clock clock,
            Aanvraagmeldingen meldingen) {
        Set<String> cbs = Arrays.stream(regioGemeenten.split(",")).map(String::strip).map(g -> g.startsWith("GM") ? g.substring(2) : g)
                .collect(Collectors.toSet());
        return new OntvangenVerzoek(verzoeken, cbs, clock, meldingen);
    }

    @Bean
    Metingen ijwMetingen(MeterRegistry meters) {
        return new Metingen(meters);
    }

    @Bean
    BeantwoordenVerzoek beantwoordenVerzoek(Verzoeken verzoeken, MongoTemplate mongo, DocumentWriter writer, Berichtnummers nummers, Clock clock,
            Verzending verzending) {
        return new BeantwoordenVerzoek(verzoeken, new MongoAntwoorden(mongo, writer, new VerzoekContracts()), nummers, clock, verzending);
    }

    /**
     * Answers given before the mailbox (ADR 0046) have no JW319 in it: each request's products get, once, the JW319 of their answer
     * ("in onderzoek" or afgewezen; a toewijzing answers with its JW301), under each reference that has none yet.
     */
    @Bean
    ApplicationRunner postvakJw319(MongoTemplate mongo, Verzoeken verzoeken, DocumentWriter writer, Berichtnummers nummers, Clock clock,
            ApiPostvak postvak) {
        BeantwoordenVerzoek aanvullen = new BeantwoordenVerzoek(verzoeken, new MongoAntwoorden(mongo, writer, new VerzoekContracts()), nummers,
                clock, postvak.alleenOntbrekend());
        // "ijw_verzoeken": MongoVerzoeken.VERZOEKEN, read as _ids only.
        return args -> PostvakAanvulling.eenmalig(mongo, "ijw_postvak:" + Jw319.BERICHTCODE, "ijw_verzoeken", aanvullen::verstuurGegeven);
    }

    /** JW319s an answer made due and that a crash or a failed transport left unsent, sent at start (ADR 0047). */
    @Bean
    ApplicationRunner nazendingJw319(BeantwoordenVerzoek beantwoorden) {
        return args -> beantwoorden.verstuurAlleTeVersturen();
    }

    /**
     * The iJw transport (ADR 0046): today the provider's message API, a mailbox the fetch endpoints read. A hub (GGk/VECOZO) adapter
     * would be another {@link Verzending} bean here.
     */
    @Bean
    ApiPostvak apiPostvak(MongoTemplate mongo, IjwXml xml, FieldEncryption versleuteling, Clock clock) {
        return new ApiPostvak(mongo, xml, versleuteling, clock);
    }
}
