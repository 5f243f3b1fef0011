package nl.jeugdlink.escalatie.termijn;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.escalatie.EscalationEvents;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.contracts.jbt.JbtEvents;
import nl.jeugdlink.contracts.routing.RoutingEvents;
import nl.jeugdlink.escalatie.termijn.adapter.bewaking.TermijnBewaking;
import nl.jeugdlink.escalatie.termijn.adapter.kalender.JollydayFeestdagen;
import nl.jeugdlink.escalatie.termijn.adapter.messaging.GebeurtenisListener;
import nl.jeugdlink.escalatie.termijn.adapter.messaging.TermijnContracts;
import nl.jeugdlink.escalatie.termijn.adapter.metrics.MicrometerMetingen;
import nl.jeugdlink.escalatie.termijn.adapter.persistence.MongoTrajecten;
import nl.jeugdlink.escalatie.termijn.adapter.regels.TermijnregelsProperties;
import nl.jeugdlink.escalatie.termijn.application.AdjustingTermijnen;
import nl.jeugdlink.escalatie.termijn.application.Metingen;
import nl.jeugdlink.escalatie.termijn.application.TrackingTermijnen;
import nl.jeugdlink.escalatie.termijn.application.WatchingTermijnen;
import nl.jeugdlink.escalatie.termijn.domain.Feestdagen;
import nl.jeugdlink.escalatie.termijn.domain.Termijnklok;
import nl.jeugdlink.escalatie.termijn.domain.Werkdagkalender;
import nl.jeugdlink.platform.inbound.InboundHandlers;
import nl.jeugdlink.platform.klok.ClockConfiguration;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Explicit wiring of the deadline clock; the region's rule table and holidays come from configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TermijnregelsProperties.class)
class TermijnConfiguration {

    @Bean
    Feestdagen feestdagen(@Value("${jeugdlink.termijnen.goede-vrijdag-vrij:false}") boolean goedeVrijdag,
            @Value("${jeugdlink.termijnen.bevrijdingsdag:ELK_LUSTRUM}") JollydayFeestdagen.Bevrijdingsdag bevrijdingsdag) {
        return new JollydayFeestdagen(goedeVrijdag, bevrijdingsdag);
    }

    @Bean
    Termijnklok termijnklok(Feestdagen feestdagen, TermijnregelsProperties regels) {
        return new Termijnklok(new Werkdagkalender(feestdagen), regels.regels());
    }

    @Bean
    MongoTrajecten trajecten(MongoTemplate mongo, DocumentWriter writer) {
        // The store writes the contracts of the deadline events but does not know them: messaging's mapper is handed in.
        return new MongoTrajecten(mongo, writer, TermijnContracts::toContract);
    }

    @Bean
    ApplicationRunner trajectIndexen(MongoTrajecten trajecten) {
        return args -> {
            trajecten.indexeer();
            trajecten.verdeelVervaldagen();
            trajecten.vulVervaldagenAan();
            trajecten.vulSleutelsAan();
            trajecten.vulTellingenAan();
        };
    }

    /** The region's municipalities (platform default {@code jeugdlink.region-gemeenten}): each kind's counters start at 0 for each. */
    @Bean
    MicrometerMetingen metingen(MeterRegistry meters, Termijnklok klok, @Value("${jeugdlink.region-gemeenten}") java.util.Set<String> gemeenten) {
        return new MicrometerMetingen(meters, klok, gemeenten);
    }

    @Bean
    TrackingTermijnen bijhoudenTermijnen(MongoTrajecten trajecten, Termijnklok klok, Metingen metingen) {
        return new TrackingTermijnen(trajecten, klok, metingen);
    }

    @Bean
    WatchingTermijnen bewakenTermijnen(MongoTrajecten trajecten, Termijnklok klok, Clock clock, Metingen metingen) {
        return new WatchingTermijnen(trajecten, klok, clock, metingen);
    }

    @Bean
    AdjustingTermijnen bijstellenTermijnen(MongoTrajecten trajecten, Termijnklok klok, Clock clock, Metingen metingen) {
        return new AdjustingTermijnen(trajecten, klok, clock, metingen);
    }

    @Bean
    TermijnBewaking termijnBewaking(WatchingTermijnen bewaken, @Value("${jeugdlink.termijnen.bewaking-interval:30s}") Duration interval,
            @Value("${jeugdlink.termijnen.telling-interval:5m}") Duration tellingInterval) {
        return new TermijnBewaking(bewaken, interval, tellingInterval);
    }

    /** Runs only where the clock can be moved (test, demo): what a move made due is handled before the move returns. */
    @Bean
    ClockConfiguration.NaVerzetten termijnenNaVerzetten(TermijnBewaking bewaking) {
        return nu -> bewaking.bewaakNu();
    }

    /** Bound as {@code aanmeldingen-in-0}: the intake's topic, keyed by referral. Which types count is the rule table's business. */
    @Bean
    GebeurtenisListener aanmeldingen(InboundHandlers handlers, TrackingTermijnen bijhouden) {
        return new GebeurtenisListener(handlers, "aanmeldingen-in-0", bijhouden, "/aanmeldingId", IntakeEvents.ALL);
    }

    /** Bound as {@code casussen-in-0}: the case-service's topic, keyed by casus. */
    @Bean
    GebeurtenisListener casussen(InboundHandlers handlers, TrackingTermijnen bijhouden) {
        return new GebeurtenisListener(handlers, "casussen-in-0", bijhouden, "/casusId", CaseEvents.ALL);
    }

    /** Bound as {@code jbtVerzoeken-in-0}: the jbt-service's topic, keyed by casus (the JBT_PLANNING rule reads it). */
    @Bean
    GebeurtenisListener jbtVerzoeken(InboundHandlers handlers, TrackingTermijnen bijhouden) {
        return new GebeurtenisListener(handlers, "jbtVerzoeken-in-0", bijhouden, "/casusId", JbtEvents.ALL);
    }

    /**
     * Bound as {@code toewijzingen-in-0}: the jeugdhulp-routing-service's topic, keyed by casus. The 301 route's terms read it (TOEWIJZING_ANTWOORD,
     * START_GEMELD keyed by the toewijzing; ZOEKTOCHT_STAP_5 and _6 after a decline, keyed by the decline).
     */
    @Bean
    GebeurtenisListener toewijzingen(InboundHandlers handlers, TrackingTermijnen bijhouden) {
        return new GebeurtenisListener(handlers, "toewijzingen-in-0", bijhouden, "/casusId", RoutingEvents.ALL);
    }

    /**
     * Bound as {@code escalaties-in-0}: this service's own topic, keyed by referral. The escalation model's events start and meet
     * the terms of its steps and minutes (ESCALATIE_STAP_1, _2, _3, ESCALATIE_VERSLAG) under the rules, like any other fact; the
     * deadline events on the topic are read by no rule and ignored.
     */
    @Bean
    GebeurtenisListener escalaties(InboundHandlers handlers, TrackingTermijnen bijhouden) {
        return new GebeurtenisListener(handlers, "escalaties-in-0", bijhouden, "/aanmeldingId", EscalationEvents.ESCALATIES);
    }
}
