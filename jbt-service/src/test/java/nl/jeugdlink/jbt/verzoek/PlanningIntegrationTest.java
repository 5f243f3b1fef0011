package nl.jeugdlink.jbt.verzoek;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.jbt.JbtEvents;
import nl.jeugdlink.jbt.verzoek.domain.BekendeCasus;
import nl.jeugdlink.jbt.verzoek.domain.BekendeCasussen;
import nl.jeugdlink.platform.klok.AdjustableClock;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Planning at the weekly table moments over the API, on a real store and broker: the first free
 * moment of the own table (FoodValley, Tuesdays, configured); more than two weeks ahead means no
 * planning, the long wait told (JbtWachttijdOverschreden, for the chair and the municipal contact)
 * and the neighbouring table's Thursdays offered; the chair then picks one; a full moment refuses.
 */
@JeugdLinkIntegrationTest
@TestPropertySource(properties = "jeugdlink.klok.verstelbaar=true")
class PlanningIntegrationTest {

    private static final String EDE = "GM0228";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Monday 3 March 2031, far from the other tests' weeks. */
    private static final Instant MAANDAG = Instant.parse("2031-03-03T09:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    BekendeCasussen casussen;

    @Autowired
    AdjustableClock klok;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private final KafkaProbe kafka = new KafkaProbe();
    private final String voorzitter = ApiCaller.token("jbt-vz-fv", "jbt-voorzitter", List.of(EDE));

    @AfterEach
    void klokTerug() {
        klok.zet(Instant.now());
    }

    @Test
    void plansAtTheFirstFreeMomentAndOffersTheNeighbouringTableWhenTheWaitIsOverTwoWeeks() {
        double tijdigEigen = geteld("jeugdlink.jbt.verzoeken.gepland", "buurtafel", "false", "tijdig", "true");
        double tijdigBuren = geteld("jeugdlink.jbt.verzoeken.gepland", "buurtafel", "true", "tijdig", "true");
        double laat = geteld("jeugdlink.jbt.verzoeken.gepland", "buurtafel", "false", "tijdig", "false");
        double wachttijden = geteld("jeugdlink.jbt.wachttijd.overschreden");
        var totGesprek = meters.find("jeugdlink.jbt.verzoek.tot.gesprek").tag("gemeente", EDE).timer();
        long gesprekkenVoor = totGesprek == null ? 0 : totGesprek.count();
        klok.zet(MAANDAG);
        String eerste = ingediend();
        var gepland = plan(eerste, "{}");
        assertThat(gepland.path("gepland").asBoolean()).isTrue();
        assertThat(gepland.path("datum").asString()).isEqualTo("2031-03-04");
        assertThat(gepland.path("tafel").asString()).isEqualTo("foodvalley");
        assertThat(gepland.path("verzoek").path("status").asString()).isEqualTo("GEPLAND");

        // The chair closes the next two Tuesdays: the first free one (18 March) lies more than two weeks after the filing.
        for (String dinsdag : List.of("2031-03-04", "2031-03-11")) {
            var gesloten = api().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port
                    + "/api/v1/jbt-tafels/foodvalley/momenten/" + dinsdag)).header("Content-Type", "application/json")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"capaciteit\": 0}")), voorzitter);
            assertThat(gesloten.statusCode()).as(gesloten.body()).isEqualTo(200);
        }
        String tweede = ingediend();
        var wacht = plan(tweede, "{}");
        assertThat(wacht.path("gepland").asBoolean()).isFalse();
        assertThat(wacht.path("wachttijdOverschreden").asBoolean()).isTrue();
        assertThat(wacht.path("eersteVrijeMoment").asString()).isEqualTo("2031-03-18");
        assertThat(wacht.path("aangebodenTafel").asString()).isEqualTo("centraal-gelderland");
        assertThat(wacht.path("aanbod").get(0).asString()).isEqualTo("2031-03-06");
        assertThat(wacht.path("verzoek").path("status").asString()).isEqualTo("INGEDIEND");

        var bijDeBuren = plan(tweede, "{\"tafel\": \"centraal-gelderland\", \"datum\": \"2031-03-06\"}");
        assertThat(bijDeBuren.path("gepland").asBoolean()).isTrue();
        assertThat(bijDeBuren.path("buurtafel").asBoolean()).isTrue();

        var events = kafka.read(JbtEvents.TOPIC, Duration.ofSeconds(30), r -> r.stream().filter(e -> tweede.equals(e.key())).count() >= 3).stream()
                .filter(r -> tweede.equals(r.key())).toList();
        assertThat(events).extracting(r -> KafkaProbe.header(r, "ce_type")).containsExactly(JbtEvents.JBT_VERZOEK_INGEDIEND.type(),
                JbtEvents.JBT_WACHTTIJD_OVERSCHREDEN.type(), JbtEvents.JBT_VERZOEK_GEPLAND.type());
        String overschreden = new String(events.get(1).value(), StandardCharsets.UTF_8);
        assertThat(SchemaCheck.violations(JbtEvents.JBT_WACHTTIJD_OVERSCHREDEN, overschreden)).isEmpty();
        assertThat(JSON.readTree(overschreden).path("contactpersoonId").asString()).isEqualTo("gm-foodvalley-jbt");
        assertThat(JSON.readTree(overschreden).path("voorzitterId").asString()).isEqualTo("jbt-vz-fv");
        assertThat(SchemaCheck.violations(JbtEvents.JBT_VERZOEK_GEPLAND, new String(events.get(2).value(), StandardCharsets.UTF_8))).isEmpty();

        // A third request the chair plans at the own table's 18 March after all: 15 days after the filing, a late planning.
        var laatGepland = plan(ingediend(), "{\"tafel\": \"foodvalley\", \"datum\": \"2031-03-18\"}");
        assertThat(laatGepland.path("gepland").asBoolean()).isTrue();

        // The seeds' figures (002:507): plannings in time and late, at the own table or the neighbours', long waits, time to the talk.
        assertThat(geteld("jeugdlink.jbt.verzoeken.gepland", "buurtafel", "false", "tijdig", "true")).isEqualTo(tijdigEigen + 1);
        assertThat(geteld("jeugdlink.jbt.verzoeken.gepland", "buurtafel", "true", "tijdig", "true")).isEqualTo(tijdigBuren + 1);
        assertThat(geteld("jeugdlink.jbt.verzoeken.gepland", "buurtafel", "false", "tijdig", "false")).isEqualTo(laat + 1);
        assertThat(geteld("jeugdlink.jbt.wachttijd.overschreden")).isEqualTo(wachttijden + 1);
        var timer = meters.get("jeugdlink.jbt.verzoek.tot.gesprek").tag("gemeente", EDE).timer();
        assertThat(timer.count()).isEqualTo(gesprekkenVoor + 3);
        assertThat(timer.max(java.util.concurrent.TimeUnit.DAYS)).isGreaterThanOrEqualTo(14);
    }

    private double geteld(String naam, String... tags) {
        var counter = meters.find(naam).tag("gemeente", EDE).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void refusesAFullMomentAndADayTheTableDoesNotMeet() {
        klok.zet(MAANDAG.plus(Duration.ofDays(7 * 20)));
        LocalDate donderdag = LocalDate.of(2031, 7, 24);
        var vol = api().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port
                + "/api/v1/jbt-tafels/centraal-gelderland/momenten/" + donderdag)).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"capaciteit\": 1}")), voorzitter);
        assertThat(vol.statusCode()).as(vol.body()).isEqualTo(200);
        assertThat(planResponse(ingediend(), "{\"tafel\": \"centraal-gelderland\", \"datum\": \"" + donderdag + "\"}").statusCode()).isEqualTo(201);

        var geweigerd = planResponse(ingediend(), "{\"tafel\": \"centraal-gelderland\", \"datum\": \"" + donderdag + "\"}");
        assertThat(geweigerd.statusCode()).as(geweigerd.body()).isEqualTo(409);
        assertThat(JSON.readTree(geweigerd.body()).path("regel").asString()).isEqualTo("tafelmomentVol");

        var verkeerdeDag = planResponse(ingediend(), "{\"tafel\": \"foodvalley\", \"datum\": \"" + donderdag + "\"}");
        assertThat(verkeerdeDag.statusCode()).as(verkeerdeDag.body()).isEqualTo(400);
        assertThat(JSON.readTree(verkeerdeDag.body()).path("invalidParams").get(0).path("code").asString()).isEqualTo("tafeldag");
        assertThat(planResponse(ingediend(), "{}", ApiCaller.token("st-1", "regisseur", List.of(EDE))).statusCode()).isEqualTo(403);
    }

    @Test
    void aTableMomentHasATimeOfDayTheChairMaySetForOneWeekAndThePlanningCarriesIt() {
        klok.zet(MAANDAG.plus(Duration.ofDays(7 * 30)));
        LocalDate donderdag = LocalDate.of(2031, 10, 2);
        String moment = "/api/v1/jbt-tafels/centraal-gelderland/momenten/";

        var momenten = JSON.readTree(api().get("/api/v1/jbt-tafels/centraal-gelderland/momenten", voorzitter).body());
        assertThat(momenten.get(0).path("aanvang").asString()).isEqualTo("13:30");

        var gezet = zet(moment + donderdag, "{\"capaciteit\": 2, \"aanvang\": \"10:15\"}");
        assertThat(gezet.statusCode()).as(gezet.body()).isEqualTo(200);
        assertThat(JSON.readTree(gezet.body()).path("aanvang").asString()).isEqualTo("10:15");
        // Only the capacity again: the time stays as the chair set it.
        assertThat(JSON.readTree(zet(moment + donderdag, "{\"capaciteit\": 3}").body()).path("aanvang").asString()).isEqualTo("10:15");
        var fout = zet(moment + donderdag, "{\"capaciteit\": 3, \"aanvang\": \"25:00\"}");
        assertThat(fout.statusCode()).as(fout.body()).isEqualTo(400);
        assertThat(JSON.readTree(fout.body()).path("invalidParams").get(0).path("name").asString()).isEqualTo("aanvang");

        String verzoekId = ingediend();
        var gepland = plan(verzoekId, "{\"tafel\": \"centraal-gelderland\", \"datum\": \"" + donderdag + "\"}");
        assertThat(gepland.path("aanvang").asString()).isEqualTo("10:15");
        assertThat(gepland.path("verzoek").path("planning").path("aanvang").asString()).isEqualTo("10:15");
        var event = kafka.read(JbtEvents.TOPIC, Duration.ofSeconds(30), r -> r.stream().anyMatch(e -> verzoekId.equals(e.key())
                && JbtEvents.JBT_VERZOEK_GEPLAND.type().equals(KafkaProbe.header(e, "ce_type")))).stream()
                .filter(e -> verzoekId.equals(e.key()) && JbtEvents.JBT_VERZOEK_GEPLAND.type().equals(KafkaProbe.header(e, "ce_type"))).findFirst().orElseThrow();
        String payload = new String(event.value(), StandardCharsets.UTF_8);
        assertThat(SchemaCheck.violations(JbtEvents.JBT_VERZOEK_GEPLAND, payload)).isEmpty();
        assertThat(JSON.readTree(payload).path("aanvang").asString()).isEqualTo("10:15");
        // The first talk of the moment begins at its start.
        assertThat(JSON.readTree(payload).path("tijdstip").asString()).isEqualTo("10:15");
    }

    @Test
    void eachTalkOfAMomentHasItsOwnTimeTheChairMayNameAndTheInvitationsCarryIt() {
        klok.zet(MAANDAG.plus(Duration.ofDays(7 * 40)));
        // FoodValley meets on Tuesdays from 09:00, three talks of an hour (configuration).
        LocalDate dinsdag = LocalDate.of(2031, 12, 16);
        String opDeDinsdag = "{\"tafel\": \"foodvalley\", \"datum\": \"" + dinsdag + "\"";

        String eerste = ingediend();
        var eersteGepland = plan(eerste, opDeDinsdag + "}");
        assertThat(eersteGepland.path("aanvang").asString()).isEqualTo("09:00");
        assertThat(eersteGepland.path("tijdstip").asString()).isEqualTo("09:00");
        String derde = ingediend();
        var derdeGepland = plan(derde, opDeDinsdag + ", \"tijdstip\": \"11:00\"}");
        assertThat(derdeGepland.path("tijdstip").asString()).isEqualTo("11:00");
        assertThat(derdeGepland.path("verzoek").path("planning").path("tijdstip").asString()).isEqualTo("11:00");
        assertThat(derdeGepland.path("verzoek").path("planning").path("aanvang").asString()).isEqualTo("09:00");

        String tweede = ingediend();
        var bezet = planResponse(tweede, opDeDinsdag + ", \"tijdstip\": \"11:00\"}");
        assertThat(bezet.statusCode()).as(bezet.body()).isEqualTo(409);
        assertThat(JSON.readTree(bezet.body()).path("regel").asString()).isEqualTo("tijdstipBezet");
        assertThat(JSON.readTree(bezet.body()).path("invalidParams").get(0).path("name").asString()).isEqualTo("tijdstip");
        var buitenHetMoment = planResponse(tweede, opDeDinsdag + ", \"tijdstip\": \"10:30\"}");
        assertThat(buitenHetMoment.statusCode()).as(buitenHetMoment.body()).isEqualTo(400);
        assertThat(JSON.readTree(buitenHetMoment.body()).path("invalidParams").get(0).path("name").asString()).isEqualTo("tijdstip");
        assertThat(JSON.readTree(buitenHetMoment.body()).path("invalidParams").get(0).path("code").asString()).isEqualTo("tijdslot");
        var naHetMoment = planResponse(tweede, opDeDinsdag + ", \"tijdstip\": \"12:00\"}");
        assertThat(naHetMoment.statusCode()).as(naHetMoment.body()).isEqualTo(400);
        var zonderDatum = planResponse(tweede, "{\"tijdstip\": \"10:00\"}");
        assertThat(zonderDatum.statusCode()).as(zonderDatum.body()).isEqualTo(400);
        assertThat(JSON.readTree(zonderDatum.body()).path("invalidParams").get(0).path("name").asString()).isEqualTo("datum");
        var geenTijd = planResponse(tweede, opDeDinsdag + ", \"tijdstip\": \"tien uur\"}");
        assertThat(geenTijd.statusCode()).as(geenTijd.body()).isEqualTo(400);

        // The moments list shows the one talk still free, then the request without a time gets it.
        var moment = java.util.stream.StreamSupport.stream(JSON.readTree(api().get("/api/v1/jbt-tafels/foodvalley/momenten", voorzitter).body()).spliterator(), false)
                .filter(m -> dinsdag.toString().equals(m.path("datum").asString())).findFirst().orElseThrow();
        assertThat(moment.path("gespreksduurMinuten").asInt()).isEqualTo(60);
        assertThat(moment.path("vrijeTijdstippen").toString()).isEqualTo("[\"10:00\"]");
        assertThat(plan(tweede, opDeDinsdag + "}").path("tijdstip").asString()).isEqualTo("10:00");
        var vol = planResponse(ingediend(), opDeDinsdag + "}");
        assertThat(JSON.readTree(vol.body()).path("regel").asString()).as(vol.body()).isEqualTo("tafelmomentVol");

        // JbtVerzoekGepland carries each talk's own time beside the moment's start: the invitations' time.
        var gepland = kafka.read(JbtEvents.TOPIC, Duration.ofSeconds(30), r -> r.stream().filter(e -> JbtEvents.JBT_VERZOEK_GEPLAND.type()
                .equals(KafkaProbe.header(e, "ce_type")) && List.of(eerste, tweede, derde).contains(e.key())).count() >= 3).stream()
                .filter(e -> JbtEvents.JBT_VERZOEK_GEPLAND.type().equals(KafkaProbe.header(e, "ce_type")) && List.of(eerste, tweede, derde).contains(e.key()))
                .collect(java.util.stream.Collectors.toMap(e -> e.key(), e -> new String(e.value(), StandardCharsets.UTF_8)));
        gepland.values().forEach(payload -> assertThat(SchemaCheck.violations(JbtEvents.JBT_VERZOEK_GEPLAND, payload)).isEmpty());
        assertThat(JSON.readTree(gepland.get(eerste)).path("tijdstip").asString()).isEqualTo("09:00");
        assertThat(JSON.readTree(gepland.get(tweede)).path("tijdstip").asString()).isEqualTo("10:00");
        assertThat(JSON.readTree(gepland.get(derde)).path("tijdstip").asString()).isEqualTo("11:00");
        assertThat(JSON.readTree(gepland.get(derde)).path("aanvang").asString()).isEqualTo("09:00");
    }

    @Test
    void movingAMomentMovesItsTalksFromBeginToEndAndPublishesEachMoveOnce() {
        klok.zet(MAANDAG.plus(Duration.ofDays(7 * 50)));
        LocalDate dinsdag = LocalDate.of(2032, 2, 24);
        String opDeDinsdag = "{\"tafel\": \"foodvalley\", \"datum\": \"" + dinsdag + "\"";
        String eerste = ingediend();
        String derde = ingediend();
        // A talk runs from its time for the table's length of a talk (an hour): the planning names its end.
        var eersteGepland = plan(eerste, opDeDinsdag + "}");
        assertThat(eersteGepland.path("tijdstip").asString()).isEqualTo("09:00");
        assertThat(eersteGepland.path("gesprekEinde").asString()).isEqualTo("10:00");
        assertThat(plan(derde, opDeDinsdag + ", \"tijdstip\": \"11:00\"}").path("verzoek").path("planning").path("gesprekEinde").asString())
                .isEqualTo("12:00");

        // The chair moves the moment to the afternoon: each talk keeps its place in the row.
        String moment = "/api/v1/jbt-tafels/foodvalley/momenten/" + dinsdag;
        var verzet = zet(moment, "{\"capaciteit\": 3, \"aanvang\": \"13:00\"}");
        assertThat(verzet.statusCode()).as(verzet.body()).isEqualTo(200);
        var gelezen = JSON.readTree(api().get("/api/v1/jbt-verzoeken/" + derde, voorzitter).body()).path("planning");
        assertThat(gelezen.path("aanvang").asString()).isEqualTo("13:00");
        assertThat(gelezen.path("tijdstip").asString()).isEqualTo("15:00");
        assertThat(gelezen.path("gesprekEinde").asString()).isEqualTo("16:00");
        // Setting it again at the same time moves nobody; a capacity alone neither. Then once more, to 14:00.
        assertThat(zet(moment, "{\"capaciteit\": 3, \"aanvang\": \"13:00\"}").statusCode()).isEqualTo(200);
        assertThat(zet(moment, "{\"capaciteit\": 3}").statusCode()).isEqualTo(200);
        assertThat(zet(moment, "{\"capaciteit\": 3, \"aanvang\": \"14:00\"}").statusCode()).isEqualTo(200);

        String verplaatst = JbtEvents.JBT_GESPREK_VERPLAATST.type();
        java.util.function.Predicate<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> isVerplaatsing =
                e -> verplaatst.equals(KafkaProbe.header(e, "ce_type")) && List.of(eerste, derde).contains(e.key());
        var events = kafka.read(JbtEvents.TOPIC, Duration.ofSeconds(30), r -> r.stream().filter(isVerplaatsing)
                .filter(e -> new String(e.value(), StandardCharsets.UTF_8).contains("\"aanvang\":\"14:00\"")).count() >= 2)
                .stream().filter(isVerplaatsing).map(e -> java.util.Map.entry(e.key(), JSON.readTree(new String(e.value(), StandardCharsets.UTF_8)))).toList();
        events.forEach(e -> assertThat(SchemaCheck.violations(JbtEvents.JBT_GESPREK_VERPLAATST, e.getValue().toString())).isEmpty());
        // Two moves of two talks: four events, none for the repeat; each from when to when.
        assertThat(events).hasSize(4);
        var vanEerste = events.stream().filter(e -> e.getKey().equals(eerste)).map(java.util.Map.Entry::getValue).toList();
        assertThat(vanEerste).extracting(e -> e.path("eerderTijdstip").asString() + "-" + e.path("eerderGesprekEinde").asString() + " > "
                + e.path("tijdstip").asString() + "-" + e.path("gesprekEinde").asString()).containsExactly("09:00-10:00 > 13:00-14:00", "13:00-14:00 > 14:00-15:00");
        var vanDerde = events.stream().filter(e -> e.getKey().equals(derde)).map(java.util.Map.Entry::getValue).toList();
        assertThat(vanDerde).extracting(e -> e.path("eerderTijdstip").asString() + "-" + e.path("eerderGesprekEinde").asString() + " > "
                + e.path("tijdstip").asString() + "-" + e.path("gesprekEinde").asString()).containsExactly("11:00-12:00 > 15:00-16:00", "15:00-16:00 > 16:00-17:00");
        // Who is invited travels with the move, as with the planning: the form's people sealed again, the table's contacts named.
        JsonNode laatste = vanDerde.getLast();
        assertThat(laatste.path("datum").asString()).isEqualTo(dinsdag.toString());
        assertThat(laatste.path("eerdereDatum").asString()).isEqualTo(dinsdag.toString());
        assertThat(laatste.path("verplaatstDoor").asString()).isEqualTo("jbt-vz-fv");
        assertThat(laatste.path("verzegeld").asString()).isNotBlank();
        // The planning's own event carried the end as well.
        var gepland = kafka.read(JbtEvents.TOPIC, Duration.ofSeconds(30), r -> r.stream().anyMatch(e -> eerste.equals(e.key())
                && JbtEvents.JBT_VERZOEK_GEPLAND.type().equals(KafkaProbe.header(e, "ce_type")))).stream()
                .filter(e -> eerste.equals(e.key()) && JbtEvents.JBT_VERZOEK_GEPLAND.type().equals(KafkaProbe.header(e, "ce_type"))).findFirst().orElseThrow();
        assertThat(JSON.readTree(new String(gepland.value(), StandardCharsets.UTF_8)).path("gesprekEinde").asString()).isEqualTo("10:00");
    }

    @Test
    void theChairMovesOnePlannedTalkToAnotherFreeTimeOfItsMoment() {
        klok.zet(MAANDAG.plus(Duration.ofDays(7 * 60)));
        LocalDate dinsdag = LocalDate.of(2032, 5, 4);
        String opDeDinsdag = "{\"tafel\": \"foodvalley\", \"datum\": \"" + dinsdag + "\"";
        String eerste = ingediend();
        String tweede = ingediend();
        assertThat(plan(eerste, opDeDinsdag + "}").path("tijdstip").asString()).isEqualTo("09:00");
        assertThat(plan(tweede, opDeDinsdag + "}").path("tijdstip").asString()).isEqualTo("10:00");

        // Naming the day and another time of the moment for a planned request moves its talk there.
        var verzet = planResponse(eerste, opDeDinsdag + ", \"tijdstip\": \"11:00\"}");
        assertThat(verzet.statusCode()).as(verzet.body()).isEqualTo(200);
        assertThat(JSON.readTree(verzet.body()).path("tijdstip").asString()).isEqualTo("11:00");
        assertThat(JSON.readTree(verzet.body()).path("gesprekEinde").asString()).isEqualTo("12:00");
        // A time another talk holds is refused naming tijdstip; the other talk keeps its time.
        var bezet = planResponse(eerste, opDeDinsdag + ", \"tijdstip\": \"10:00\"}");
        assertThat(bezet.statusCode()).as(bezet.body()).isEqualTo(409);
        assertThat(JSON.readTree(bezet.body()).path("regel").asString()).isEqualTo("tijdstipBezet");
        assertThat(JSON.readTree(api().get("/api/v1/jbt-verzoeken/" + tweede, voorzitter).body()).path("planning").path("tijdstip").asString())
                .isEqualTo("10:00");
        var moment = java.util.stream.StreamSupport.stream(JSON.readTree(api().get("/api/v1/jbt-tafels/foodvalley/momenten", voorzitter).body())
                .spliterator(), false).filter(m -> dinsdag.toString().equals(m.path("datum").asString())).findFirst().orElseThrow();
        assertThat(moment.path("vrijeTijdstippen").toString()).isEqualTo("[\"09:00\"]");

        var verplaatst = kafka.read(JbtEvents.TOPIC, Duration.ofSeconds(30), r -> r.stream().anyMatch(e -> eerste.equals(e.key())
                && JbtEvents.JBT_GESPREK_VERPLAATST.type().equals(KafkaProbe.header(e, "ce_type")))).stream()
                .filter(e -> List.of(eerste, tweede).contains(e.key()) && JbtEvents.JBT_GESPREK_VERPLAATST.type().equals(KafkaProbe.header(e, "ce_type")))
                .map(e -> new String(e.value(), StandardCharsets.UTF_8)).toList();
        assertThat(verplaatst).hasSize(1);
        assertThat(SchemaCheck.violations(JbtEvents.JBT_GESPREK_VERPLAATST, verplaatst.getFirst())).isEmpty();
        JsonNode e = JSON.readTree(verplaatst.getFirst());
        assertThat(e.path("eerderTijdstip").asString() + "-" + e.path("eerderGesprekEinde").asString() + " > " + e.path("tijdstip").asString() + "-"
                + e.path("gesprekEinde").asString()).isEqualTo("09:00-10:00 > 11:00-12:00");
    }

    private java.net.http.HttpResponse<String> zet(String pad, String body) {
        return api().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + pad))
                .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)), voorzitter);
    }

    /** A request filed over the API for a fresh casus of Ede (its regisseur files it, on the service's clock); its id. */
    private String ingediend() {
        String casusId = UUID.randomUUID().toString();
        String regisseur = "st-ede-" + casusId.substring(0, 6);
        casussen.voegToe(new BekendeCasus(casusId, UUID.randomUUID().toString(), EDE, regisseur, "verwijzer"));
        LocalDate vandaag = LocalDate.ofInstant(klok.instant(), java.time.ZoneId.of("Europe/Amsterdam"));
        var response = api().post("/api/v1/jbt-verzoeken", VerzoekIntegrationTest.indiening(casusId, FormulierMother.json(FormulierMother.volledig(vandaag))),
                ApiCaller.token(regisseur, "regisseur", List.of(EDE)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return casusId;
    }

    private JsonNode plan(String verzoekId, String body) {
        var response = plan(verzoekId, body, voorzitter);
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return JSON.readTree(response.body());
    }

    private java.net.http.HttpResponse<String> plan(String verzoekId, String body, String token) {
        return api().post("/api/v1/jbt-verzoeken/" + verzoekId + "/planning", body, token);
    }

    private java.net.http.HttpResponse<String> planResponse(String verzoekId, String body) {
        return plan(verzoekId, body, voorzitter);
    }

    private java.net.http.HttpResponse<String> planResponse(String verzoekId, String body, String token) {
        return plan(verzoekId, body, token);
    }

    private ApiCaller api() {
        return ApiCaller.onPort(port);
    }
}
