package nl.jeugdlink.routing.toewijzing;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.platform.inbound.InboundHandlers;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import nl.jeugdlink.routing.contract.application.BijhoudenContracten;
import nl.jeugdlink.routing.toewijzing.adapter.messaging.CasusListener;
import nl.jeugdlink.routing.toewijzing.adapter.metrics.MicrometerMetingen;
import nl.jeugdlink.routing.toewijzing.adapter.messaging.ToewijzingContracts;
import nl.jeugdlink.routing.toewijzing.adapter.persistence.MongoCasussen;
import nl.jeugdlink.routing.toewijzing.adapter.persistence.MongoClientgegevens;
import nl.jeugdlink.routing.toewijzing.adapter.persistence.MongoToewijzingen;
import nl.jeugdlink.routing.toewijzing.adapter.persistence.MongoToewijzingsnummers;
import nl.jeugdlink.routing.ijw.adapter.persistence.BsnSleutel;
import nl.jeugdlink.routing.ijw.application.BeantwoordenVerzoek;
import nl.jeugdlink.routing.toewijzing.application.LinkingVerzoek;
import nl.jeugdlink.routing.toewijzing.application.AssigningToewijzing;
import nl.jeugdlink.routing.toewijzing.application.HonouringVerzoek;
import nl.jeugdlink.routing.toewijzing.application.ChangingToewijzing;
import nl.jeugdlink.routing.toewijzing.application.DecliningToewijzing;
import nl.jeugdlink.routing.toewijzing.application.DeterminingCare;
import nl.jeugdlink.routing.toewijzing.domain.Contractering;
import nl.jeugdlink.routing.toewijzing.application.EngagingZoektocht;
import nl.jeugdlink.routing.toewijzing.application.RegisteringLevering;
import nl.jeugdlink.routing.toewijzing.application.RecordingCasus;
import nl.jeugdlink.routing.toewijzing.application.VersturenJw301;
import nl.jeugdlink.routing.ijw.application.Verzending;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import nl.jeugdlink.routing.toewijzing.domain.Clientgegevens;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingen;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingsnummers;
import nl.jeugdlink.routing.ijw.adapter.web.ApiPostvak;
import nl.jeugdlink.routing.ijw.adapter.web.PostvakAanvulling;
import nl.jeugdlink.routing.ijw.xml.Jw301;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Explicit wiring of the toewijzing feature: the domain and use cases stay free of Spring. */
@Configuration(proxyBeanMethods = false)
class ToewijzingConfiguration {

    @Bean
    MongoCasussen bekendeCasussen(MongoTemplate mongo, DocumentWriter writer) {
        // The messaging adapter's mapper is passed in: persistence stores the events, it does not know their contracts.
        return new MongoCasussen(mongo, writer, new ToewijzingContracts());
    }

    /** Keys of toewijzingen stored before they existed, filled in once (a scan at start, then a marker). */
    @Bean
    ApplicationRunner toewijzingSleutels(MongoCasussen casussen) {
        return args -> casussen.vulSleutelsAan();
    }

    @Bean
    Toewijzingen toewijzingen(MongoTemplate mongo) {
        return new MongoToewijzingen(mongo);
    }

    @Bean
    Toewijzingsnummers toewijzingsnummers(MongoTemplate mongo, DocumentWriter writer) {
        return new MongoToewijzingsnummers(mongo, writer);
    }

    @Bean
    RecordingCasus recordingCasus(Casussen casussen) {
        return new RecordingCasus(casussen);
    }

    @Bean
    AssigningToewijzing assigningCare(Casussen casussen, Toewijzingsnummers nummers, MeterRegistry meters, Contractering contractering, Clock clock,
            VersturenJw301 versturen) {
        return new AssigningToewijzing(casussen, nummers, new MicrometerMetingen(meters), contractering, clock, versturen);
    }

    /**
     * Toewijzingen stored before the mailbox (ADR 0046) have no JW301 in it: each casus with a client gets, once, the JW301 of every
     * current toewijzing as the casus stands, under each toewijzing that has none yet; what was sent since stays as sent.
     */
    @Bean
    ApplicationRunner postvakJw301(MongoTemplate mongo, Casussen casussen, Clientgegevens clienten, ApiPostvak postvak, Clock clock) {
        VersturenJw301 aanvullen = new VersturenJw301(casussen, clienten, postvak.alleenOntbrekend(), clock);
        // "casussen": CasusDocument.COLLECTION, read as _ids only.
        return args -> PostvakAanvulling.eenmalig(mongo, "ijw_postvak:" + Jw301.BERICHTCODE, "casussen",
                casusId -> clienten.find(casusId).ifPresent(client -> aanvullen.verstuurWachtende(casusId, client)));
    }

    /** JW301s a write made due and that a crash or a failed transport left unsent, sent at start (ADR 0047). */
    @Bean
    ApplicationRunner nazendingJw301(VersturenJw301 versturen) {
        return args -> versturen.verstuurAlleTeVersturen();
    }

    /** The JW301 sent when due, over the iJw transport ({@link Verzending}, ADR 0046). */
    @Bean
    VersturenJw301 versturenJw301(Casussen casussen, Clientgegevens clienten, Verzending verzending, Clock clock) {
        return new VersturenJw301(casussen, clienten, verzending, clock);
    }

    @Bean
    HonouringVerzoek honouringVerzoek(BeantwoordenVerzoek beantwoorden, AssigningToewijzing assigning, Clientgegevens clienten) {
        return new HonouringVerzoek(beantwoorden, assigning, clienten);
    }

    /** The municipality's contract register decides; a municipality without one is not checked. */
    @Bean
    Contractering contractering(BijhoudenContracten contracten) {
        return (gemeente, agb, product, datum) -> contracten.dekking(gemeente, agb, product == null ? null : product.categorie(),
                product == null ? null : product.code(), datum) != BijhoudenContracten.Dekking.NIET_GECONTRACTEERD;
    }

    @Bean
    ChangingToewijzing changingToewijzing(Casussen casussen, Clock clock, VersturenJw301 versturen) {
        return new ChangingToewijzing(casussen, clock, versturen);
    }

    @Bean
    DeterminingCare determiningCare(Casussen casussen, Contractering contractering, Clock clock, LinkingVerzoek linking) {
        return new DeterminingCare(casussen, contractering, clock, linking);
    }

    @Bean
    Clientgegevens clientgegevens(MongoTemplate mongo, FieldEncryption versleuteling, BsnSleutel bsnSleutel) {
        return new MongoClientgegevens(mongo, versleuteling, bsnSleutel);
    }

    /** Route 315 step 4: an accepted JW315 told to the bepaling it follows. */
    @Bean
    LinkingVerzoek linkingVerzoek(Clientgegevens clienten, Casussen casussen, nl.jeugdlink.routing.ijw.domain.Verzoeken verzoeken) {
        return new LinkingVerzoek(clienten, casussen, verzoeken);
    }

    @Bean
    EngagingZoektocht engagingZoektocht(Casussen casussen, MeterRegistry meters, Clock clock) {
        return new EngagingZoektocht(casussen, new MicrometerMetingen(meters), clock);
    }

    @Bean
    DecliningToewijzing decliningToewijzing(Casussen casussen, MeterRegistry meters, Clock clock) {
        return new DecliningToewijzing(casussen, new MicrometerMetingen(meters), clock);
    }

    /** The message API's port for JW305/JW307, implemented here where the toewijzingen live. */
    @Bean
    RegisteringLevering leveringen(Toewijzingen toewijzingen, Casussen casussen, Clientgegevens clientgegevens, MeterRegistry meters, Clock clock) {
        return new RegisteringLevering(toewijzingen, casussen, clientgegevens, new MicrometerMetingen(meters), clock);
    }

    /** Bound as {@code casussen-in-0}. */
    @Bean
    CasusListener casussen(InboundHandlers inbound, RecordingCasus recording) {
        return new CasusListener(inbound, recording);
    }
}
