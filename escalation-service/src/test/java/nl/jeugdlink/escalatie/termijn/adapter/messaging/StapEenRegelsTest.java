package nl.jeugdlink.escalatie.termijn.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import nl.jeugdlink.escalatie.termijn.adapter.kalender.JollydayFeestdagen;
import nl.jeugdlink.escalatie.termijn.adapter.regels.TermijnregelsProperties;
import nl.jeugdlink.escalatie.termijn.domain.Gebeurtenis;
import nl.jeugdlink.escalatie.termijn.domain.Soort;
import nl.jeugdlink.escalatie.termijn.domain.Status;
import nl.jeugdlink.escalatie.termijn.domain.Termijn;
import nl.jeugdlink.escalatie.termijn.domain.Termijnklok;
import nl.jeugdlink.escalatie.termijn.domain.Traject;
import nl.jeugdlink.escalatie.termijn.domain.Werkdagkalender;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Step 1 of both Bouwsteen 5 routes under the rules as application.yaml ships them (issue 13, ADR 0041): met by the consultation
 * the youth protector records on the intention (LokaalTeamGeraadpleegd, at the day it took place) or by the bepaling's afgestemdOp,
 * whichever is earlier; only on its own route. The payloads are read as JSON, as the listener reads them.
 */
class StapEenRegelsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String VOORNEMEN = "7a1e2d3c-4b5f-4a6e-9d8c-1b2a3f4e5d6c";
    private static final Soort STAP_1_301 = Soort.of("ROUTE_301_STAP_1");
    private static final Soort STAP_1_315 = Soort.of("ROUTE_315_STAP_1");
    private static final Soort STAP_2_3_315 = Soort.of("ROUTE_315_STAP_2_3");

    private final Termijnklok klok = klok();
    private final Traject traject = Traject.nieuw("0b7c5a3e-4f1d-4c2a-9a51-2f6d1c0e7b11", "GM0228");

    @Test
    void route301StepOneIsMetByTheRecordedConsultationOnTheDayItTookPlace() {
        // Monday 19 April 2027: the local team must be consulted by Thursday 22 April.
        traject.verwerk(voorgenomen("301", "2027-04-19"), klok);

        traject.verwerk(geraadpleegd("301", "2027-04-21", "2027-04-21T15:00:00Z"), klok);

        Termijn stap1 = termijn(STAP_1_301);
        assertThat(stap1.status()).isEqualTo(Status.GEHAALD);
        assertThat(stap1.gestoptOp()).isEqualTo(Instant.parse("2027-04-20T22:00:00Z"));
    }

    @Test
    void aConsultationRecordedTheDayAfterTheLastDayStillCountsOnTheDayItTookPlace() {
        traject.verwerk(voorgenomen("301", "2027-04-19"), klok);

        // Held on Thursday 22 April, the last day, recorded on Friday the 23rd.
        traject.verwerk(geraadpleegd("301", "2027-04-22", "2027-04-23T09:00:00Z"), klok);

        assertThat(termijn(STAP_1_301).status()).isEqualTo(Status.GEHAALD);
    }

    @Test
    void route315StepOneIsMetByItsConsultationAndStepsTwoAndThreeWaitForTheReferral() {
        traject.verwerk(voorgenomen("315", "2027-04-19"), klok);

        traject.verwerk(geraadpleegd("315", "2027-04-23", "2027-04-23T12:00:00Z"), klok);

        assertThat(termijn(STAP_1_315).status()).isEqualTo(Status.GEHAALD);
        assertThat(termijn(STAP_2_3_315).status()).isEqualTo(Status.OPEN);
    }

    @Test
    void aConsultationOnTheOtherRouteMeetsNothing() {
        traject.verwerk(voorgenomen("301", "2027-04-19"), klok);

        traject.verwerk(geraadpleegd("315", "2027-04-21", "2027-04-21T15:00:00Z"), klok);

        assertThat(termijn(STAP_1_301).status()).isEqualTo(Status.OPEN);
    }

    @Test
    void theBepalingsAfgestemdOpStillMeetsItAndTheEarlierOfBothWins() {
        traject.verwerk(voorgenomen("301", "2027-04-19"), klok);
        // The bepaling names the 21st; a consultation recorded afterwards for the 26th does not make it late.
        traject.verwerk(bepaald("301", "2027-04-21"), klok);
        traject.verwerk(geraadpleegd("301", "2027-04-26", "2027-04-26T09:00:00Z"), klok);

        Termijn stap1 = termijn(STAP_1_301);
        assertThat(stap1.status()).isEqualTo(Status.GEHAALD);
        assertThat(stap1.gestoptOp()).isEqualTo(Instant.parse("2027-04-20T22:00:00Z"));
    }

    private Termijn termijn(Soort soort) {
        return traject.termijnen().stream().filter(t -> t.soort().equals(soort)).findFirst().orElseThrow();
    }

    private static Gebeurtenis voorgenomen(String route, String op) {
        return gebeurtenis("nl.jeugdlink.routing.bepaling-voorgenomen.v1", op + "T08:00:00Z", """
                {"voornemenId": "%s", "route": "%s", "voorgenomenOp": "%s", "giOrganisatie": "GECERTIFICEERDE_INSTELLING",
                 "gemeenteCode": "GM0228"}""".formatted(VOORNEMEN, route, op));
    }

    /** As the routing publishes it (routes11's contract): the day of the consultation and when it was recorded. */
    private static Gebeurtenis geraadpleegd(String route, String op, String vastgelegdOp) {
        return gebeurtenis("nl.jeugdlink.routing.lokaal-team-geraadpleegd.v1", vastgelegdOp, """
                {"voornemenId": "%s", "route": "%s", "geraadpleegdOp": "%s", "vastgelegdOp": "%s", "gemeenteCode": "GM0228",
                 "giOrganisatie": "GECERTIFICEERDE_INSTELLING", "agbCode": %s}"""
                .formatted(VOORNEMEN, route, op, vastgelegdOp, "315".equals(route) ? "\"12345678\"" : "null"));
    }

    private static Gebeurtenis bepaald(String route, String afgestemdOp) {
        return gebeurtenis("nl.jeugdlink.routing.jeugdhulp-bepaald.v1", afgestemdOp + "T16:00:00Z", """
                {"voornemenId": "%s", "bepalingId": "2f9c1d7e-6b5a-4c3d-8e2f-1a0b9c8d7e6f", "route": "%s", "afgestemdOp": "%s",
                 "verwezenNaarLokaalTeamOp": "%s", "gemeenteCode": "GM0228"}""".formatted(VOORNEMEN, route, afgestemdOp, afgestemdOp));
    }

    private static Gebeurtenis gebeurtenis(String type, String tijdstip, String json) {
        return new Gebeurtenis(type, Instant.parse(tijdstip), new JsonVelden(JSON.readTree(json)));
    }

    /** The region's rules exactly as shipped, bound as the application binds them. */
    private static Termijnklok klok() {
        StandardEnvironment omgeving = new StandardEnvironment();
        try {
            new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"))
                    .forEach(bron -> omgeving.getPropertySources().addLast(bron));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        TermijnregelsProperties regels = new Binder(ConfigurationPropertySources.get(omgeving))
                .bind("jeugdlink.termijnen", TermijnregelsProperties.class).get();
        return new Termijnklok(new Werkdagkalender(new JollydayFeestdagen(false, JollydayFeestdagen.Bevrijdingsdag.ELK_LUSTRUM)), regels.regels());
    }
}
