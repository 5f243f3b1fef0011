package nl.jeugdlink.jbt.verzoek;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.jbt.verzoek.domain.BekendeCasussen;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.ReceivedEvent;

/**
 * Events of the case-service's casus stream as it publishes them: the producer's golden examples
 * with the casus, municipality and people of the test, in CloudEvents binary-mode headers.
 */
public final class CasusEventMother {

    static final String GOLDEN_CASUS_ID = "5d1f3b2a-7c4e-3a9b-8e21-0c6a4f9d2b37";
    static final String GOLDEN_AANMELDING_ID = "0b7c5a3e-4f1d-4c2a-9a51-2f6d1c0e7b11";

    /** The referral of a test casus: one per casus, as in the case-service. */
    public static String aanmeldingId(String casusId) {
        return UUID.nameUUIDFromBytes(("aanmelding:" + casusId).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    private CasusEventMother() {
    }

    public static ReceivedEvent geopend(String casusId, String gemeenteCode, String dossierhouderId) {
        return of(CaseEvents.CASUS_GEOPEND, casusId, SchemaCheck.example(CaseEvents.CASUS_GEOPEND).replace("GM0228", gemeenteCode)
                .replace("st-ede-0042", dossierhouderId));
    }

    public static ReceivedEvent regisseurGekoppeld(String casusId, String gemeenteCode, String regisseurId) {
        return of(CaseEvents.REGISSEUR_GEKOPPELD, casusId, SchemaCheck.example(CaseEvents.REGISSEUR_GEKOPPELD).replace("GM0228", gemeenteCode)
                .replace("st-ede-0017", regisseurId));
    }

    public static ReceivedEvent afgesloten(String casusId, String gemeenteCode, String reden, String door) {
        return of(CaseEvents.CASUS_AFGESLOTEN, casusId, SchemaCheck.example(CaseEvents.CASUS_AFGESLOTEN).replace("GM0228", gemeenteCode)
                .replace("DOELEN_BEHAALD", reden).replace("st-ede-0017", door));
    }

    private static ReceivedEvent of(EventType type, String casusId, String json) {
        return ReceivedEvent.of(CaseEvents.TOPIC, type.type(), "urn:nld:jeugdlink:foodvalley:case-service", casusId,
                json.replace(GOLDEN_CASUS_ID, casusId).replace(GOLDEN_AANMELDING_ID, aanmeldingId(casusId)));
    }

    /** A casus of this municipality whose regisseur is {@code regisseurId}, sent and waited for until the jbt-service knows it; its id. */
    public static String bekendeCasus(KafkaProbe kafka, BekendeCasussen casussen, String gemeenteCode, String regisseurId) {
        String casusId = UUID.randomUUID().toString();
        geopend(casusId, gemeenteCode, "verwijzer-" + casusId.substring(0, 8)).sendWith(kafka);
        regisseurGekoppeld(casusId, gemeenteCode, regisseurId).sendWith(kafka);
        await().atMost(Duration.ofSeconds(30)).until(() -> casussen.find(casusId)
                .map(c -> Objects.equals(c.regisseurId(), regisseurId)).orElse(false));
        return casusId;
    }
}
