package nl.jeugdlink.routing.toewijzing.adapter.persistence;

import nl.jeugdlink.routing.toewijzing.domain.Aanmeldroute;
import nl.jeugdlink.routing.toewijzing.domain.Afwijzing;
import nl.jeugdlink.routing.toewijzing.domain.Voornemen;
import nl.jeugdlink.routing.toewijzing.domain.Bepaling;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingsopdracht;
import nl.jeugdlink.routing.toewijzing.domain.Zoektocht;
import nl.jeugdlink.routing.toewijzing.domain.Eenheid;
import nl.jeugdlink.routing.toewijzing.domain.Frequentie;
import nl.jeugdlink.routing.toewijzing.domain.Levering;
import nl.jeugdlink.routing.toewijzing.domain.Omvang;
import nl.jeugdlink.routing.toewijzing.domain.Ontvangst;
import nl.jeugdlink.routing.toewijzing.domain.Product;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzing;
import org.jspecify.annotations.Nullable;

/** A toewijzing to and from its stored shape: codes as the iJw writes them. */
final class ToewijzingMapping {

    private ToewijzingMapping() {
    }

    static CasusDocument.ToewijzingDoc doc(Toewijzing t) {
        Product p = t.product();
        Omvang o = t.omvang();
        return new CasusDocument.ToewijzingDoc(t.toewijzingId(), t.toewijzingNummer(), t.agbCode(), p == null ? null : p.categorie(),
                p == null ? null : p.code(), t.ingangsdatum(), t.einddatum(), o == null ? null : o.volume(),
                o == null ? null : o.eenheid().code(), o == null ? null : o.frequentie().code(), t.budget(), t.toegewezenOp(), t.toegewezenDoor(), doc(t.afwijzing()),
                doc(t.levering()), t.ontvangst() == null ? null
                        : new CasusDocument.OntvangstDoc(t.ontvangst().retourcodes(), t.ontvangst().ontvangenOp()),
                t.wijziging() == null ? null : new CasusDocument.WijzigingDoc(t.wijziging().redenWijziging(), t.wijziging().vorigeEinddatum(),
                        t.wijziging().volgnummer(), t.wijziging().gewijzigdOp(), t.wijziging().gewijzigdDoor(), t.wijziging().instemmingAanbieder(),
                        t.wijziging().vervangenDoor()),
                t.referentieAanbieder(),
                t.bepalingId(), t.toewijzendeGemeente());
    }

    static CasusDocument.BepalingDoc doc(Bepaling b) {
        Toewijzingsopdracht z = b.zorg();
        Product p = z.product();
        Omvang o = z.omvang();
        Bepaling.Akkoord a = b.akkoord();
        return new CasusDocument.BepalingDoc(b.bepalingId(), z.agbCode(), p == null ? null : p.categorie(), p == null ? null : p.code(),
                z.ingangsdatum(), z.einddatum(), o == null ? null : o.volume(), o == null ? null : o.eenheid().code(),
                o == null ? null : o.frequentie().code(), z.budget(), b.evaluatiemomenten(), b.verwezenNaarLokaalTeamOp(), b.gecontracteerd(),
                b.bepaaldOp(), b.bepaaldDoor(), a == null ? null : new CasusDocument.AkkoordDoc(a.gegevenOp(), a.gegevenDoor(), a.toelichting()),
                b.verantwoordelijkeGemeente(), b.lokaalTeamGeraadpleegdOp(), b.gi() == null ? null : b.gi().jeugdbeschermerId(),
                b.gi() == null ? null : b.gi().organisatie(), b.afstemming() == null ? null : b.afstemming().voornemenId(),
                b.afstemming() == null ? null : b.afstemming().route().code(),
                b.afstemming() == null ? null : b.afstemming().zorgaanbiederGeraadpleegdOp(),
                b.aanvraag() == null ? null : b.aanvraag().verzoekId(), b.aanvraag() == null ? null : b.aanvraag().ontvangenOp());
    }

    static CasusDocument.VoornemenDoc doc(Voornemen v) {
        return new CasusDocument.VoornemenDoc(v.voornemenId(), v.route().code(), v.voorgenomenOp(), v.vastgelegdOp(), v.vastgelegdDoor(),
                v.gi() == null ? null : v.gi().jeugdbeschermerId(), v.gi() == null ? null : v.gi().organisatie(), doc(v.raadpleging()));
    }

    private static CasusDocument.@Nullable RaadplegingDoc doc(Voornemen.@Nullable Raadpleging r) {
        return r == null ? null : new CasusDocument.RaadplegingDoc(r.geraadpleegdOp(), r.agbCode(), r.notitie(), r.vastgelegdOp(), r.vastgelegdDoor(),
                r.gi() == null ? null : r.gi().jeugdbeschermerId(), r.gi() == null ? null : r.gi().organisatie());
    }

    private static Voornemen.@Nullable Raadpleging raadpleging(CasusDocument.@Nullable RaadplegingDoc d) {
        return d == null ? null : new Voornemen.Raadpleging(d.geraadpleegdOp(), d.agbCode(), d.notitie(), d.vastgelegdOp(), d.vastgelegdDoor(),
                d.giJeugdbeschermerId() == null ? null : new Bepaling.Gi(d.giJeugdbeschermerId(), d.giOrganisatie()));
    }

    static Voornemen voornemen(CasusDocument.VoornemenDoc d) {
        return new Voornemen(d.voornemenId(), Aanmeldroute.vanCode(d.route()).orElseThrow(), d.voorgenomenOp(), d.vastgelegdOp(), d.vastgelegdDoor(),
                d.giJeugdbeschermerId() == null ? null : new Bepaling.Gi(d.giJeugdbeschermerId(), d.giOrganisatie()), raadpleging(d.raadpleging()));
    }

    static Bepaling bepaling(CasusDocument.BepalingDoc d) {
        Product product = d.productcategorie() == null ? null : new Product(d.productcategorie(), d.productcode());
        Omvang omvang = d.volume() == null || d.eenheid() == null || d.frequentie() == null ? null
                : new Omvang(d.volume(), Eenheid.vanCode(d.eenheid()).orElseThrow(), Frequentie.vanCode(d.frequentie()).orElseThrow());
        return new Bepaling(d.bepalingId(), new Toewijzingsopdracht(d.agbCode(), product, d.ingangsdatum(), d.einddatum(), omvang, d.budget()),
                d.evaluatiemomenten(), d.verwezenNaarLokaalTeamOp(), d.gecontracteerd(), d.bepaaldOp(), d.bepaaldDoor(),
                d.akkoord() == null ? null : new Bepaling.Akkoord(d.akkoord().gegevenOp(), d.akkoord().gegevenDoor(), d.akkoord().toelichting()),
                d.verantwoordelijkeGemeente(), d.lokaalTeamGeraadpleegdOp(),
                d.giJeugdbeschermerId() == null ? null : new Bepaling.Gi(d.giJeugdbeschermerId(), d.giOrganisatie()),
                d.voornemenId() == null || d.route() == null ? null
                        : new Bepaling.Afstemming(d.voornemenId(), Aanmeldroute.vanCode(d.route()).orElseThrow(), d.zorgaanbiederGeraadpleegdOp()),
                d.aanvraagVerzoekId() == null || d.aanvraagOntvangenOp() == null ? null
                        : new Bepaling.Aanvraag(d.aanvraagVerzoekId(), d.aanvraagOntvangenOp()));
    }

    static Toewijzing toewijzing(CasusDocument.ToewijzingDoc d) {
        Product product = d.productcategorie() == null ? null : new Product(d.productcategorie(), d.productcode());
        Omvang omvang = d.volume() == null || d.eenheid() == null || d.frequentie() == null ? null
                : new Omvang(d.volume(), Eenheid.vanCode(d.eenheid()).orElseThrow(), Frequentie.vanCode(d.frequentie()).orElseThrow());
        return new Toewijzing(d.toewijzingId(), d.toewijzingNummer(), d.agbCode(), product, d.ingangsdatum(), d.einddatum(), omvang,
                d.budget(), d.toegewezenOp(), d.toegewezenDoor(), afwijzing(d.afwijzing()),
                levering(d.levering()), d.ontvangst() == null ? null
                        : new Ontvangst(d.ontvangst().retourcodes(), d.ontvangst().ontvangenOp()),
                d.wijziging() == null ? null : new Toewijzing.Wijziging(d.wijziging().redenWijziging(), d.wijziging().vorigeEinddatum(),
                        d.wijziging().volgnummer(), d.wijziging().gewijzigdOp(), d.wijziging().gewijzigdDoor(), d.wijziging().instemmingAanbieder(),
                        d.wijziging().vervangenDoor()),
                d.referentieAanbieder(),
                d.bepalingId(), d.toewijzendeGemeente());
    }

    private static CasusDocument.@Nullable AfwijzingDoc doc(@Nullable Afwijzing a) {
        return a == null ? null
                : new CasusDocument.AfwijzingDoc(a.afwijzingId(), a.grond().name(), a.reden().name(), a.toelichting(), a.afgewezenOp(), a.afgewezenDoor(),
                        doc(a.zoektocht()), a.zoektochtAfgeslotenOp());
    }

    private static @Nullable Afwijzing afwijzing(CasusDocument.@Nullable AfwijzingDoc d) {
        return d == null ? null
                : new Afwijzing(d.afwijzingId(), Afwijzing.Grond.valueOf(d.grond()), Afwijzing.Reden.valueOf(d.reden()), d.toelichting(), d.afgewezenOp(),
                        d.afgewezenDoor(), zoektocht(d.zoektocht()), d.zoektochtAfgeslotenOp());
    }

    private static CasusDocument.@Nullable ZoektochtDoc doc(@Nullable Zoektocht z) {
        if (z == null) {
            return null;
        }
        var b = z.bespreking();
        var o = z.opschaling();
        return new CasusDocument.ZoektochtDoc(z.route().name(), z.ingeschakeldOp(), z.ingeschakeldDoor(),
                b == null ? null : new CasusDocument.BesprekingDoc(b.uitkomst().name(), b.besprokenOp(), b.vastgelegdDoor()),
                o == null ? null : new CasusDocument.OpschalingDoc(o.opgeschaaldOp(), o.opgeschaaldDoor(), o.bestuurlijkOp(), o.bestuurlijkDoor()));
    }

    /** A search stored before steps 5B and 6 existed has neither: the record's fields are then null. */
    private static @Nullable Zoektocht zoektocht(CasusDocument.@Nullable ZoektochtDoc d) {
        if (d == null) {
            return null;
        }
        var b = d.bespreking();
        var o = d.opschaling();
        return new Zoektocht(Zoektocht.Route.valueOf(d.route()), d.ingeschakeldOp(), d.ingeschakeldDoor(),
                b == null ? null : new Zoektocht.Bespreking(Zoektocht.Uitkomst.valueOf(b.uitkomst()), b.besprokenOp(), b.vastgelegdDoor()),
                o == null ? null : new Zoektocht.Opschaling(o.opgeschaaldOp(), o.opgeschaaldDoor(), o.bestuurlijkOp(), o.bestuurlijkDoor()));
    }

    private static CasusDocument.@Nullable LeveringDoc doc(@Nullable Levering l) {
        return l == null ? null : new CasusDocument.LeveringDoc(l.begindatum(), l.gestartGemeldOp(), l.einddatum(), l.redenBeeindiging(), l.gestoptGemeldOp());
    }

    private static @Nullable Levering levering(CasusDocument.@Nullable LeveringDoc d) {
        return d == null ? null : new Levering(d.begindatum(), d.gestartGemeldOp(), d.einddatum(), d.redenBeeindiging(), d.gestoptGemeldOp());
    }
}
