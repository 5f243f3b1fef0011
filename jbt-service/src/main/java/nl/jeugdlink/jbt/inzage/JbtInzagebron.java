package nl.jeugdlink.jbt.inzage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdlink.jbt.verzoek.domain.Formulier;
import nl.jeugdlink.jbt.verzoek.domain.Verzoek;
import nl.jeugdlink.jbt.verzoek.domain.Verzoeken;
import nl.jeugdlink.jbt.verzoek.domain.Verzoekreeksen;
import nl.jeugdlink.platform.inzage.Inzagebron;
import nl.jeugdlink.platform.inzage.Inzagedeel;
import nl.jeugdlink.platform.inzage.Kindsleutels;
import nl.jeugdlink.platform.inzage.Ronde;
import org.jspecify.annotations.Nullable;

/**
 * What the Jeugdbeschermingstafel holds about one child (ADR 0031): every request of the child's casussen - the casus's first
 * by the casus's id, each later one by the id derived from casus and number up to the casus's latest (all by {@code _id}) - with
 * its planning, returns, decision, the table's evaluation, every version of the report and every reaction to it. Texts are
 * shown decrypted, as the chair reads them.
 *
 * <p>Of the form only what is the child's or the family's: the child's own identity block (found by the BSN the request names;
 * a sibling's block never), who has gezag, and the sections about the family. Left out: every BSN, the parents' and
 * third parties' own identity and contact data (names, addresses, numbers of the parents, the invitees, the sources and the
 * requester), the section on the other children, and - when the form names more than one child, since these are not kept per
 * child - the facts on the children's development and the children's reaction (said as a note in the part, so the beheerder
 * knows to ask the chair).
 */
public class JbtInzagebron implements Inzagebron {

    /** A casus comes back to the table a few times at most: the walk over its requests stops here whatever the series says. */
    static final int HOOGSTENS_VERZOEKEN = 100;

    private final Verzoeken verzoeken;
    private final Verzoekreeksen reeksen;

    public JbtInzagebron(Verzoeken verzoeken, Verzoekreeksen reeksen) {
        this.verzoeken = verzoeken;
        this.reeksen = reeksen;
    }

    @Override
    public Ronde ronde() {
        return Ronde.DELEN;
    }

    @Override
    public Inzagedeel deelVoor(Kindsleutels sleutels) {
        String bsn = cijfers(sleutels.bsn());
        Map<String, List<Map<String, String>>> categorieen = new LinkedHashMap<>();
        for (String casusId : sleutels.casusIds()) {
            for (Verzoek v : verzoekenVan(casusId)) {
                if (v.status() == Verzoek.Status.CONCEPT) {
                    // A draft opened for the regisseur at a closure "naar JBT": nothing written about the child yet.
                    continue;
                }
                voegVerzoekToe(categorieen, v, bsn);
            }
        }
        return Inzagedeel.van("jbt-service", categorieen.entrySet().stream()
                .map(e -> new Inzagedeel.Categorie(e.getKey(), e.getValue())).toList());
    }

    /** The casus's requests in order, each read by {@code _id}. */
    private List<Verzoek> verzoekenVan(String casusId) {
        String laatste = reeksen.laatste(casusId);
        List<Verzoek> gevonden = new ArrayList<>();
        for (int n = 1; n <= HOOGSTENS_VERZOEKEN; n++) {
            String id = Verzoek.idVoor(casusId, n);
            verzoeken.find(id).filter(v -> v.casusId().equals(casusId)).ifPresent(gevonden::add);
            if (id.equals(laatste)) {
                break;
            }
        }
        return gevonden;
    }

    private static void voegVerzoekToe(Map<String, List<Map<String, String>>> categorieen, Verzoek v, String bsn) {
        String id = v.id();
        var p = v.planning();
        voeg(categorieen, "Verzoeken aan de Jeugdbeschermingstafel", velden("verzoek", id, "casus", v.casusId(), "soort", naam(v.soort()),
                "gesprekstype", naam(v.gesprekstype()), "status", v.status().name(), "ingediend op", tekst(v.ingediendOp()),
                "ingediend door", v.indiener() == null ? null : v.indiener().rol() + " " + v.indiener().id(),
                "gepland aan tafel", p == null ? null : p.tafel() + (p.buurtafel() ? " (buurtafel)" : ""), "datum gesprek", p == null ? null : p.datum().toString(),
                "tijdstip gesprek", p == null ? null : tekst(p.tijdstip() != null ? p.tijdstip() : p.aanvang()),
                "raadsmedewerker", v.raadsmedewerkerId()));
        v.terugsturingen().forEach(t -> voeg(categorieen, "Teruggestuurd door de voorzitter", velden("verzoek", id, "reden", t.reden(),
                "op", t.op().toString())));
        Formulier f = v.formulier();
        if (f != null) {
            voegFormulierToe(categorieen, id, f, bsn);
        }
        var b = v.besluit();
        if (b != null) {
            voeg(categorieen, "Besluiten van de tafel", velden("verzoek", id, "uitkomst", b.uitkomst().name(), "besluitvorming", b.besluitvorming().name(),
                    "route", b.route(), "hulp", b.hulp(), "veiligheidsafspraken", b.veiligheidsafspraken(),
                    "evaluatiemoment", tekst(b.evaluatieMoment()), "genomen op", b.genomenOp().toString()));
        }
        var e = v.tafelevaluatie();
        if (e != null) {
            voeg(categorieen, "Evaluatie van het besluit", velden("verzoek", id, "vorm", e.vorm().name(), "afspraken nagekomen", e.afsprakenNagekomen().name(),
                    "vervolg", e.vervolg().name(), "bevindingen", e.bevindingen(), "vastgelegd op", e.vastgelegdOp().toString()));
        }
        v.verslag().versies().forEach(versie -> voeg(categorieen, "Verslagen van het gesprek", velden("verzoek", id, "versie",
                String.valueOf(versie.nummer()), "tekst", versie.tekst(), "vastgelegd op", versie.vastgelegdOp().toString())));
        v.verslag().reacties().forEach(r -> voeg(categorieen, "Reacties op het verslag", velden("verzoek", id, "op versie", String.valueOf(r.versie()),
                "van", r.vanOuders() ? "ouders" : "verzoeker " + r.indienerId(), "tekst", r.tekst(), "op", r.op().toString())));
    }

    private static void voegFormulierToe(Map<String, List<Map<String, String>>> categorieen, String id, Formulier f, String bsn) {
        List<Formulier.Kind> kinderen = f.kinderen() == null ? List.of() : f.kinderen();
        // The child's own block, by its BSN; a sibling's never (the BSN itself is not shown).
        kinderen.stream().filter(k -> k != null && !bsn.isEmpty() && bsn.equals(cijfers(k.bsn()))).forEach(k -> voeg(categorieen,
                "Het kind in het verzoek", velden("verzoek", id, "achternaam", k.achternaam(), "voornamen", k.voornamen(), "geslacht", k.geslacht(),
                        "geboortedatum", tekst(k.geboortedatum()), "geboorteplaats", k.geboorteplaats(), "nationaliteit", k.nationaliteit(),
                        "verblijfsstatus", k.verblijfsstatus(), "telefoon", k.telefoon(), "e-mail", k.email(), "leefsituatie", k.leefsituatie(),
                        "verblijfadres (BRP)", k.verblijfadresBrp(), "feitelijk verblijfadres", k.feitelijkVerblijfadres(),
                        "telefoon feitelijk verzorger", k.telefoonFeitelijkVerzorger(), "school of dagbesteding", k.schoolOfDagbesteding())));
        if (f.ouders() != null) {
            f.ouders().stream().filter(o -> o != null).forEach(o -> voeg(categorieen, "Gezag", velden("verzoek", id, "ouder", o.relatieTotKind(),
                    "gezag", o.gezag() == null ? null : o.gezag() ? "ja" : "nee")));
        }
        boolean eenKind = kinderen.size() <= 1;
        List<Map<String, String>> over = new ArrayList<>();
        var o = f.onderbouwing();
        if (o != null) {
            over.add(velden("verzoek", id, "onderdeel", "onderbouwing", "aanleiding", o.aanleiding(), "visie op het vervolg", o.visieOpVervolg(),
                    "waarom vrijwillig niet volstaat", o.waaromVrijwilligNietVolstaat(), "spoed", o.spoed() == null ? null : o.spoed() ? "ja" : "nee",
                    "onderbouwing spoed", o.spoedOnderbouwing()));
        }
        var g = f.gezinsbeschrijving();
        if (g != null) {
            over.add(velden("verzoek", id, "onderdeel", "gezinsbeschrijving", "huishouden en wonen", g.huishoudenEnWonen(),
                    "gezinsgeschiedenis", g.gezinsgeschiedenis(), "omgangsregeling", g.omgangsregeling()));
        }
        var i = f.informatie();
        if (i != null) {
            over.add(velden("verzoek", id, "onderdeel", "beschikbare informatie", "veranderbaarheid ouders", i.veranderbaarheidOuders(),
                    "netwerk", i.netwerk(), "netwerk volgens ouders", i.netwerkVolgensOuders()));
            if (eenKind) {
                feiten(over, id, "ontwikkeling kind", i.ontwikkelingKind());
            }
            feiten(over, id, "opvoedingscontext", i.opvoedingscontext());
        }
        var h = f.hulpaanbod();
        if (h != null) {
            over.add(velden("verzoek", id, "onderdeel", "hulpaanbod", "toestemming ouders informatie op te vragen",
                    h.toestemmingOudersInformatieOpvragen() == null ? null : h.toestemmingOudersInformatieOpvragen() ? "ja" : "nee",
                    "oordeel ouders", h.oordeelOuders()));
            Optional.ofNullable(h.chronologisch()).orElse(List.of()).stream().filter(x -> x != null).forEach(x -> over.add(velden("verzoek", id,
                    "onderdeel", "hulp tot nu toe", "instantie", x.instantie(), "start", tekst(x.start()), "eind", tekst(x.eind()), "traject", x.traject(),
                    "doel", x.doel(), "verloop", x.verloop(), "resultaat", x.resultaat(), "conclusie", x.conclusie())));
            Optional.ofNullable(h.rapporten()).orElse(List.of()).stream().filter(x -> x != null).forEach(x -> over.add(velden("verzoek", id,
                    "onderdeel", "rapport", "titel", x.titel(), "datum", tekst(x.datum()))));
        }
        var s = f.veiligheid();
        if (s != null) {
            over.add(velden("verzoek", id, "onderdeel", "veiligheid", "zorgen en wie deze deelt", s.zorgenEnWieDezeDeelt(), "afspraken", s.afspraken(),
                    "zicht op het kind", s.zichtOpKind(), "regie", s.regie(), "veiligheidsuitspraak", s.veiligheidsuitspraak(),
                    "risicotaxatie", s.risicotaxatieInstrument(), "uitkomst risicotaxatie", s.risicotaxatieUitkomst(),
                    "veiligheidsschaal (0-10)", s.veiligheidsschaal() == null ? null : String.valueOf(s.veiligheidsschaal())));
        }
        var bespreking = f.bespreking();
        if (bespreking != null) {
            over.add(velden("verzoek", id, "onderdeel", "bespreking met het gezin", "ontvangen door ouders en kinderen", tekst(bespreking.ontvangenDoorOudersEnKinderen()),
                    "besproken op", tekst(bespreking.besprokenOp()), "reden niet besproken", bespreking.redenNietBesproken(),
                    "reactie ouders", bespreking.reactieOuders(), "reactie kinderen", eenKind ? bespreking.reactieKinderen() : null));
        }
        Optional.ofNullable(f.referenten()).orElse(List.of()).stream().filter(r -> r != null).forEach(r -> over.add(velden("verzoek", id,
                "onderdeel", "bron", "instelling", r.instelling(), "functie", r.functie(), "akkoord met weergave op", tekst(r.akkoordMetWeergaveOp()))));
        if (!eenKind) {
            over.add(velden("verzoek", id, "onderdeel", "niet opgenomen", "toelichting", "Het verzoek noemt meer kinderen. De feiten over hun ontwikkeling, "
                    + "hun reactie op het verzoek en de beschrijving van de andere kinderen staan er niet per kind in en zijn daarom weggelaten; "
                    + "de voorzitter van de tafel kan nagaan wat daarvan over dit kind gaat."));
        }
        over.forEach(x -> voeg(categorieen, "Het verzoek over het gezin", x));
    }

    private static void feiten(List<Map<String, String>> over, String id, String onderdeel, @Nullable List<Formulier.Feit> feiten) {
        Optional.ofNullable(feiten).orElse(List.of()).stream().filter(x -> x != null).forEach(x -> over.add(velden("verzoek", id, "onderdeel", onderdeel,
                "onderwerp", x.onderwerp(), "waardering", naam(x.waardering()), "feit", x.feit(), "bron", naam(x.bron()), "toelichting bron", x.bronToelichting())));
    }

    private static void voeg(Map<String, List<Map<String, String>>> categorieen, String categorie, Map<String, String> item) {
        categorieen.computeIfAbsent(categorie, c -> new ArrayList<>()).add(item);
    }

    /** The fields by label, in order; a field without a value is left out. */
    private static Map<String, String> velden(@Nullable String... paren) {
        Map<String, String> velden = new LinkedHashMap<>();
        for (int i = 0; i < paren.length; i += 2) {
            String waarde = paren[i + 1];
            if (waarde != null && !waarde.isBlank()) {
                velden.put(java.util.Objects.requireNonNull(paren[i]), waarde);
            }
        }
        return velden;
    }

    private static @Nullable String naam(@Nullable Enum<?> waarde) {
        return waarde == null ? null : waarde.name();
    }

    private static @Nullable String tekst(@Nullable Object waarde) {
        return waarde == null ? null : waarde.toString();
    }

    /** A BSN as digits only, so a form that wrote it with spaces or dots still finds the child; empty for none. */
    private static String cijfers(@Nullable String bsn) {
        return bsn == null ? "" : bsn.replaceAll("[^0-9]", "");
    }
}
