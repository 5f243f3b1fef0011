package nl.jeugdlink.notificatie.notificatie;

import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_AANMELDING;
import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_CASUS;
import static nl.jeugdlink.notificatie.Gebeurtenissen.stuur;
import static nl.jeugdlink.notificatie.Gebeurtenissen.voorbeeld;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.escalatie.EscalationEvents;
import nl.jeugdlink.notificatie.NotificatieIntegrationTest;
import nl.jeugdlink.notificatie.TestMail;
import nl.jeugdlink.notificatie.contactpersoon.domain.Contactpersonen;
import nl.jeugdlink.notificatie.contactpersoon.domain.Contactpersoon;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A passed deadline (TermijnOverschreden) and one that reached the next person (TermijnOpgeschaald) go to the role in
 * {@code betreftRol} of the organisation in {@code betreftOrganisatie}, over the real broker, store and SMTP server: a
 * gedragswetenschapper, a municipal contact of another municipality than the casus's, the participants of an
 * escalation meeting (kept from its minutes' event), the regional contact person; an unknown role the teamleiders.
 */
@NotificatieIntegrationTest
class TermijnBetreftIntegrationTest {

    private static final Duration WACHT = Duration.ofSeconds(30);
    private static final String TEAMLEIDER_EDE = "t.smit@st-ede.test";

    @Autowired
    Notificaties notificaties;

    @Autowired
    Contactpersonen contactpersonen;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private final String aanmelding = UUID.randomUUID().toString();
    private final String casus = UUID.randomUUID().toString();

    @Test
    void tellsTheGedragswetenschapperOfTheMunicipalityAndNoTeamleider() {
        stuur(EscalationEvents.TERMIJN_OVERSCHREDEN, aanmelding, payload(EscalationEvents.TERMIJN_OVERSCHREDEN, Map.of(
                "\"EERSTE_CONTACT\"", "\"ESCALATIE_STAP_1\"", "\"TEAMLEIDER\"", "\"GEDRAGSWETENSCHAPPER\"")));

        assertThat(TestMail.tekst(TestMail.eenMail("w.degroot@st-ede.test", aanmelding))).contains("Beste Wim de Groot,", "is verlopen.");
        assertThat(notificaties.overAanmelding(aanmelding)).extracting(n -> n.ontvanger().rol() + ":" + n.ontvanger().id())
                .containsExactly("GEDRAGSWETENSCHAPPER:gw-ede-0003");
        assertThat(TestMail.aan(TEAMLEIDER_EDE, aanmelding)).isEmpty();
    }

    @Test
    void tellsTheMunicipalContactOfTheMunicipalityTheBreachConcerns() {
        contactpersonen.bewaar(Contactpersoon.of("gm-bnv-0001", "Bram Hendriks", "b.hendriks@barneveld.test", "gemeentelijk-contactpersoon",
                List.of("GM0203")));
        stuur(EscalationEvents.TERMIJN_OVERSCHREDEN, aanmelding, payload(EscalationEvents.TERMIJN_OVERSCHREDEN, Map.of(
                "\"TEAMLEIDER\"", "\"GEMEENTELIJK_CONTACTPERSOON\"", "\"betreftOrganisatie\": \"GM0228\"", "\"betreftOrganisatie\": \"GM0203\"")));

        assertThat(TestMail.tekst(TestMail.eenMail("b.hendriks@barneveld.test", aanmelding))).contains("Beste Bram Hendriks,");
        assertThat(notificaties.overAanmelding(aanmelding)).extracting(n -> n.ontvanger().rol() + ":" + n.ontvanger().id())
                .containsExactly("GEMEENTELIJK_CONTACTPERSOON:gm-bnv-0001");
    }

    @Test
    void tellsTheGisTeamleiderOfABreachOfAGiRouteTermThenTheRegionsContactPerson() {
        // ZOEKTOCHT_STAP_6 names the youth protector's organisation (the escalation-service's rule: /giOrganisatie).
        String stap6 = "\"soort\": \"ZOEKTOCHT_STAP_6\"";
        String bijGi = "\"betreftOrganisatie\": \"GECERTIFICEERDE_INSTELLING\"";
        stuur(EscalationEvents.TERMIJN_OVERSCHREDEN, aanmelding, payload(EscalationEvents.TERMIJN_OVERSCHREDEN, Map.of(
                "\"soort\": \"EERSTE_CONTACT\"", stap6, "\"betreftOrganisatie\": \"GM0228\"", bijGi)));

        assertThat(TestMail.tekst(TestMail.eenMail("h.kuipers@gi-jbt.test", aanmelding))).contains("Beste Hanna Kuipers,", "is verlopen.");
        await().atMost(WACHT).until(() -> notificaties.overAanmelding(aanmelding).size() == 1);
        assertThat(notificaties.overAanmelding(aanmelding)).extracting(n -> n.ontvanger().rol() + ":" + n.ontvanger().id())
                .containsExactly("TEAMLEIDER:tl-gi-0001");
        // Not the municipality's teamleiders: the GI carries the measure.
        assertThat(TestMail.aan(TEAMLEIDER_EDE, aanmelding)).isEmpty();

        // Two working days later it is still not met: the region's contact person (no one of that role at the GI: the municipality's).
        stuur(EscalationEvents.TERMIJN_OPGESCHAALD, aanmelding, payload(EscalationEvents.TERMIJN_OPGESCHAALD, Map.of(
                "\"soort\": \"ROUTE_301_CONTACT\"", stap6, "\"betreftOrganisatie\": \"GM0228\"", bijGi)));

        assertThat(TestMail.tekst(TestMail.eenMail("k.dijkstra@ede.test", aanmelding))).contains("Beste Karin Dijkstra,", "nog steeds niet gehaald.");
        await().atMost(WACHT).until(() -> notificaties.overAanmelding(aanmelding).size() == 2);
        assertThat(notificaties.overAanmelding(aanmelding)).extracting(n -> n.ontvanger().rol() + ":" + n.ontvanger().id())
                .containsExactlyInAnyOrder("TEAMLEIDER:tl-gi-0001", "REGIONALE_CONTACTPERSOON:gm-ede-jbt");
        assertThat(TestMail.aan("h.kuipers@gi-jbt.test", aanmelding)).hasSize(1);
    }

    @Test
    void findsAnOrganisationsPeopleByItsKeyAndFollowsAChangeOfOrganisation() {
        String id = "tl-gi-" + UUID.randomUUID().toString().substring(0, 8);
        contactpersonen.bewaar(Contactpersoon.of(id, "Iris Veldman", "i.veldman@gi-jbt.test", "teamleider", List.of("GM0228"), "WILLIAM_SCHRIKKER"));
        assertThat(contactpersonen.metRolInOrganisatie("teamleider", "WILLIAM_SCHRIKKER")).extracting(Contactpersoon::medewerkerId).containsExactly(id);
        // Not one of Ede's own teamleiders: the screeners' and the municipality's breaches do not reach her.
        assertThat(contactpersonen.metRolInGemeente("teamleider", "GM0228")).extracting(Contactpersoon::medewerkerId).doesNotContain(id);

        contactpersonen.bewaar(Contactpersoon.of(id, "Iris Veldman", "i.veldman@gi-jbt.test", "teamleider", List.of("GM0228"), "LEGER_DES_HEILS"));
        assertThat(contactpersonen.metRolInOrganisatie("teamleider", "WILLIAM_SCHRIKKER")).isEmpty();
        assertThat(contactpersonen.metRolInOrganisatie("teamleider", "LEGER_DES_HEILS")).extracting(Contactpersoon::medewerkerId).containsExactly(id);
        // Without an organisation she is a teamleider of her municipality (Rhenen here: no other test counts its teamleiders).
        contactpersonen.bewaar(Contactpersoon.of(id, "Iris Veldman", "i.veldman@gi-jbt.test", "teamleider", List.of("GM0340")));
        assertThat(contactpersonen.metRolInOrganisatie("teamleider", "LEGER_DES_HEILS")).isEmpty();
        assertThat(contactpersonen.metRolInGemeente("teamleider", "GM0340")).extracting(Contactpersoon::medewerkerId).contains(id);
    }

    @Test
    void tellsEachParticipantOfTheEscalationMeetingWhenItsMinutesAreLate() {
        String verslag = UUID.randomUUID().toString();
        stuur(EscalationEvents.ESCALATIEVERSLAG_OPGESTELD, aanmelding, payload(EscalationEvents.ESCALATIEVERSLAG_OPGESTELD, Map.of(
                "8a9b0c1d-2e3f-4a5b-9c6d-7e8f9a0b1c2d", verslag, "\"regisseur-ede\"", "\"st-ede-0042\"",
                "\"gedragswetenschapper-ede\"", "\"gw-ede-0003\"")));
        await().atMost(WACHT).until(() -> notificaties.deelnemersVan(verslag).size() == 2);
        stuur(EscalationEvents.TERMIJN_OVERSCHREDEN, aanmelding, payload(EscalationEvents.TERMIJN_OVERSCHREDEN, Map.of(
                "\"EERSTE_CONTACT\"", "\"ESCALATIE_VERSLAG\"", "\"TEAMLEIDER\"", "\"ESCALATIE_DEELNEMERS\"",
                "\"betreftOrganisatie\": \"GM0228\"", "\"betreftOrganisatie\": \"" + verslag + "\"")));

        assertThat(TestMail.tekst(TestMail.eenMail("s.devries@st-ede.test", aanmelding))).contains("Beste Sanne de Vries,");
        assertThat(TestMail.tekst(TestMail.eenMail("w.degroot@st-ede.test", aanmelding))).contains("Beste Wim de Groot,");
        assertThat(notificaties.overAanmelding(aanmelding)).extracting(n -> n.ontvanger().rol() + ":" + n.ontvanger().id())
                .containsExactlyInAnyOrder("ESCALATIE_DEELNEMER:st-ede-0042", "ESCALATIE_DEELNEMER:gw-ede-0003");
        assertThat(TestMail.aan(TEAMLEIDER_EDE, aanmelding)).isEmpty();
    }

    @Test
    void tellsTheNextPersonThatAPassedDeadlineIsStillNotMetAndHowLate() {
        stuur(EscalationEvents.TERMIJN_OPGESCHAALD, aanmelding, payload(EscalationEvents.TERMIJN_OPGESCHAALD, Map.of()));

        var mail = TestMail.eenMail("k.dijkstra@ede.test", aanmelding);
        assertThat(TestMail.onderwerp(mail)).isEqualTo("JeugdLink: een verlopen termijn is nog steeds niet gehaald");
        assertThat(TestMail.tekst(mail)).contains("Beste Karin Dijkstra,", "is verlopen en nog steeds niet gehaald.", "Het is nu 5 werkdagen te laat.");
        assertThat(notificaties.overAanmelding(aanmelding)).extracting(n -> n.ontvanger().rol() + ":" + n.ontvanger().id())
                .containsExactly("REGIONALE_CONTACTPERSOON:gm-ede-jbt");
    }

    @Test
    void tellsTheTeamleidersOfARoleTheDirectoryDoesNotKnowWithoutDeadLetterAndCountsIt() {
        double voor = meters.counter("jeugdlink.notificaties.termijnen.onbekende-rol").count();
        stuur(EscalationEvents.TERMIJN_OPGESCHAALD, aanmelding, payload(EscalationEvents.TERMIJN_OPGESCHAALD, Map.of(
                "\"REGIONALE_CONTACTPERSOON\"", "\"WETHOUDER\"")));

        await().atMost(WACHT).until(() -> notificaties.overAanmelding(aanmelding).size() == 2);
        assertThat(notificaties.overAanmelding(aanmelding)).extracting(n -> n.ontvanger().id()).containsExactlyInAnyOrder("tl-ede-0001", "tl-ede-0002");
        assertThat(meters.counter("jeugdlink.notificaties.termijnen.onbekende-rol").count()).isGreaterThan(voor);
    }

    private String payload(EventType type, Map<String, String> meer) {
        String payload = voorbeeld(type, Map.of(GOUDEN_AANMELDING, aanmelding, GOUDEN_CASUS, casus));
        for (var v : meer.entrySet()) {
            assertThat(payload).contains(v.getKey());
            payload = payload.replace(v.getKey(), v.getValue());
        }
        return payload;
    }
}
