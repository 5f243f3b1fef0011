package nl.jeugdlink.routing.toewijzing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.TestIssuer;
import nl.jeugdlink.routing.ijw.xml.IjwBerichtMother;
import nl.jeugdlink.routing.ijw.xml.IjwXml;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;

/**
 * What the mailbox's tests (ADR 0046, 0047) set up over the running routing: an Ede casus whose client the back office gave, a
 * provider's JW315, and the provider's fetch of a message.
 */
final class PostvakMother {

    private static final String EDE = ToewijzingIntegrationTest.EDE;
    private static final IjwXml XML = new IjwXml();

    private PostvakMother() {
    }

    static String backoffice() {
        return ApiCaller.token("bo-" + EDE, "backoffice", List.of(EDE));
    }

    /** A casus of Ede known to the routing, with a client of this achternaam given by its back office. */
    static String casusMetClient(int port, KafkaProbe kafka, Casussen casussen, String achternaam) {
        String casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, EDE);
        var client = ApiCaller.onPort(port).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/casussen/" + casusId + "/client"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
                        {"bsn": "%s", "geboortedatum": "2015-03-01", "geslacht": "2", "achternaam": "%s"}""".formatted(IjwBerichtMother.geldigBsn(),
                        achternaam))), backoffice());
        assertThat(client.statusCode()).as(client.body()).isEqualTo(204);
        return casusId;
    }

    /** The provider's accepted JW315 for one product; its ReferentieAanbieder. */
    static String verzoek(int port, String agb) {
        String referentie = UUID.randomUUID().toString().substring(0, 12);
        var verzoek = ApiCaller.onPort(port).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/zorgaanbieders/" + agb + "/berichten"))
                .header("Content-Type", "application/xml").header("Accept", "application/xml, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(XML.schrijf(IjwBerichtMother.jw315Van(agb, UUID.randomUUID().toString().substring(0, 12),
                        IjwBerichtMother.geldigBsn(), referentie)))), TestIssuer.get().zorgaanbiederToken("za-" + agb, agb));
        assertThat(verzoek.statusCode()).as(verzoek.body()).isEqualTo(200);
        return referentie;
    }

    /** The provider's GET of {@code /api/v1/zorgaanbieders/{agb}} + pad, with its own token. */
    static HttpResponse<String> haal(int port, String agb, String pad) {
        return ApiCaller.onPort(port).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/zorgaanbieders/" + agb + pad))
                .header("Accept", "application/xml, application/problem+json").GET(), TestIssuer.get().zorgaanbiederToken("za-" + agb, agb));
    }
}
