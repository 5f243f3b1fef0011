package nl.jeugdlink.routing.toewijzing.adapter.persistence;

import nl.jeugdlink.routing.toewijzing.domain.Afwijzing;
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
                        : new CasusDocument.OntvangstDoc(t.ontvangst().retourcodes(), t.ontvangst().ontvangenOp()));
    }

    static Toewijzing toewijzing(CasusDocument.ToewijzingDoc d) {
        Product product = d.productcategorie() == null ? null : new Product(d.productcategorie(), d.productcode());
        Omvang omvang = d.volume() == null || d.eenheid() == null || d.frequentie() == null ? null
                : new Omvang(d.volume(), Eenheid.vanCode(d.eenheid()).orElseThrow(), Frequentie.vanCode(d.frequentie()).orElseThrow());
        return new Toewijzing(d.toewijzingId(), d.toewijzingNummer(), d.agbCode(), product, d.ingangsdatum(), d.einddatum(), omvang,
                d.budget(), d.toegewezenOp(), d.toegewezenDoor(), afwijzing(d.afwijzing()),
                levering(d.levering()), d.ontvangst() == null ? null
                        : new Ontvangst(d.ontvangst().retourcodes(), d.ontvangst().ontvangenOp()));
    }

    private static CasusDocument.@Nullable AfwijzingDoc doc(@Nullable Afwijzing a) {
        return a == null ? null
                : new CasusDocument.AfwijzingDoc(a.afwijzingId(), a.grond().name(), a.reden().name(), a.toelichting(), a.afgewezenOp(), a.afgewezenDoor(),
                        a.zoektocht() == null ? null
                                : new CasusDocument.ZoektochtDoc(a.zoektocht().route().name(), a.zoektocht().ingeschakeldOp(), a.zoektocht().ingeschakeldDoor()),
                        a.zoektochtAfgeslotenOp());
    }

    private static @Nullable Afwijzing afwijzing(CasusDocument.@Nullable AfwijzingDoc d) {
        return d == null ? null
                : new Afwijzing(d.afwijzingId(), Afwijzing.Grond.valueOf(d.grond()), Afwijzing.Reden.valueOf(d.reden()), d.toelichting(), d.afgewezenOp(),
                        d.afgewezenDoor(), d.zoektocht() == null ? null
                                : new Zoektocht(Zoektocht.Route.valueOf(d.zoektocht().route()), d.zoektocht().ingeschakeldOp(), d.zoektocht().ingeschakeldDoor()),
                        d.zoektochtAfgeslotenOp());
    }

    private static CasusDocument.@Nullable LeveringDoc doc(@Nullable Levering l) {
        return l == null ? null : new CasusDocument.LeveringDoc(l.begindatum(), l.gestartGemeldOp(), l.einddatum(), l.redenBeeindiging(), l.gestoptGemeldOp());
    }

    private static @Nullable Levering levering(CasusDocument.@Nullable LeveringDoc d) {
        return d == null ? null : new Levering(d.begindatum(), d.gestartGemeldOp(), d.einddatum(), d.redenBeeindiging(), d.gestoptGemeldOp());
    }
}
