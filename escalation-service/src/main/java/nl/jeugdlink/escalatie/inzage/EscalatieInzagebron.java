package nl.jeugdlink.escalatie.inzage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.jeugdlink.escalatie.escalatie.domain.Escalatie;
import nl.jeugdlink.escalatie.escalatie.domain.Escalaties;
import nl.jeugdlink.escalatie.escalatie.domain.Gezinsinformatie;
import nl.jeugdlink.escalatie.escalatie.domain.Stap;
import nl.jeugdlink.escalatie.escalatie.domain.Verslag;
import nl.jeugdlink.escalatie.termijn.domain.Termijn;
import nl.jeugdlink.escalatie.termijn.domain.Traject;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;
import nl.jeugdlink.escalatie.termijn.domain.Wijziging;
import nl.jeugdlink.platform.inzage.Inzagebron;
import nl.jeugdlink.platform.inzage.Inzagedeel;
import nl.jeugdlink.platform.inzage.Kindsleutels;
import nl.jeugdlink.platform.inzage.Ronde;
import org.jspecify.annotations.Nullable;

/**
 * What the escalation-service holds about a child (ADR 0031, round {@code DELEN}): the trajecten of the child's referrals and
 * casussen - their deadlines with each suspension, resumption and extension and its reason - and the escalations about those
 * casussen: situation, parties, steps and how they ended, when and how the family was informed (with the explanation given to
 * it afterwards), and of each meeting's minutes whether and when the participants approved them.
 *
 * <p>Found by {@code _id} only: a traject by its referral, and through the clock's key {@code casus:<casusId>} for a casus the
 * keys name without its referral; the escalations by the traject. A traject is a referral's (a family's), so its deadlines and
 * escalations are family-level items and all stay; nothing is read for a referral or casus the keys do not name, so another
 * child's casus never shows.
 *
 * <p>Of the minutes the text and the participants' objections are left out: they are the professionals' account of their
 * disagreement about each other's work (situation 3 is a professional's conduct), the rights of others that AVG art. 15(4)
 * protects; the child's family gets what was decided and when. Those texts stay available to the people involved (ADR 0017).
 */
public class EscalatieInzagebron implements Inzagebron {

    private final Trajecten trajecten;
    private final Escalaties escalaties;

    public EscalatieInzagebron(Trajecten trajecten, Escalaties escalaties) {
        this.trajecten = trajecten;
        this.escalaties = escalaties;
    }

    @Override
    public Ronde ronde() {
        return Ronde.DELEN;
    }

    @Override
    public Inzagedeel deelVoor(Kindsleutels sleutels) {
        Map<String, Traject> vanHetKind = new LinkedHashMap<>();
        for (String aanmeldingId : sleutels.aanmeldingIds()) {
            trajecten.vind(aanmeldingId).ifPresent(g -> vanHetKind.putIfAbsent(g.traject().aanmeldingId(), g.traject()));
        }
        for (String casusId : sleutels.casusIds()) {
            trajecten.vindMetCasus(casusId).filter(g -> casusId.equals(g.traject().casusId()))
                    .ifPresent(g -> vanHetKind.putIfAbsent(g.traject().aanmeldingId(), g.traject()));
        }
        List<Map<String, String>> termijnen = new ArrayList<>();
        List<Map<String, String>> escalatieItems = new ArrayList<>();
        List<Map<String, String>> stappen = new ArrayList<>();
        List<Map<String, String>> gezin = new ArrayList<>();
        List<Map<String, String>> verslagen = new ArrayList<>();
        for (Traject traject : vanHetKind.values()) {
            traject.termijnen().forEach(t -> termijnen.add(termijn(traject, t)));
            for (Escalatie e : escalaties.vanTraject(traject.aanmeldingId())) {
                if (!e.aanmeldingId().equals(traject.aanmeldingId())) {
                    continue;
                }
                escalatieItems.add(escalatie(e));
                e.stappen().forEach(s -> stappen.add(stap(e, s)));
                e.gezin().forEach(g -> gezin.add(gezinsinformatie(e, g)));
                e.verslagen().forEach(v -> verslagen.add(verslag(e, v)));
            }
        }
        List<Inzagedeel.Categorie> categorieen = new ArrayList<>();
        voeg(categorieen, "Termijnen", termijnen);
        voeg(categorieen, "Escalaties over de samenwerking", escalatieItems);
        voeg(categorieen, "Stappen van de escalaties", stappen);
        voeg(categorieen, "Het gezin geïnformeerd over een escalatie", gezin);
        voeg(categorieen, "Verslagen van escalatieoverleggen (goedkeuring)", verslagen);
        return Inzagedeel.van("escalation-service", categorieen);
    }

    private static void voeg(List<Inzagedeel.Categorie> categorieen, String naam, List<Map<String, String>> items) {
        if (!items.isEmpty()) {
            categorieen.add(new Inzagedeel.Categorie(naam, items));
        }
    }

    private static Map<String, String> termijn(Traject traject, Termijn t) {
        return velden("aanmelding", traject.aanmeldingId(), "casus", traject.casusId(), "soort", t.soort().code(), "onderwerp", t.onderwerp(),
                "gestart op", tijd(t.gestartOp()), "uiterlijk", t.uiterlijk().toString(), "status", t.status().name(),
                "gestopt op", tijd(t.gestoptOp()), "overschreden op", tijd(t.overschredenOp()),
                "werkdagen te laat", t.werkdagenTeLaat() == null ? null : t.werkdagenTeLaat().toString(),
                "bij overschrijding naar", t.betrokkene().rol() + " (" + t.betrokkene().organisatie() + ")",
                "opgeschaald op", tijd(t.opgeschaaldOp()),
                "wijzigingen", t.geschiedenis().isEmpty() ? null
                        : t.geschiedenis().stream().map(EscalatieInzagebron::wijziging).collect(Collectors.joining("; ")));
    }

    private static String wijziging(Wijziging w) {
        return w.aard().name().toLowerCase(java.util.Locale.ROOT) + " op " + w.op() + " door " + w.door() + " (" + w.reden() + "), uiterlijk "
                + w.uiterlijk();
    }

    private static Map<String, String> escalatie(Escalatie e) {
        return velden("escalatie", e.id(), "casus", e.casusId(), "situatie", e.situatie().nummer() + " " + e.situatie().name(),
                "partijen", e.partijen().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")),
                "geopend op", tijd(e.geopendOp()), "geopend door", e.geopendDoor(), "stand", e.stand().name());
    }

    private static Map<String, String> stap(Escalatie e, Stap s) {
        return velden("escalatie", e.id(), "stap", String.valueOf(s.nummer()), "aan zet", s.aanZet().name(), "gezet op", tijd(s.gezetOp()),
                "gezet door", s.gezetDoor(), "ambtelijk betrokken", s.ambtelijkBetrokken() ? "ja" : "nee",
                "uitkomst", s.uitkomst() == null ? "loopt" : s.uitkomst().name(), "afgerond op", tijd(s.afgerondOp()),
                "afgerond door", s.afgerondDoor());
    }

    private static Map<String, String> gezinsinformatie(Escalatie e, Gezinsinformatie g) {
        return velden("escalatie", e.id(), "moment", g.moment().name(), "op", tijd(g.op()), "door", g.door(),
                "tijdens stap", g.stap() == null ? null : g.stap().toString(), "uitleg aan het gezin", g.uitleg());
    }

    private static Map<String, String> verslag(Escalatie e, Verslag v) {
        long akkoord = v.reacties().values().stream().filter(Verslag.Reactie::akkoord).count();
        return velden("escalatie", e.id(), "verslag", v.id(), "stap", String.valueOf(v.stap()), "vergaderd op", v.vergaderdOp().toString(),
                "deelnemers", String.valueOf(v.deelnemers().size()), "goedgekeurd", v.goedgekeurd() ? "ja" : "nee",
                "goedgekeurd op", tijd(v.goedgekeurdOp()),
                "reacties", akkoord + " akkoord, " + (v.reacties().size() - akkoord) + " bezwaar, "
                        + (v.deelnemers().size() - v.reacties().size()) + " nog niet");
    }

    private static @Nullable String tijd(@Nullable Instant moment) {
        return moment == null ? null : moment.toString();
    }

    /** Label, value pairs in order; a value that is null (not known, not yet) is left out. */
    private static Map<String, String> velden(@Nullable String... paren) {
        Map<String, String> velden = new LinkedHashMap<>();
        for (int i = 0; i < paren.length; i += 2) {
            if (paren[i + 1] != null) {
                velden.put(Objects.requireNonNull(paren[i]), paren[i + 1]);
            }
        }
        return velden;
    }
}
