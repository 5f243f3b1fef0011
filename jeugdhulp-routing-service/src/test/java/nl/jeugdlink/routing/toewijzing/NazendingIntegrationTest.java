package nl.jeugdlink.routing.toewijzing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.routing.ijw.adapter.messaging.VerzoekContracts;
import nl.jeugdlink.routing.ijw.adapter.persistence.MongoAntwoorden;
import nl.jeugdlink.routing.ijw.application.BeantwoordenVerzoek;
import nl.jeugdlink.routing.ijw.application.Verzending;
import nl.jeugdlink.routing.ijw.domain.Antwoord;
import nl.jeugdlink.routing.ijw.domain.Berichtnummers;
import nl.jeugdlink.routing.ijw.domain.Verzoeken;
import nl.jeugdlink.routing.ijw.xml.IjwBerichtMother;
import nl.jeugdlink.routing.ijw.xml.IjwXml;
import nl.jeugdlink.routing.ijw.xml.Jw301;
import nl.jeugdlink.routing.ijw.xml.Jw319;
import nl.jeugdlink.routing.toewijzing.adapter.metrics.MicrometerMetingen;
import nl.jeugdlink.routing.toewijzing.application.AssigningToewijzing;
import nl.jeugdlink.routing.toewijzing.application.VersturenJw301;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import nl.jeugdlink.routing.toewijzing.domain.Clientgegevens;
import nl.jeugdlink.routing.toewijzing.domain.Contractering;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingsnummers;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingsopdracht;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A JW301 or JW319 whose write stood but whose send did not (ADR 0047): the process died in between, or the transport failed. Shown on
 * the real store by the use cases themselves, built here with a transport that fails the way a crash leaves it - the write with its
 * marking stored, nothing in the mailbox. The provider's fetch then sends it and serves it, the sweep at start sends it without a
 * fetch, and a message sent twice (a crash after its send, before its marking ended) keeps its first time of sending.
 */
@JeugdLinkIntegrationTest
class NazendingIntegrationTest {

    private static final String EDE = ToewijzingIntegrationTest.EDE;
    private static final String AGB = "98000051";
    private static final String POSTVAK = "ijw_postvak";
    private static final IjwXml XML = new IjwXml();
    /** A transport that is gone: the process died after the write, or the store refused the mailbox's write. */
    private static final Verzending WEG = (agbCode, berichtCode, bericht, kenmerken) -> {
        throw new IllegalStateException("transport weg (gesimuleerde crash na de schrijfactie)");
    };

    @LocalServerPort
    int port;

    @Autowired
    Casussen casussen;

    @Autowired
    Clientgegevens clienten;

    @Autowired
    Toewijzingsnummers nummers;

    @Autowired
    Contractering contractering;

    @Autowired
    Clock clock;

    @Autowired
    MeterRegistry meters;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    DocumentWriter writer;

    @Autowired
    Verzoeken verzoeken;

    @Autowired
    Berichtnummers berichtnummers;

    @Autowired
    BeantwoordenVerzoek beantwoorden;

    @Autowired
    @Qualifier("nazendingJw301")
    ApplicationRunner nazendingJw301;

    @Autowired
    @Qualifier("nazendingJw319")
    ApplicationRunner nazendingJw319;

    private final KafkaProbe kafka = new KafkaProbe();

    private HttpResponse<String> haal(String pad) {
        return PostvakMother.haal(port, AGB, pad);
    }

    private String casusMetClient(String achternaam) {
        return PostvakMother.casusMetClient(port, kafka, casussen, achternaam);
    }

    /** The toewijzing as the back office's POST makes it, by the use case itself, with the transport gone after the write. */
    private String toewijzingZonderVerzending(String casusId) {
        var opdracht = Toewijzingsopdracht.uit(new Toewijzingsopdracht.ParameterChecks(AGB, new Toewijzingsopdracht.ProductInvoer("45", "45A01"),
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 5, 31), new Toewijzingsopdracht.OmvangInvoer(3L, "04", "2"), null));
        var gecrasht = new AssigningToewijzing(casussen, nummers, new MicrometerMetingen(meters), contractering, clock,
                new VersturenJw301(casussen, clienten, WEG, clock));
        return gecrasht.wijsToe(casusId, opdracht, "bo-" + EDE).toewijzing().toewijzingId();
    }

    private String postvakId(String berichtCode, String kenmerk) {
        return AGB + ":" + berichtCode + ":" + kenmerk;
    }

    @Test
    void aJw301LeftUnsentByACrashIsSentAtTheProvidersFetchAndASecondSendKeepsItsTimeOfSending() {
        String casusId = casusMetClient("Nazending");
        String toewijzingId = toewijzingZonderVerzending(casusId);
        // The write stood, with the JW301 due in it; the mailbox has nothing.
        assertThat(casussen.teVersturen(casusId).orElseThrow().toewijzingIds()).containsExactly(toewijzingId);
        assertThat(mongo.findById(postvakId(Jw301.BERICHTCODE, toewijzingId), Document.class, POSTVAK)).isNull();

        var jw301 = haal("/toewijzingen/" + toewijzingId + "/jw301");

        assertThat(jw301.statusCode()).as(jw301.body()).isEqualTo(200);
        assertThat(XML.schemafouten(jw301.body())).isEmpty();
        assertThat(jw301.body()).contains("Nazending");
        assertThat(casussen.teVersturen(casusId).orElseThrow().markeringen()).isEmpty();
        Document verstuurd = mongo.findById(postvakId(Jw301.BERICHTCODE, toewijzingId), Document.class, POSTVAK);
        assertThat(verstuurd).isNotNull();

        // A crash after the send, before the marking ended: due again, sent again - the same message, its first time of sending kept.
        casussen.maakVerschuldigd(casusId, List.of(toewijzingId));
        assertThat(haal("/toewijzingen/" + toewijzingId + "/jw301").body()).isEqualTo(jw301.body());
        assertThat(mongo.findById(postvakId(Jw301.BERICHTCODE, toewijzingId), Document.class, POSTVAK)).isEqualTo(verstuurd);
        assertThat(casussen.teVersturen(casusId).orElseThrow().markeringen()).isEmpty();
    }

    @Test
    void aFetchWhoseDueJw301CannotBeSentYetIsA503ProblemAndTheMessageStaysDue() {
        String casusId = casusMetClient("Nogniet");
        String toewijzingId = toewijzingZonderVerzending(casusId);
        // A marking the send cannot honour (no such toewijzing to render): the send fails at the fetch as a failed transport does.
        casussen.maakVerschuldigd(casusId, List.of("onbekende-toewijzing"));

        var jw301 = haal("/toewijzingen/" + toewijzingId + "/jw301");

        assertThat(jw301.statusCode()).as(jw301.body()).isEqualTo(503);
        assertThat(jw301.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(jw301.body()).contains("Tijdelijk niet beschikbaar", "Probeer het zo opnieuw");
        assertThat(casussen.teVersturen(casusId).orElseThrow().toewijzingIds()).contains(toewijzingId, "onbekende-toewijzing");
        // Taken away again, so this store's other sweeps see only what they made.
        casussen.verstuurd(casusId, casussen.teVersturen(casusId).orElseThrow().markeringen());
    }

    @Test
    void aJw301LeftUnsentIsSentByTheSweepAtStartWithoutAFetchAndAFailedTransportLeavesItDue() throws Exception {
        String casusId = casusMetClient("Opstartnazending");
        String toewijzingId = toewijzingZonderVerzending(casusId);
        // The transport fails again: still due, and the write it belongs to stands.
        assertThat(new VersturenJw301(casussen, clienten, WEG, clock).verstuurTeVersturen(casusId)).isFalse();
        assertThat(casussen.teVersturen(casusId).orElseThrow().toewijzingIds()).containsExactly(toewijzingId);
        assertThat(casussen.find(casusId).orElseThrow().toewijzingen()).extracting(t -> t.toewijzingId()).contains(toewijzingId);

        nazendingJw301.run(new DefaultApplicationArguments());

        Document verstuurd = mongo.findById(postvakId(Jw301.BERICHTCODE, toewijzingId), Document.class, POSTVAK);
        assertThat(verstuurd).isNotNull();
        assertThat(casussen.teVersturen(casusId).orElseThrow().markeringen()).isEmpty();
        var jw301 = haal("/toewijzingen/" + toewijzingId + "/jw301");
        assertThat(jw301.statusCode()).as(jw301.body()).isEqualTo(200);
        assertThat(XML.schemafouten(jw301.body())).isEmpty();
        assertThat(jw301.body()).contains("Opstartnazending");
    }

    @Test
    void aJw301HeldBackForTheClientIsDueBeforeTheClientIsStoredSoACrashThenStillSendsIt() {
        String casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, EDE);
        String toewijzingId = toewijzingZonderVerzending(casusId);
        // Without a client the JW301 waits: not sent, and no longer due until the client makes it due.
        assertThat(new VersturenJw301(casussen, clienten, WEG, clock).verstuurTeVersturen(casusId)).isTrue();
        assertThat(casussen.teVersturen(casusId).orElseThrow().markeringen()).isEmpty();
        // The client's PUT as far as a crash lets it come: the waiting JW301s made due, the client stored, the process gone.
        new VersturenJw301(casussen, clienten, WEG, clock).maakWachtendeVerschuldigd(casusId);
        clienten.bewaar(casusId, nl.jeugdlink.routing.toewijzing.domain.Client.uit(new nl.jeugdlink.routing.toewijzing.domain.Client.Invoer(
                IjwBerichtMother.geldigBsn(), LocalDate.of(2015, 3, 1), "1", "Naklant", null, null, null), LocalDate.now(clock)));
        assertThat(mongo.findById(postvakId(Jw301.BERICHTCODE, toewijzingId), Document.class, POSTVAK)).isNull();

        var jw301 = haal("/toewijzingen/" + toewijzingId + "/jw301");

        assertThat(jw301.statusCode()).as(jw301.body()).isEqualTo(200);
        assertThat(jw301.body()).contains("Naklant");
        assertThat(casussen.teVersturen(casusId).orElseThrow().markeringen()).isEmpty();
    }

    @Test
    void aJw319LeftUnsentByACrashIsSentAtTheFetchAndByTheSweepAtStart() throws Exception {
        var gecrasht = new BeantwoordenVerzoek(verzoeken, new MongoAntwoorden(mongo, writer, new VerzoekContracts()), berichtnummers, clock, WEG);
        String opgehaald = verzoek();
        String opgestart = verzoek();
        for (String referentie : List.of(opgehaald, opgestart)) {
            var gevonden = beantwoorden.verzoek(AGB, referentie).orElseThrow();
            gecrasht.beantwoord(gevonden, referentie, Antwoord.Soort.IN_ONDERZOEK, null, null, "bo-" + EDE);
            assertThat(mongo.findById(postvakId(Jw319.BERICHTCODE, referentie), Document.class, POSTVAK)).isNull();
        }

        var jw319 = haal("/verzoeken/" + opgehaald + "/jw319");
        assertThat(jw319.statusCode()).as(jw319.body()).isEqualTo(200);
        assertThat(XML.schemafouten(jw319.body())).isEmpty();
        assertThat(XML.lees(jw319.body(), Jw319.class).header().berichtCode()).isEqualTo(Jw319.BERICHTCODE);

        nazendingJw319.run(new DefaultApplicationArguments());
        assertThat(mongo.findById(postvakId(Jw319.BERICHTCODE, opgestart), Document.class, POSTVAK)).isNotNull();
        assertThat(haal("/verzoeken/" + opgestart + "/jw319").statusCode()).isEqualTo(200);
        String verzoekId = beantwoorden.verzoek(AGB, opgestart).orElseThrow().verzoekId();
        assertThat(new MongoAntwoorden(mongo, writer, new VerzoekContracts()).teVersturen(verzoekId).markeringen()).isEmpty();
    }

    @Test
    void theSweepStopsAtWhatFailsAgainAndTriesEachOnce() {
        String casusId = casusMetClient("Blijftverschuldigd");
        toewijzingZonderVerzending(casusId);
        AtomicInteger pogingen = new AtomicInteger();
        Verzending telt = (agbCode, berichtCode, bericht, kenmerken) -> {
            pogingen.incrementAndGet();
            throw new IllegalStateException("opslag weg");
        };

        int verstuurd = new VersturenJw301(casussen, clienten, telt, clock).verstuurAlleTeVersturen();

        assertThat(pogingen.get()).isPositive();
        assertThat(casussen.teVersturen(casusId).orElseThrow().markeringen()).hasSize(1);
        // Each document with something due was tried once in this sweep: the count of attempts cannot exceed what is due.
        assertThat(pogingen.get()).isLessThanOrEqualTo(casussen.metTeVersturen(10_000).size());
        assertThat(verstuurd).isZero();
        assertThat(new VersturenJw301(casussen, clienten, (a, b, c, d) -> { }, clock).verstuurTeVersturen(casusId)).isTrue();
    }

    private String verzoek() {
        return PostvakMother.verzoek(port, AGB);
    }
}
