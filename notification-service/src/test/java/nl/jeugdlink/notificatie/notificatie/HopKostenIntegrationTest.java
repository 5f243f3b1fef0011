package nl.jeugdlink.notificatie.notificatie;

import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_AANMELDING;
import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_CASUS;
import static nl.jeugdlink.notificatie.Gebeurtenissen.stuur;
import static nl.jeugdlink.notificatie.Gebeurtenissen.voorbeeld;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.notificatie.NotificatieIntegrationTest;
import nl.jeugdlink.notificatie.StoreRondes;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What one event of the case-service hop costs here (issue 11): the bench's hop sends AanmeldingGescreend (the golden
 * example) and the case-service answers each with CasusGeopend. A burst of both goes over the real broker to bindings
 * that were paused meanwhile (a consumer behind the hop); the store commands the two consumer threads send are counted
 * per command and collection (a driver command listener), with the documents written, and logged per event. Once with
 * recipients the directory does not know (as in the bench: undeliverable lines), once with known ones (mailed).
 */
@NotificatieIntegrationTest
class HopKostenIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(HopKostenIntegrationTest.class);
    private static final int AANTAL = 200;

    @Autowired
    StoreRondes rondes;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MeterRegistry meters;
    @Autowired
    Notificaties notificaties;
    @Autowired
    BindingsLifecycleController bindingen;

    @Test
    void aBurstOfTheBenchsHopEventsWithRecipientsOutsideTheDirectoryIsRecordedUndeliverable() {
        List<String[]> paren = burst(Map.of("st-ede-0042", "buiten-adresboek-1", "vt-0107", "buiten-adresboek-2", "gi-jbg-0311", "buiten-adresboek-3"),
                "recipients unknown");
        for (String[] paar : paren) {
            assertThat(notificaties.overAanmelding(paar[0])).extracting(Notificatie::status).containsOnly(Notificatie.Status.ONBESTELBAAR);
        }
    }

    @Test
    void aBurstOfTheHopsEventsWithKnownRecipientsIsRecordedAndHandedOverForDelivery() {
        List<String[]> paren = burst(Map.of(), "recipients known");
        for (String[] paar : paren) {
            assertThat(notificaties.overAanmelding(paar[0])).extracting(n -> n.ontvanger().id())
                    .containsExactlyInAnyOrder("st-ede-0042", "vt-0107", "gi-jbg-0311");
        }
    }

    /** Sends the burst and logs its cost; each event's three messages and link are asserted. */
    private List<String[]> burst(Map<String, String> ontvangers, String wat) {
        List<String[]> paren = new ArrayList<>();
        for (int i = 0; i < AANTAL; i++) {
            paren.add(new String[] {UUID.randomUUID().toString(), UUID.randomUUID().toString()});
        }
        double gescreend = consumed(IntakeEvents.AANMELDING_GESCREEND.type());
        double geopend = consumed(CaseEvents.CASUS_GEOPEND.type());
        long berichtenVoor = mongo.getCollection("notificaties").estimatedDocumentCount();
        long koppelingenVoor = mongo.getCollection("casussen").estimatedDocumentCount();
        var voor = rondes.stand();

        // Paused while the burst is sent, as a consumer that fell behind the hop: each binding then takes it in a few polls.
        bindingen.pause("aanmeldingen-in-0");
        bindingen.pause("casussen-in-0");
        for (String[] paar : paren) {
            Map<String, String> vervangingen = new HashMap<>(ontvangers);
            vervangingen.put(GOUDEN_AANMELDING, paar[0]);
            stuur(IntakeEvents.AANMELDING_GESCREEND, paar[0], voorbeeld(IntakeEvents.AANMELDING_GESCREEND, vervangingen));
        }
        for (String[] paar : paren) {
            stuur(CaseEvents.CASUS_GEOPEND, paar[1], voorbeeld(CaseEvents.CASUS_GEOPEND, Map.of(GOUDEN_CASUS, paar[1], GOUDEN_AANMELDING, paar[0])));
        }
        bindingen.resume("aanmeldingen-in-0");
        bindingen.resume("casussen-in-0");
        await().atMost(Duration.ofSeconds(120)).until(() -> consumed(IntakeEvents.AANMELDING_GESCREEND.type()) >= gescreend + AANTAL
                && consumed(CaseEvents.CASUS_GEOPEND.type()) >= geopend + AANTAL);
        var na = rondes.stand();

        // What each event did: three messages (referrer and the two coupled professionals), one link.
        for (String[] paar : paren) {
            assertThat(notificaties.overAanmelding(paar[0])).hasSize(3);
            assertThat(notificaties.aanmeldingVan(paar[1])).contains(paar[0]);
        }
        long berichten = mongo.getCollection("notificaties").estimatedDocumentCount() - berichtenVoor;
        long koppelingen = mongo.getCollection("casussen").estimatedDocumentCount() - koppelingenVoor;
        assertThat(berichten).isEqualTo(3L * AANTAL);
        assertThat(koppelingen).isEqualTo(AANTAL);

        Map<String, Long> aanmeldingen = StoreRondes.verschil(voor, na, StoreRondes.draadVan(na, "intake.aanmelding"));
        Map<String, Long> casussen = StoreRondes.verschil(voor, na, StoreRondes.draadVan(na, "casus.casus"));
        log.info("hop cost ({}), {} AanmeldingGescreend: round trips {} ({} per event), documents written {} ({} per event)", wat, AANTAL, aanmeldingen,
                String.format("%.2f", som(aanmeldingen) / (double) AANTAL), berichten, berichten / (double) AANTAL);
        log.info("hop cost ({}), {} CasusGeopend: round trips {} ({} per event), documents written {} ({} per event)", wat, AANTAL, casussen,
                String.format("%.2f", som(casussen) / (double) AANTAL), koppelingen, koppelingen / (double) AANTAL);
        log.info("hop cost ({}), per thread: {}", wat, StoreRondes.perDraad(voor, na));
        return paren;
    }

    private static long som(Map<String, Long> tellingen) {
        return tellingen.values().stream().mapToLong(Long::longValue).sum();
    }

    private double consumed(String type) {
        return meters.find("jeugdlink.events.consumed").tag("type", type).counters().stream().mapToDouble(c -> c.count()).sum();
    }
}
