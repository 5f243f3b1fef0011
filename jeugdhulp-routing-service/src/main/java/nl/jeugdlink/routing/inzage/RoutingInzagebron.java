package nl.jeugdlink.routing.inzage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.platform.inzage.Inzagebron;
import nl.jeugdlink.platform.inzage.Inzagedeel;
import nl.jeugdlink.platform.inzage.Kindsleutels;
import nl.jeugdlink.platform.inzage.Ronde;
import nl.jeugdlink.routing.ijw.adapter.web.ApiPostvak;
import nl.jeugdlink.routing.ijw.domain.Verzoeken;
import nl.jeugdlink.routing.ijw.xml.Jw301;
import nl.jeugdlink.routing.ijw.xml.Jw319;
import nl.jeugdlink.routing.toewijzing.domain.Bepaling;
import nl.jeugdlink.routing.toewijzing.domain.Casus;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import nl.jeugdlink.routing.toewijzing.domain.Client;
import nl.jeugdlink.routing.toewijzing.domain.Clientgegevens;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzing;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What the jeugdhulp-routing-service holds about one child (ADR 0031). Per casus of the child's keys, read by {@code _id}: the casus as
 * the routing knows it (family level), and - when the casus's client is this child, or no client is given yet (the care is then the
 * casus's, not tied to another child) - the intended bepalingen, the bepalingen, the toewijzingen with their decline, search, change and
 * the route messages (JW302 receipt, JW305 start, JW307 stop), and the client's details. A casus whose client is another child (a
 * sibling's care in the family's casus) gives only its casus line. The provider's JW315 requests for the child are found by the BSN:
 * the requests are not tied to a casus until one is honoured, so they are read from the client's list kept under the keyed BSN hash
 * ({@link Verzoeken#vanClient}, by {@code _id}) and each request by its {@code _id}, its BSN opened and compared - never a scan of
 * the requests. The messages sent to a provider about the child (ADR 0046's mailbox: each toewijzing's JW301, each answered request's
 * JW319) are read by their {@code _id}s, derived from the toewijzingen and requests already found, and shown as the provider fetches
 * them, with the BSN left out. The BSN itself is never in the part;
 * a decline's free-text toelichting is the provider's note about the child and is shown, as its readers see it.
 */
class RoutingInzagebron implements Inzagebron {

    /** {@code MongoVerzoeken.VERZOEKEN}: the accepted JW315s, the BSN encrypted and bound to the request id. */
    static final String VERZOEKEN = "ijw_verzoeken";

    private final Casussen casussen;
    private final Clientgegevens clienten;
    private final MongoTemplate mongo;
    private final FieldEncryption versleuteling;
    private final Verzoeken lijsten;
    private final ApiPostvak postvak;

    RoutingInzagebron(Casussen casussen, Clientgegevens clienten, MongoTemplate mongo, FieldEncryption versleuteling, Verzoeken lijsten,
            ApiPostvak postvak) {
        this.lijsten = lijsten;
        this.postvak = postvak;
        this.casussen = casussen;
        this.clienten = clienten;
        this.mongo = mongo;
        this.versleuteling = versleuteling;
    }

    @Override
    public Ronde ronde() {
        return Ronde.DELEN;
    }

    @Override
    public Inzagedeel deelVoor(Kindsleutels sleutels) {
        List<Map<String, String>> dossiers = new ArrayList<>();
        List<Map<String, String>> clientgegevens = new ArrayList<>();
        List<Map<String, String>> voornemens = new ArrayList<>();
        List<Map<String, String>> bepalingen = new ArrayList<>();
        List<Map<String, String>> toewijzingen = new ArrayList<>();
        List<Map<String, String>> berichten = new ArrayList<>();
        List<Map<String, String>> afwijzingen = new ArrayList<>();
        List<Map<String, String>> verzonden = new ArrayList<>();
        for (String casusId : sleutels.casusIds()) {
            Optional<Casus> gevonden = casussen.find(casusId);
            if (gevonden.isEmpty()) {
                continue;
            }
            Casus c = gevonden.get();
            Optional<Client> client = clienten.find(casusId);
            boolean vanDitKind = client.map(cl -> cl.bsn().equals(sleutels.bsn())).orElse(true);
            dossiers.add(velden("casus", casusId, "gemeente", c.gemeenteCode(), "bekend sinds", c.geopendOp().toString(),
                    "afgesloten", c.afgeslotenOp() == null ? "nee" : c.afgeslotenOp().toString(),
                    "client van de casus", client.isEmpty() ? "nog niet gegeven" : vanDitKind ? "dit kind" : "een ander kind"));
            if (!vanDitKind) {
                continue;
            }
            client.ifPresent(cl -> clientgegevens.add(velden("casus", casusId, "geboortedatum", cl.geboortedatum().toString(),
                    "geslacht", cl.geslacht(), "naam", naam(cl))));
            c.voornemens().forEach(v -> voornemens.add(velden("casus", casusId, "route", v.route().code(), "voorgenomen op",
                    v.voorgenomenOp().toString(), "vastgelegd door", v.vastgelegdDoor())));
            c.bepalingen().forEach(b -> bepalingen.add(bepaling(casusId, c.gemeenteCode(), b)));
            for (Toewijzing t : c.toewijzingen()) {
                toewijzingen.add(toewijzing(casusId, c.gemeenteCode(), t));
                postvak.verzonden(t.agbCode(), Jw301.BERICHTCODE, t.toewijzingId()).ifPresent(v -> verzonden.add(verzonden("JW301", t.agbCode(),
                        "toewijzing " + t.toewijzingNummer() + " (" + t.toewijzingId() + ")", v)));
                if (t.ontvangst() != null) {
                    berichten.add(velden("casus", casusId, "bericht", "JW302 (ontvangst van de JW301 T" + t.toewijzingNummer() + ")",
                            "retourcodes", String.join(", ", t.ontvangst().retourcodes()), "ontvangen op", t.ontvangst().ontvangenOp().toString()));
                }
                if (t.levering() != null) {
                    var l = t.levering();
                    berichten.add(velden("casus", casusId, "bericht", "JW305 (start van toewijzing " + t.toewijzingNummer() + ")",
                            "begindatum", l.begindatum().toString(), "gemeld op", l.gestartGemeldOp().toString()));
                    if (l.einddatum() != null) {
                        berichten.add(velden("casus", casusId, "bericht", "JW307 (stop van toewijzing " + t.toewijzingNummer() + ")",
                                "einddatum", l.einddatum().toString(), "reden", tekst(l.redenBeeindiging()),
                                "gemeld op", l.gestoptGemeldOp() == null ? "" : l.gestoptGemeldOp().toString()));
                    }
                }
                if (t.afwijzing() != null) {
                    var a = t.afwijzing();
                    var z = a.zoektocht();
                    afwijzingen.add(velden("casus", casusId, "toewijzing", String.valueOf(t.toewijzingNummer()), "grond", a.grond().name(),
                            "reden", a.reden().name(), "toelichting", tekst(a.toelichting()), "afgewezen op", a.afgewezenOp().toString(),
                            "zoektocht", z == null ? "nog niet ingeschakeld" : z.route().name() + " sinds " + z.ingeschakeldOp(),
                            "bespreking RET", z == null || z.bespreking() == null ? "" : z.bespreking().uitkomst().name() + " op " + z.bespreking().besprokenOp(),
                            "opgeschaald", z == null || z.opschaling() == null ? "nee" : "op " + z.opschaling().opgeschaaldOp(),
                            "zoektocht afgesloten", a.zoektochtAfgeslotenOp() == null ? "nee" : a.zoektochtAfgeslotenOp().toString()));
                }
            }
        }
        List<Map<String, String>> verzoeken = verzoeken(sleutels.bsn(), verzonden);
        List<Inzagedeel.Categorie> categorieen = new ArrayList<>();
        voeg(categorieen, "Casussen bij de jeugdhulprouting", dossiers);
        voeg(categorieen, "Clientgegevens voor de toewijzing", clientgegevens);
        voeg(categorieen, "Voorgenomen bepalingen", voornemens);
        voeg(categorieen, "Bepalingen jeugdhulp", bepalingen);
        voeg(categorieen, "Toewijzingen (JW301)", toewijzingen);
        voeg(categorieen, "Berichten van de zorgaanbieder", berichten);
        voeg(categorieen, "Afwijzingen en zoektochten", afwijzingen);
        voeg(categorieen, "Verzoeken om toewijzing (JW315)", verzoeken);
        voeg(categorieen, "Verzonden berichten aan de zorgaanbieder (JW301, JW319)", verzonden);
        return Inzagedeel.van("jeugdhulp-routing-service", categorieen);
    }

    private static Map<String, String> bepaling(String casusId, String casusGemeente, Bepaling b) {
        var z = b.zorg();
        return velden("casus", casusId, "voorkeursaanbieder", z.agbCode(), "product", z.product() == null ? "generiek"
                        : z.product().categorie() + (z.product().code() == null ? "" : " " + z.product().code()),
                "periode", z.ingangsdatum() + " tot " + tekst(z.einddatum() == null ? null : z.einddatum().toString()),
                "omvang", z.omvang() == null ? "budget " + z.budget() + " eurocent"
                        : z.omvang().volume() + " (eenheid " + z.omvang().eenheid().code() + ", frequentie " + z.omvang().frequentie().code() + ")",
                "evaluatiemomenten", String.join(", ", b.evaluatiemomenten().stream().map(Object::toString).toList()),
                "verwezen naar lokaal team op", b.verwezenNaarLokaalTeamOp().toString(),
                "lokaal team geraadpleegd op", tekst(b.lokaalTeamGeraadpleegdOp() == null ? null : b.lokaalTeamGeraadpleegdOp().toString()),
                "route", b.afstemming() == null ? "" : b.afstemming().route().code(),
                "verantwoordelijke gemeente", b.verantwoordelijkVoor(casusGemeente), "gecontracteerd", b.gecontracteerd() ? "ja" : "nee",
                "akkoord buiten contract", b.akkoord() == null ? "nee" : "op " + b.akkoord().gegevenOp(),
                "bepaald op", b.bepaaldOp().toString(), "bepaald door", b.bepaaldDoor());
    }

    private static Map<String, String> toewijzing(String casusId, String casusGemeente, Toewijzing t) {
        var w = t.wijziging();
        return velden("casus", casusId, "toewijzingnummer", String.valueOf(t.toewijzingNummer()), "zorgaanbieder", t.agbCode(),
                "toewijzende gemeente", t.gemeente(casusGemeente), "product", t.product() == null ? "generiek"
                        : t.product().categorie() + (t.product().code() == null ? "" : " " + t.product().code()),
                "periode", t.ingangsdatum() + " tot " + tekst(t.einddatum() == null ? null : t.einddatum().toString()),
                "omvang", t.omvang() == null ? "budget " + t.budget() + " eurocent"
                        : t.omvang().volume() + " (eenheid " + t.omvang().eenheid().code() + ", frequentie " + t.omvang().frequentie().code() + ")",
                "toegewezen op", t.toegewezenOp().toString(), "JW301", t.jw301Identificatie(),
                "gewijzigd", w == null ? "nee" : "reden " + w.redenWijziging() + " op " + w.gewijzigdOp(),
                "op verzoek van de aanbieder", tekst(t.referentieAanbieder()));
    }

    /**
     * The JW315 requests whose client is this child: the client's list by the keyed BSN hash, each request read by {@code _id} and its
     * BSN opened and compared (the list is by a hash, and may name a request a crash left unstored); a value that does not open under
     * its id is skipped, not shown.
     */
    private List<Map<String, String>> verzoeken(String bsn, List<Map<String, String>> verzonden) {
        List<Map<String, String>> items = new ArrayList<>();
        for (Verzoeken.VanClient v : lijsten.vanClient(bsn)) {
            Document d = mongo.findById(v.verzoekId(), Document.class, VERZOEKEN);
            if (d == null) {
                continue;
            }
            String id = String.valueOf(d.get("_id"));
            String versleuteld = d.getString("bsn");
            if (versleuteld == null || !bsn.equals(open(versleuteld, id))) {
                continue;
            }
            Map<String, Document> antwoorden = new LinkedHashMap<>();
            d.getList("antwoorden", Document.class, List.of()).forEach(a -> antwoorden.put(a.getString("referentieAanbieder"), a));
            for (Document p : d.getList("producten", Document.class, List.of())) {
                Document a = antwoorden.get(p.getString("referentieAanbieder"));
                String aanbieder = d.getString("aanbieder");
                String referentie = p.getString("referentieAanbieder");
                if (aanbieder != null && referentie != null) {
                    postvak.verzonden(aanbieder, Jw319.BERICHTCODE, referentie).ifPresent(b -> verzonden.add(verzonden("JW319", aanbieder,
                            "verzoek " + id + ", referentie aanbieder " + referentie, b)));
                }
                items.add(velden("verzoek", id, "zorgaanbieder", tekst(d.getString("aanbieder")), "gemeente", tekst(d.getString("gemeente")),
                        "dagtekening", tekst(d.getString("dagtekening")), "referentie aanbieder", tekst(p.getString("referentieAanbieder")),
                        "product", tekst(p.getString("categorie")) + " " + tekst(p.getString("code")),
                        "periode", tekst(p.getString("ingangsdatum")) + " tot " + tekst(p.getString("einddatum")),
                        "antwoord", a == null ? "nog niet beantwoord" : tekst(a.getString("soort")) + (a.getString("reden") == null ? "" : " (reden "
                                + a.getString("reden") + ")") + (a.getString("woonplaatsGemeente") == null ? "" : ", verantwoordelijk: gemeente "
                                + a.getString("woonplaatsGemeente"))));
            }
        }
        return items;
    }

    /**
     * A message as the provider fetches it, with the child's BSN left out: the BSN is never in the part (ADR 0031), and the child
     * knows its own. Everything else - the name, birth date, products, dates - is shown as it was sent.
     */
    private static Map<String, String> verzonden(String bericht, String zorgaanbieder, String over, ApiPostvak.Verzonden v) {
        return velden("bericht", bericht, "zorgaanbieder", zorgaanbieder, "over", over, "verstuurd op", v.verstuurdOp().toString(),
                "inhoud", BSN.matcher(v.bericht()).replaceAll("$1(BSN weggelaten)$2"));
    }

    private static final java.util.regex.Pattern BSN = java.util.regex.Pattern.compile("(<(?:[\\w.-]+:)?Bsn>)[^<]*(</(?:[\\w.-]+:)?Bsn>)");

    private @Nullable String open(String versleuteld, String id) {
        try {
            return versleuteling.ontsleutel(versleuteld, id);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String naam(Client c) {
        return (tekst(c.voornamen()) + " " + tekst(c.voorvoegsel()) + " " + c.achternaam()).strip().replaceAll(" +", " ");
    }

    private static String tekst(@Nullable String waarde) {
        return waarde == null ? "" : waarde;
    }

    private static void voeg(List<Inzagedeel.Categorie> categorieen, String naam, List<Map<String, String>> items) {
        if (!items.isEmpty()) {
            categorieen.add(new Inzagedeel.Categorie(naam, items));
        }
    }

    private static Map<String, String> velden(String... paren) {
        Map<String, String> velden = new LinkedHashMap<>();
        for (int i = 0; i < paren.length; i += 2) {
            velden.put(paren[i], paren[i + 1]);
        }
        return velden;
    }
}
