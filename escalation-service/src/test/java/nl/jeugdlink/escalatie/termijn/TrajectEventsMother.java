package nl.jeugdlink.escalatie.termijn;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.contracts.jbt.JbtEvents;
import nl.jeugdlink.contracts.routing.RoutingEvents;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.ReceivedEvent;

/**
 * The events of one traject as the intake and the case-service publish them: the producers' golden
 * examples with this traject's ids and moments, in CloudEvents binary-mode headers, keyed as on
 * their topics (intake by referral, casus by casus).
 */
public final class TrajectEventsMother {

    private static final String GOLDEN_AANMELDING = "0b7c5a3e-4f1d-4c2a-9a51-2f6d1c0e7b11";
    private static final String GOLDEN_CASUS = "5d1f3b2a-7c4e-3a9b-8e21-0c6a4f9d2b37";

    public record Event(String topic, String key, String eventId, Map<String, String> headers, byte[] payload) {

        public void send(KafkaProbe kafka) {
            kafka.send(topic, key, headers, payload);
        }

        /** As a platform consumer case sends it. */
        ReceivedEvent received() {
            return new ReceivedEvent(topic, key, headers.get("ce_type"), headers, payload);
        }
    }

    public final String aanmeldingId;
    public final String casusId;
    private final String gemeenteCode;

    public TrajectEventsMother(String gemeenteCode) {
        this(UUID.randomUUID().toString(), UUID.randomUUID().toString(), gemeenteCode);
    }

    private TrajectEventsMother(String aanmeldingId, String casusId, String gemeenteCode) {
        this.aanmeldingId = aanmeldingId;
        this.casusId = casusId;
        this.gemeenteCode = gemeenteCode;
    }

    /** The same referral and casus as told in another municipality: facts its traject must refuse. */
    TrajectEventsMother alsGemeente(String andere) {
        return new TrajectEventsMother(aanmeldingId, casusId, andere);
    }

    public static TrajectEventsMother inEde() {
        return new TrajectEventsMother("GM0228");
    }

    public Event ontvangen(String ontvangenOp) {
        return event(IntakeEvents.AANMELDING_ONTVANGEN, aanmeldingId, tijd(SchemaCheck.example(IntakeEvents.AANMELDING_ONTVANGEN), "ontvangenOp", ontvangenOp));
    }

    Event anoniemConsult(String ontvangenOp) {
        String json = tijd(SchemaCheck.example(IntakeEvents.AANMELDING_ONTVANGEN), "ontvangenOp", ontvangenOp)
                .replace("\"JEUGDLINK\"", "\"ANONIEM_CONSULT\"").replace("\"toestemmingOuders\": true", "\"toestemmingOuders\": false");
        return event(IntakeEvents.AANMELDING_ONTVANGEN, aanmeldingId, json);
    }

    Event gescreend() {
        return event(IntakeEvents.AANMELDING_GESCREEND, aanmeldingId, SchemaCheck.example(IntakeEvents.AANMELDING_GESCREEND));
    }

    Event afgewezen(String afgewezenOp) {
        return event(IntakeEvents.AANMELDING_AFGEWEZEN, aanmeldingId, tijd(SchemaCheck.example(IntakeEvents.AANMELDING_AFGEWEZEN), "afgewezenOp", afgewezenOp));
    }

    public Event casusGeopend() {
        return event(CaseEvents.CASUS_GEOPEND, casusId, SchemaCheck.example(CaseEvents.CASUS_GEOPEND));
    }

    Event eersteContact(String contactOp) {
        return event(CaseEvents.EERSTE_CONTACT_GELEGD, casusId, tijd(SchemaCheck.example(CaseEvents.EERSTE_CONTACT_GELEGD), "contactOp", contactOp));
    }

    Event afgesloten(String afgeslotenOp) {
        return event(CaseEvents.CASUS_AFGESLOTEN, casusId, tijd(SchemaCheck.example(CaseEvents.CASUS_AFGESLOTEN), "afgeslotenOp", afgeslotenOp));
    }

    /** The casus's request to the JBT filed at this moment (the jbt-service's golden example, for this casus). */
    Event jbtVerzoekIngediend(String ingediendOp) {
        return event(JbtEvents.JBT_VERZOEK_INGEDIEND, casusId, tijd(SchemaCheck.example(JbtEvents.JBT_VERZOEK_INGEDIEND), "ingediendOp", ingediendOp));
    }

    /** The casus's request planned at a table on this day. */
    Event jbtVerzoekGepland(String datum) {
        return event(JbtEvents.JBT_VERZOEK_GEPLAND, casusId, tijd(SchemaCheck.example(JbtEvents.JBT_VERZOEK_GEPLAND), "datum", datum));
    }

    /** The table's decision at this moment, with this evaluation moment. */
    Event jbtBesluitGenomen(String genomenOp, String evaluatieMoment) {
        return event(JbtEvents.JBT_BESLUIT_GENOMEN, casusId, tijd(tijd(SchemaCheck.example(JbtEvents.JBT_BESLUIT_GENOMEN), "genomenOp", genomenOp),
                "evaluatieMoment", evaluatieMoment));
    }

    /** The table's evaluation of its decision, recorded at this moment. */
    Event jbtEvaluatieVastgelegd(String vastgelegdOp) {
        return event(JbtEvents.JBT_EVALUATIE_VASTGELEGD, casusId, tijd(SchemaCheck.example(JbtEvents.JBT_EVALUATIE_VASTGELEGD), "vastgelegdOp", vastgelegdOp));
    }

    private static final String GOLDEN_TOEWIJZING = "7a4e2c1b-5d3f-4e8a-9b6c-1f0e2d3c4b5a";
    private static final String GOLDEN_AFWIJZING = "3c9d1e7a-2b4f-4a6c-8d5e-9f0a1b2c3d4e";

    /** A toewijzing of the casus made at this moment (the routing's golden example, for this casus and toewijzing). */
    Event jeugdhulpToegewezen(String toewijzingId, String toegewezenOp) {
        return event(RoutingEvents.JEUGDHULP_TOEGEWEZEN, casusId, tijd(SchemaCheck.example(RoutingEvents.JEUGDHULP_TOEGEWEZEN), "toegewezenOp", toegewezenOp)
                .replace(GOLDEN_TOEWIJZING, toewijzingId));
    }

    /** The toewijzing at this moment, assigned by another municipality than the casus's (the woonplaatsbeginsel: its JW301's Afzender). */
    Event jeugdhulpToegewezen(String toewijzingId, String toegewezenOp, String toewijzendeGemeente) {
        return event(RoutingEvents.JEUGDHULP_TOEGEWEZEN, casusId, tijd(SchemaCheck.example(RoutingEvents.JEUGDHULP_TOEGEWEZEN), "toegewezenOp", toegewezenOp)
                .replace(GOLDEN_TOEWIJZING, toewijzingId)
                .replace("\"toewijzendeGemeente\": \"GM0228\"", "\"toewijzendeGemeente\": \"" + toewijzendeGemeente + "\""));
    }

    /** The provider declined the toewijzing at this moment. */
    Event zorgaanbiederAfwijzing(String toewijzingId, String afgewezenOp) {
        return zorgaanbiederAfwijzing(toewijzingId, GOLDEN_AFWIJZING, afgewezenOp);
    }

    /** The provider declined the toewijzing at this moment, as this decline. */
    Event zorgaanbiederAfwijzing(String toewijzingId, String afwijzingId, String afgewezenOp) {
        return event(RoutingEvents.ZORGAANBIEDER_AFWIJZING, casusId, tijd(SchemaCheck.example(RoutingEvents.ZORGAANBIEDER_AFWIJZING), "afgewezenOp", afgewezenOp)
                .replace(GOLDEN_TOEWIJZING, toewijzingId).replace(GOLDEN_AFWIJZING, afwijzingId));
    }

    /** As {@link #zorgaanbiederAfwijzing(String, String, String)}, of a toewijzing another municipality assigned (woonplaatsbeginsel). */
    Event zorgaanbiederAfwijzingVan(String toewijzendeGemeente, String toewijzingId, String afwijzingId, String afgewezenOp) {
        return event(RoutingEvents.ZORGAANBIEDER_AFWIJZING, casusId, tijd(SchemaCheck.example(RoutingEvents.ZORGAANBIEDER_AFWIJZING), "afgewezenOp", afgewezenOp)
                .replace(GOLDEN_TOEWIJZING, toewijzingId).replace(GOLDEN_AFWIJZING, afwijzingId)
                .replace("\"toewijzendeGemeente\": \"GM0228\"", "\"toewijzendeGemeente\": \"" + toewijzendeGemeente + "\""));
    }

    /** The Regionaal Expertteam discussed the decline's case at this moment, with this outcome. */
    Event retBesproken(String afwijzingId, String besprokenOp, String uitkomst) {
        return event(RoutingEvents.RET_BESPROKEN, casusId, tijd(SchemaCheck.example(RoutingEvents.RET_BESPROKEN), "besprokenOp", besprokenOp)
                .replace("GEEN_PASSENDE_HULP", uitkomst).replace(GOLDEN_AFWIJZING, afwijzingId));
    }

    /** As {@link #retBesproken(String, String, String)}, in a casus of the local team alone: no youth protector, no GI. */
    Event retBesprokenZonderGi(String afwijzingId, String besprokenOp, String uitkomst) {
        return event(RoutingEvents.RET_BESPROKEN, casusId, tijd(SchemaCheck.example(RoutingEvents.RET_BESPROKEN), "besprokenOp", besprokenOp)
                .replace("GEEN_PASSENDE_HULP", uitkomst).replace(GOLDEN_AFWIJZING, afwijzingId)
                .replace("\"giOrganisatie\": \"GECERTIFICEERDE_INSTELLING\"", "\"giOrganisatie\": null")
                .replace("\"jeugdbeschermerId\": \"jb-gi-0012\"", "\"jeugdbeschermerId\": null"));
    }

    /** Step 5: the decline (declined at {@code afgewezenOp}) went to the provider network or the RET at {@code ingeschakeldOp}. */
    Event zoektochtIngeschakeld(String afwijzingId, String route, String afgewezenOp, String ingeschakeldOp) {
        return event(RoutingEvents.ZOEKTOCHT_INGESCHAKELD, casusId, tijd(tijd(SchemaCheck.example(RoutingEvents.ZOEKTOCHT_INGESCHAKELD),
                "afgewezenOp", afgewezenOp), "ingeschakeldOp", ingeschakeldOp).replace("\"route\": \"RET\"", "\"route\": \"" + route + "\"")
                .replace(GOLDEN_AFWIJZING, afwijzingId));
    }

    /** The GI team leader escalated the decline's search to the region's contact person (step 6). */
    Event zoektochtOpgeschaald(String afwijzingId, String opgeschaaldOp) {
        return event(RoutingEvents.ZOEKTOCHT_OPGESCHAALD, casusId, tijd(SchemaCheck.example(RoutingEvents.ZOEKTOCHT_OPGESCHAALD), "opgeschaaldOp", opgeschaaldOp)
                .replace(GOLDEN_AFWIJZING, afwijzingId));
    }

    /** A new toewijzing to another provider closed the decline's search. */
    Event zoektochtAfgesloten(String afwijzingId, String afgeslotenOp) {
        return event(RoutingEvents.ZOEKTOCHT_AFGESLOTEN, casusId, tijd(SchemaCheck.example(RoutingEvents.ZOEKTOCHT_AFGESLOTEN), "afgeslotenOp", afgeslotenOp)
                .replace(GOLDEN_AFWIJZING, afwijzingId));
    }

    /**
     * The back office changed the toewijzing at {@code gewijzigdOp}: its einddatum brought forward to {@code einddatum} with this
     * RedenWijziging (JZ002; 13 "verwijderd" sets it to the ingangsdatum, the golden JeugdhulpToegewezen's 2026-12-01).
     */
    Event toewijzingGewijzigd(String toewijzingId, String redenWijziging, String einddatum, String gewijzigdOp) {
        String json = tijd(tijd(tijd(SchemaCheck.example(RoutingEvents.TOEWIJZING_GEWIJZIGD), "gewijzigdOp", gewijzigdOp), "einddatum", einddatum),
                "redenWijziging", redenWijziging);
        return event(RoutingEvents.TOEWIJZING_GEWIJZIGD, casusId, json.replace(GOLDEN_TOEWIJZING, toewijzingId));
    }

    /** The provider's JW305 for the toewijzing: care started on {@code begindatum}, reported at {@code gemeldOp}. */
    Event jeugdhulpGestart(String toewijzingId, String begindatum, String gemeldOp) {
        String json = tijd(tijd(SchemaCheck.example(RoutingEvents.JEUGDHULP_GESTART), "begindatum", begindatum), "gemeldOp", gemeldOp);
        return event(RoutingEvents.JEUGDHULP_GESTART, casusId, json.replace(GOLDEN_TOEWIJZING, toewijzingId));
    }

    /** Any payload under a type's headers, e.g. one that breaks the contract. */
    Event raw(EventType type, String key, String json) {
        return event(type, key, json);
    }

    private static String tijd(String json, String veld, String waarde) {
        return json.replaceAll("\"" + veld + "\": \"[^\"]*\"", "\"" + veld + "\": \"" + waarde + "\"");
    }

    private Event event(EventType type, String key, String json) {
        String payload = json.replace(GOLDEN_AANMELDING, aanmeldingId).replace(GOLDEN_CASUS, casusId).replace("GM0228", gemeenteCode);
        String eventId = UUID.randomUUID().toString();
        Map<String, String> headers = Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId,
                "ce_source", type.topic().equals(IntakeEvents.TOPIC) ? "urn:nld:jeugdlink:foodvalley:intake-service"
                        : type.topic().equals(JbtEvents.TOPIC) ? "urn:nld:jeugdlink:foodvalley:jbt-service"
                        : type.topic().equals(RoutingEvents.TOPIC) ? "urn:nld:jeugdlink:foodvalley:jeugdhulp-routing-service" : "urn:nld:jeugdlink:foodvalley:case-service",
                "ce_type", type.type(),
                "ce_subject", key,
                "ce_time", "2026-04-21T08:15:00Z",
                "content-type", "application/json");
        return new Event(type.topic(), key, eventId, headers, payload.getBytes(StandardCharsets.UTF_8));
    }
}
