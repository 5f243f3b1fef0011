package nl.jeugdlink.casus.casus.adapter.inzage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.platform.inzage.Inzagebron;
import nl.jeugdlink.platform.inzage.Inzagedeel;
import nl.jeugdlink.platform.inzage.Kindsleutels;
import nl.jeugdlink.platform.inzage.Ronde;

/**
 * What the case-service holds about one child (ADR 0031): the casussen of the child's referrals, each read by {@code _id}, and in
 * them what is the child's or the family's. Left out: what belongs to another child of the family (its entry, its contacts in a
 * conversation, dossier entries and feedback tied to its kindId) and every working note (a note is its author's alone: the
 * {@code werkaantekeningen} are not read here at all). Texts are shown decrypted, as the casus's own readers see them.
 */
public class CasusInzagebron implements Inzagebron {

    private final Casussen casussen;

    public CasusInzagebron(Casussen casussen) {
        this.casussen = casussen;
    }

    @Override
    public Ronde ronde() {
        return Ronde.DELEN;
    }

    @Override
    public Inzagedeel deelVoor(Kindsleutels sleutels) {
        Set<String> kind = Set.copyOf(sleutels.kindIds());
        List<Map<String, String>> dossiers = new ArrayList<>();
        List<Map<String, String>> kinderen = new ArrayList<>();
        List<Map<String, String>> gesprekken = new ArrayList<>();
        List<Map<String, String>> items = new ArrayList<>();
        List<Map<String, String>> veiligheid = new ArrayList<>();
        List<Map<String, String>> evaluaties = new ArrayList<>();
        List<Map<String, String>> feedback = new ArrayList<>();
        for (String casusId : sleutels.casusIds()) {
            var gevonden = casussen.find(new CasusId(UUID.fromString(casusId)));
            if (gevonden.isEmpty() || gevonden.get().kinderen().stream().noneMatch(k -> kind.contains(k.kindId()))) {
                continue;
            }
            Casus c = gevonden.get();
            dossiers.add(velden("casus", c.id().toString(), "gemeente", c.gemeenteCode(), "geopend op", c.geopendOp().toString(),
                    "regisseur", c.regisseur().map(r -> r.medewerkerId()).orElse("nog geen"),
                    "afgesloten", c.afsluiting() == null ? "nee" : c.afsluiting().reden().name() + " op " + c.afsluiting().op()));
            c.kinderen().stream().filter(k -> kind.contains(k.kindId()))
                    .forEach(k -> kinderen.add(velden("casus", c.id().toString(), "kind", k.kindId(), "leeftijd", k.leeftijdscategorie().name())));
            c.gesprekken().forEach(g -> {
                var contact = g.kindcontacten().stream().filter(kc -> kind.contains(kc.kindId())).findFirst();
                gesprekken.add(velden("casus", c.id().toString(), "soort", g.soort().name(), "gehouden op", g.gehoudenOp().toString(),
                        "gezin aanwezig", jaNee(g.gezinAanwezig()), "kind gezien", contact.map(kc -> jaNee(kc.gezien())).orElse("nee"),
                        "kind gesproken", contact.map(kc -> jaNee(kc.gesproken())).orElse("nee"), "samenvatting", g.samenvatting().tekst()));
            });
            c.dossieritems().stream().filter(d -> d.kindId() == null || kind.contains(d.kindId()))
                    .forEach(d -> items.add(velden("casus", c.id().toString(), "bron", d.bron().name(), "aard", d.aard().name(), "tekst", d.tekst(),
                            "vastgelegd op", d.vastgelegdOp().toString())));
            c.risicotaxaties().forEach(r -> veiligheid.add(velden("casus", c.id().toString(), "risicotaxatie", r.instrument().name(),
                    "uitkomst", r.uitkomst(), "datum", r.datum().toString())));
            c.veiligheidsplannen().forEach(p -> veiligheid.add(velden("casus", c.id().toString(), "veiligheidsplan versie", String.valueOf(p.versie()),
                    "wat gaat goed", p.inhoud().watGaatGoed(), "zorgen", p.inhoud().zorgen(), "wat is nodig", p.inhoud().watIsNodig(),
                    "afspraken korte termijn", p.inhoud().afsprakenKorteTermijn(), "afspraken lange termijn", p.inhoud().afsprakenLangeTermijn(),
                    "veiligheid kind (ouder/professional)", p.veiligheidKind().scoreOuder() + "/" + p.veiligheidKind().scoreProfessional(),
                    "geldig", p.geldigVan() + " tot " + p.geldigTot())));
            c.evaluaties().forEach(e -> evaluaties.add(velden("casus", c.id().toString(), "maanden", String.valueOf(e.maanden()),
                    "gehouden op", e.gehoudenOp().toString(), "vervolg", e.vervolg().name(), "verslag", e.verslag() == null ? "" : e.verslag())));
            c.gezinsfeedback().stream().filter(f -> f.kindId() == null || kind.contains(f.kindId()))
                    .forEach(f -> feedback.add(velden("casus", c.id().toString(), "van", f.voor().name(), "relatie", String.valueOf(f.scores().relatie()),
                            "doelen", String.valueOf(f.scores().doelen()), "aanpak", String.valueOf(f.scores().aanpak()),
                            "algemeen", String.valueOf(f.scores().algemeen()), "gegeven op", f.gegevenOp().toString())));
        }
        List<Inzagedeel.Categorie> categorieen = new ArrayList<>();
        voeg(categorieen, "Casussen", dossiers);
        voeg(categorieen, "Het kind in de casus", kinderen);
        voeg(categorieen, "Gesprekken", gesprekken);
        voeg(categorieen, "Dossieritems", items);
        voeg(categorieen, "Risicotaxaties en veiligheidsplannen", veiligheid);
        voeg(categorieen, "Evaluaties", evaluaties);
        voeg(categorieen, "Feedback van het gezin", feedback);
        return Inzagedeel.van("case-service", categorieen);
    }

    private static void voeg(List<Inzagedeel.Categorie> categorieen, String naam, List<Map<String, String>> items) {
        if (!items.isEmpty()) {
            categorieen.add(new Inzagedeel.Categorie(naam, items));
        }
    }

    private static String jaNee(boolean waar) {
        return waar ? "ja" : "nee";
    }

    private static Map<String, String> velden(String... paren) {
        Map<String, String> velden = new LinkedHashMap<>();
        for (int i = 0; i < paren.length; i += 2) {
            velden.put(paren[i], paren[i + 1]);
        }
        return velden;
    }
}
