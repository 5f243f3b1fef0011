package nl.jeugdlink.casus.casus;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import nl.jeugdlink.casus.casus.adapter.messaging.AanmeldingListener;
import nl.jeugdlink.casus.casus.adapter.messaging.CasusContracts;
import nl.jeugdlink.casus.casus.adapter.messaging.JbtListener;
import nl.jeugdlink.casus.casus.adapter.persistence.MongoCasusbetrokkenen;
import nl.jeugdlink.casus.casus.adapter.persistence.MongoCasussen;
import nl.jeugdlink.casus.casus.adapter.persistence.MongoJbtStanden;
import nl.jeugdlink.casus.casus.adapter.persistence.MongoWerkaantekeningen;
import nl.jeugdlink.casus.casus.adapter.persistence.MongoWerklijsten;
import nl.jeugdlink.casus.casus.adapter.web.Feedbackadressen;
import nl.jeugdlink.casus.casus.adapter.web.VersleuteldeFeedbacklinks;
import nl.jeugdlink.casus.casus.application.ChangingCasus;
import nl.jeugdlink.casus.casus.application.GevenGezinsfeedback;
import nl.jeugdlink.casus.casus.application.HerbouwenWerklijsten;
import nl.jeugdlink.casus.casus.domain.Afsluitformulier;
import nl.jeugdlink.casus.casus.domain.Afsluiting;
import nl.jeugdlink.casus.casus.domain.Feedbacklink;
import org.springframework.beans.factory.annotation.Value;
import nl.jeugdlink.casus.casus.application.OpeningCasus;
import nl.jeugdlink.casus.casus.application.RecordingWerkaantekeningen;
import nl.jeugdlink.casus.casus.application.Werklijst;
import nl.jeugdlink.casus.casus.domain.Casusbetrokkenen;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.casus.casus.domain.Evaluatieschema;
import nl.jeugdlink.casus.casus.domain.JbtStanden;
import nl.jeugdlink.casus.casus.domain.Werkaantekeningen;
import nl.jeugdlink.casus.casus.domain.Werklijsten;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.platform.crypto.Sealing;
import nl.jeugdlink.platform.inbound.InboundHandlers;
import nl.jeugdlink.platform.metrics.CountersFromZero;
import nl.jeugdlink.platform.metrics.CountersFromZero.TagValues;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Explicit wiring of the casus feature: the domain and use cases stay free of Spring. */
@Configuration(proxyBeanMethods = false)
class CasusConfiguration {

    @Bean
    Casussen casussen(MongoTemplate mongo, DocumentWriter writer, FieldEncryption versleuteling, Sealing verzegeling, JsonMapper json,
            Feedbacklink.Zegel feedbackzegel, @Value("${jeugdlink.casus.gezinsfeedback.link-basis}") String linkBasis) {
        // The messaging adapter's mapper is passed in: persistence stores the events, it does not know their contracts.
        return new MongoCasussen(mongo, writer, versleuteling, new CasusContracts(verzegeling, json, new Feedbackadressen(feedbackzegel, linkBasis)),
                json);
    }

    /** The family's personal feedback links, sealed with the service's field key (as the jbt-service's parents' links). */
    @Bean
    Feedbacklink.Zegel feedbackzegel(FieldEncryption versleuteling) {
        return new VersleuteldeFeedbacklinks(versleuteling);
    }

    @Bean
    GevenGezinsfeedback gevenGezinsfeedback(Casussen casussen, Feedbacklink.Zegel zegel, Clock clock) {
        return new GevenGezinsfeedback(casussen, zegel, clock);
    }

    /** Who is involved in a casus, read without the casus: the need-to-know check before every access (ADR 0017). */
    @Bean
    Casusbetrokkenen casusbetrokkenen(MongoTemplate mongo) {
        return new MongoCasusbetrokkenen(mongo);
    }

    @Bean
    Werkaantekeningen werkaantekeningen(MongoTemplate mongo, FieldEncryption versleuteling) {
        return new MongoWerkaantekeningen(mongo, versleuteling);
    }

    /** The worklists: a read model of the casussen, a document per line with a bucketed index per person (see the canvas on why). */
    @Bean
    Werklijsten werklijsten(MongoTemplate mongo) {
        return new MongoWerklijsten(mongo);
    }

    @Bean
    HerbouwenWerklijsten herbouwenWerklijsten(Casussen casussen, Werklijsten werklijsten) {
        return new HerbouwenWerklijsten(casussen, werklijsten);
    }

    /**
     * Before the web server and the consumers start (lifecycle phase): the lists are built the first time this layout meets
     * the store, and rebuilt on every start with {@code jeugdlink.casus.werklijsten.herbouw-bij-start} (the ops command that
     * heals a line lost between a casus write and its line writes; docs/canvases/case-service.md).
     */
    @Bean
    SmartInitializingSingleton werklijstenBijStart(HerbouwenWerklijsten herbouw,
            @Value("${jeugdlink.casus.werklijsten.herbouw-bij-start:false}") boolean altijd) {
        return () -> herbouw.bijStart(altijd);
    }

    /**
     * The casus counters of the regional dashboard from the start, at 0, for every municipality of the region and every value
     * they count (CountersFromZero says why): opened, closed per reason, and the way of working at closure.
     */
    @Bean
    SmartInitializingSingleton casusTellersVanafNul(MeterRegistry meters, @Value("${jeugdlink.region-gemeenten}") java.util.Set<String> gemeenten) {
        return () -> {
            TagValues inRegio = TagValues.of("gemeente", new java.util.TreeSet<>(gemeenten));
            CountersFromZero.register(meters, "jeugdlink.casussen.geopend", inRegio);
            CountersFromZero.register(meters, "jeugdlink.casussen.afgesloten", TagValues.of("reden", Afsluiting.Reden.values()), inRegio);
            CountersFromZero.register(meters, "jeugdlink.casussen.afgesloten.samenwerking",
                    TagValues.of("samenwerkingsvorm", Afsluitformulier.Samenwerkingsvorm.values()), inRegio);
        };
    }

    @Bean
    Werklijst werklijst(Werklijsten werklijsten) {
        return new Werklijst(werklijsten);
    }

    @Bean
    OpeningCasus openingCasus(Casussen casussen, Werklijsten werklijsten, Clock clock) {
        return new OpeningCasus(casussen, werklijsten, clock);
    }

    /** The region's evaluation moments ({@code jeugdlink.casus.evaluaties}); without them, 3, 6 and 9 months. */
    @Bean
    Evaluatieschema evaluatieschema(Environment omgeving) {
        List<Evaluatieschema.Moment> momenten = Binder.get(omgeving)
                .bind("jeugdlink.casus.evaluaties", Bindable.listOf(Evaluatieschema.Moment.class)).orElse(List.of());
        return momenten.isEmpty() ? Evaluatieschema.standaard() : new Evaluatieschema(momenten);
    }

    @Bean
    ChangingCasus changingCasus(Casussen casussen, Werklijsten werklijsten, Evaluatieschema evaluatieschema, Clock clock) {
        return new ChangingCasus(casussen, werklijsten, evaluatieschema, clock);
    }

    @Bean
    RecordingWerkaantekeningen werkaantekenen(Werkaantekeningen werkaantekeningen, Clock clock) {
        return new RecordingWerkaantekeningen(werkaantekeningen, clock);
    }

    @Bean
    JbtStanden jbtStanden(MongoTemplate mongo, DocumentWriter writer) {
        return new MongoJbtStanden(mongo, writer);
    }

    /** Bound as {@code jbtVerzoeken-in-0}: the jbt-service's topic, for the casus's stand at the table. */
    @Bean
    JbtListener jbtVerzoeken(InboundHandlers inbound, JbtStanden standen) {
        return new JbtListener(inbound, standen);
    }

    /** Bound as {@code aanmeldingGescreend-in-0}. */
    @Bean
    AanmeldingListener aanmeldingGescreend(InboundHandlers inbound, OpeningCasus opening, MeterRegistry meters) {
        return new AanmeldingListener(inbound, opening, meters);
    }
}
