package nl.jeugdlink.intake.inzage;

import nl.jeugdlink.contracts.casus.InzageEvents;
import nl.jeugdlink.contracts.casus.InzagedeelGeleverd;
import nl.jeugdlink.intake.aanmelding.domain.Aanmeldingen;
import nl.jeugdlink.platform.inzage.InzageConfiguration;
import nl.jeugdlink.platform.inzage.InzageProtocol;
import nl.jeugdlink.platform.inzage.Inzagebron;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The intake answers round 1 of a request for a child's data through the platform (ADR 0031): binding {@code inzageverzoeken-in-0}. */
@Configuration(proxyBeanMethods = false)
@Import(InzageConfiguration.class)
class InzagebronConfiguration {

    @Bean
    InzageProtocol inzageProtocol() {
        return new InzageProtocol(InzageEvents.INZAGEVERZOEK_INGEDIEND, InzageEvents.INZAGEDEEL_GELEVERD,
                a -> new InzagedeelGeleverd(a.verzoekId(), a.dienst(), a.ronde(), a.verzegeld(), a.geleverdOp()));
    }

    @Bean
    Inzagebron intakeInzagebron(Aanmeldingen aanmeldingen) {
        return new IntakeInzagebron(aanmeldingen);
    }
}
