package nl.jeugdlink.routing.toewijzing.adapter.messaging;

import nl.jeugdlink.contracts.routing.BepalingVoorgenomen;
import nl.jeugdlink.contracts.routing.JeugdhulpGestart;
import nl.jeugdlink.contracts.routing.JeugdhulpGestopt;
import nl.jeugdlink.contracts.routing.JeugdhulpBepaald;
import nl.jeugdlink.contracts.routing.JeugdhulpToegewezen;
import nl.jeugdlink.contracts.routing.LeveringVerwijderd;
import nl.jeugdlink.contracts.routing.RetBesproken;
import nl.jeugdlink.contracts.routing.RoutingEvents;
import nl.jeugdlink.contracts.routing.ToewijzingGewijzigd;
import nl.jeugdlink.contracts.routing.ZoektochtAfgesloten;
import nl.jeugdlink.contracts.routing.ZoektochtIngeschakeld;
import nl.jeugdlink.contracts.routing.ZoektochtOpgeschaald;
import nl.jeugdlink.contracts.routing.ZorgaanbiederAfwijzing;
import nl.jeugdlink.platform.persistence.ContractEvent;
import nl.jeugdlink.platform.persistence.EventMapper;
import nl.jeugdlink.routing.toewijzing.domain.Casus;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzing;
import nl.jeugdlink.routing.toewijzing.domain.ToewijzingEvent;

/**
 * Maps the domain events of a casus's toewijzingen to the published contracts: ids and codes, no
 * personal data. They are stored on the casus document, so the outbox relay publishes them keyed by
 * the casus id: every event about one casus's toewijzingen on one partition, in the order they
 * happened (ADR 0006: key = the id of the aggregate, and the aggregate here is the casus).
 */
public final class ToewijzingContracts implements EventMapper<ToewijzingEvent> {

    @Override
    public ContractEvent toContract(ToewijzingEvent event) {
        return switch (event) {
            case ToewijzingEvent.Toegewezen t -> new ContractEvent(RoutingEvents.JEUGDHULP_TOEGEWEZEN, toegewezen(t.casus(), t.toewijzing()));
            case ToewijzingEvent.Afgewezen a -> new ContractEvent(RoutingEvents.ZORGAANBIEDER_AFWIJZING, afgewezen(a.casus(), a.toewijzing()));
            case ToewijzingEvent.ZoektochtIngeschakeld z -> new ContractEvent(RoutingEvents.ZOEKTOCHT_INGESCHAKELD, ingeschakeld(z));
            case ToewijzingEvent.RetBesproken r -> new ContractEvent(RoutingEvents.RET_BESPROKEN, besproken(r));
            case ToewijzingEvent.ZoektochtOpgeschaald o -> new ContractEvent(RoutingEvents.ZOEKTOCHT_OPGESCHAALD, opgeschaald(o));
            case ToewijzingEvent.ZoektochtAfgesloten z -> new ContractEvent(RoutingEvents.ZOEKTOCHT_AFGESLOTEN, afgesloten(z));
            case ToewijzingEvent.Gewijzigd g -> new ContractEvent(RoutingEvents.TOEWIJZING_GEWIJZIGD, gewijzigd(g.casus(), g.toewijzing()));
            case ToewijzingEvent.Gestart g -> new ContractEvent(RoutingEvents.JEUGDHULP_GESTART, gestart(g.casus(), g.toewijzing()));
            case ToewijzingEvent.Gestopt g -> new ContractEvent(RoutingEvents.JEUGDHULP_GESTOPT, gestopt(g.casus(), g.toewijzing()));
            case ToewijzingEvent.LeveringVerwijderd v -> new ContractEvent(RoutingEvents.LEVERING_VERWIJDERD, verwijderd(v));
            case ToewijzingEvent.Bepaald b -> new ContractEvent(RoutingEvents.JEUGDHULP_BEPAALD, bepaald(b));
            case ToewijzingEvent.Voorgenomen v -> new ContractEvent(RoutingEvents.BEPALING_VOORGENOMEN, voorgenomen(v));
            case ToewijzingEvent.Aangevraagd a -> new ContractEvent(RoutingEvents.BEPALING_AANGEVRAAGD, aangevraagd(a));
            case ToewijzingEvent.Geraadpleegd g -> new ContractEvent(RoutingEvents.LOKAAL_TEAM_GERAADPLEEGD, geraadpleegd(g));
        };
    }

    /** The day, route and provider of step 1; the note stays in the routing. */
    private static nl.jeugdlink.contracts.routing.LokaalTeamGeraadpleegd geraadpleegd(ToewijzingEvent.Geraadpleegd e) {
        Casus c = e.casus();
        var v = e.voornemen();
        var r = java.util.Objects.requireNonNull(v.raadpleging(), "a Geraadpleegd event carries its raadpleging");
        var gi = v.verantwoordelijkeGi();
        return new nl.jeugdlink.contracts.routing.LokaalTeamGeraadpleegd(v.voornemenId(), c.casusId(), c.aanmeldingId(), c.gemeenteCode(),
                v.route().code(), r.geraadpleegdOp(), r.agbCode(), r.vastgelegdOp(), r.vastgelegdDoor(), gi == null ? null : gi.organisatie(),
                gi == null ? null : gi.jeugdbeschermerId());
    }

    private static BepalingVoorgenomen voorgenomen(ToewijzingEvent.Voorgenomen e) {
        Casus c = e.casus();
        var v = e.voornemen();
        return new BepalingVoorgenomen(v.voornemenId(), c.casusId(), c.aanmeldingId(), c.gemeenteCode(), v.route().code(), v.voorgenomenOp(),
                v.vastgelegdOp(), v.vastgelegdDoor(), v.gi() == null ? null : v.gi().organisatie(), v.gi() == null ? null : v.gi().jeugdbeschermerId());
    }

    /** The care and the responsible municipality; the evaluation moments and the approval's reasons stay in the routing. */
    private static JeugdhulpBepaald bepaald(ToewijzingEvent.Bepaald e) {
        Casus c = e.casus();
        var b = e.bepaling();
        var z = b.zorg();
        return new JeugdhulpBepaald(b.bepalingId(), c.casusId(), c.aanmeldingId(), c.gemeenteCode(), b.verantwoordelijkVoor(c.gemeenteCode()),
                z.agbCode(), z.product() == null ? null : z.product().categorie(), z.product() == null ? null : z.product().code(), z.ingangsdatum(),
                z.einddatum(), b.gecontracteerd(), b.verwezenNaarLokaalTeamOp(), b.bepaaldOp(), b.bepaaldDoor(), b.lokaalTeamGeraadpleegdOp(),
                b.gi() == null ? null : b.gi().organisatie(), b.gi() == null ? null : b.gi().jeugdbeschermerId(),
                b.afstemming() == null ? null : b.afstemming().voornemenId(), b.afstemming() == null ? null : b.afstemming().route().code(),
                b.afstemming() == null ? null : b.afstemming().zorgaanbiederGeraadpleegdOp(), b.afgestemdOp());
    }

    private static nl.jeugdlink.contracts.routing.BepalingAangevraagd aangevraagd(ToewijzingEvent.Aangevraagd e) {
        Casus c = e.casus();
        var b = e.bepaling();
        var a = java.util.Objects.requireNonNull(b.aanvraag(), "an Aangevraagd event carries the bepaling's aanvraag");
        return new nl.jeugdlink.contracts.routing.BepalingAangevraagd(b.bepalingId(), c.casusId(), c.aanmeldingId(), c.gemeenteCode(),
                b.zorg().agbCode(), a.verzoekId(), a.ontvangenOp(), b.gi() == null ? null : b.gi().organisatie(),
                b.gi() == null ? null : b.gi().jeugdbeschermerId());
    }

    private static LeveringVerwijderd verwijderd(ToewijzingEvent.LeveringVerwijderd v) {
        Casus c = v.casus();
        Toewijzing t = v.toewijzing();
        return new LeveringVerwijderd(t.toewijzingId(), t.toewijzingNummer(), c.casusId(), c.aanmeldingId(), c.gemeenteCode(), t.agbCode(),
                v.stop() ? "STOP" : "START", v.ingetrokken().begindatum(), v.stop() ? v.ingetrokken().einddatum() : null, v.op());
    }

    /** Codes only: the provider's toelichting is free text about a child and stays in the routing. */
    private static ZorgaanbiederAfwijzing afgewezen(Casus c, Toewijzing t) {
        var a = java.util.Objects.requireNonNull(t.afwijzing(), "an Afgewezen event carries its afwijzing");
        return new ZorgaanbiederAfwijzing(a.afwijzingId(), t.toewijzingId(), t.toewijzingNummer(), c.casusId(), c.aanmeldingId(), c.gemeenteCode(),
                t.agbCode(), a.grond().name(), a.reden().name(), t.toegewezenOp(), a.afgewezenOp(), giOrganisatie(c, t), jeugdbeschermer(c, t),
                t.toewijzendeGemeente() == null ? c.gemeenteCode() : t.toewijzendeGemeente());
    }

    /** The declining provider is the co-owner of finding care. */
    private static ZoektochtIngeschakeld ingeschakeld(ToewijzingEvent.ZoektochtIngeschakeld z) {
        var a = java.util.Objects.requireNonNull(z.afgewezen().afwijzing(), "a ZoektochtIngeschakeld event carries its afwijzing");
        var zoektocht = java.util.Objects.requireNonNull(a.zoektocht(), "and its zoektocht");
        Casus c = z.casus();
        return new ZoektochtIngeschakeld(a.afwijzingId(), z.afgewezen().toewijzingId(), c.casusId(), c.aanmeldingId(), c.gemeenteCode(),
                zoektocht.route().name(), z.afgewezen().agbCode(), zoektocht.ingeschakeldOp(), zoektocht.ingeschakeldDoor(),
                giOrganisatie(c, z.afgewezen()), jeugdbeschermer(c, z.afgewezen()), a.afgewezenOp());
    }

    private static RetBesproken besproken(ToewijzingEvent.RetBesproken r) {
        var a = java.util.Objects.requireNonNull(r.afgewezen().afwijzing(), "a RetBesproken event carries its afwijzing");
        var b = java.util.Objects.requireNonNull(java.util.Objects.requireNonNull(a.zoektocht()).bespreking(), "and its bespreking");
        Casus c = r.casus();
        return new RetBesproken(a.afwijzingId(), c.casusId(), c.aanmeldingId(), c.gemeenteCode(), b.besprokenOp(), b.uitkomst().name(),
                b.vastgelegdDoor(), giOrganisatie(c, r.afgewezen()), jeugdbeschermer(c, r.afgewezen()));
    }

    /** Each escalation is its own event: the first meets ZOEKTOCHT_STAP_6, a later bestuurlijk one says the administrators were called. */
    private static ZoektochtOpgeschaald opgeschaald(ToewijzingEvent.ZoektochtOpgeschaald o) {
        var a = java.util.Objects.requireNonNull(o.afgewezen().afwijzing(), "a ZoektochtOpgeschaald event carries its afwijzing");
        Casus c = o.casus();
        return new ZoektochtOpgeschaald(a.afwijzingId(), c.casusId(), c.aanmeldingId(), c.gemeenteCode(), o.op(), o.door(), o.bestuurlijk(),
                giOrganisatie(c, o.afgewezen()), jeugdbeschermer(c, o.afgewezen()));
    }

    /** The GI carrying the measure (issue 15: the route terms reach its team leader first); null in a casus of the local team alone. */
    private static @org.jspecify.annotations.Nullable String giOrganisatie(Casus c, Toewijzing t) {
        return c.gi(t).map(nl.jeugdlink.routing.toewijzing.domain.Bepaling.Gi::organisatie).orElse(null);
    }

    private static @org.jspecify.annotations.Nullable String jeugdbeschermer(Casus c, Toewijzing t) {
        return c.gi(t).map(nl.jeugdlink.routing.toewijzing.domain.Bepaling.Gi::jeugdbeschermerId).orElse(null);
    }

    private static ZoektochtAfgesloten afgesloten(ToewijzingEvent.ZoektochtAfgesloten z) {
        var a = java.util.Objects.requireNonNull(z.afgewezen().afwijzing(), "a ZoektochtAfgesloten event carries the closed afwijzing");
        Casus c = z.casus();
        return new ZoektochtAfgesloten(a.afwijzingId(), c.casusId(), c.aanmeldingId(), c.gemeenteCode(), z.nieuw().toewijzingId(), z.nieuw().agbCode(),
                java.util.Objects.requireNonNull(a.zoektochtAfgeslotenOp()));
    }

    private static ToewijzingGewijzigd gewijzigd(Casus c, Toewijzing t) {
        var w = java.util.Objects.requireNonNull(t.wijziging(), "a Gewijzigd event carries its wijziging");
        return new ToewijzingGewijzigd(t.toewijzingId(), t.toewijzingNummer(), c.casusId(), c.aanmeldingId(), c.gemeenteCode(), t.agbCode(),
                java.util.Objects.requireNonNull(t.einddatum()), w.vorigeEinddatum(), w.redenWijziging(), w.gewijzigdOp(), jw301(c, t));
    }

    /** The JW301 that tells the provider of the change: after an aanpassing or correctie the continuing toewijzing's, carrying both (OP087). */
    private static String jw301(Casus c, Toewijzing t) {
        var w = java.util.Objects.requireNonNull(t.wijziging());
        return w.vervangenDoor() == null ? t.jw301Identificatie() : c.toewijzingen().stream().filter(x -> x.toewijzingId().equals(w.vervangenDoor()))
                .findFirst().map(Toewijzing::jw301Identificatie).orElseThrow();
    }

    private static JeugdhulpGestart gestart(Casus c, Toewijzing t) {
        var l = java.util.Objects.requireNonNull(t.levering(), "a Gestart event carries its levering");
        return new JeugdhulpGestart(t.toewijzingId(), t.toewijzingNummer(), c.casusId(), c.aanmeldingId(), c.gemeenteCode(), t.agbCode(),
                l.begindatum(), l.gestartGemeldOp());
    }

    private static JeugdhulpGestopt gestopt(Casus c, Toewijzing t) {
        var l = java.util.Objects.requireNonNull(t.levering(), "a Gestopt event carries its levering");
        return new JeugdhulpGestopt(t.toewijzingId(), t.toewijzingNummer(), c.casusId(), c.aanmeldingId(), c.gemeenteCode(), t.agbCode(),
                l.begindatum(), java.util.Objects.requireNonNull(l.einddatum()), java.util.Objects.requireNonNull(l.redenBeeindiging()),
                java.util.Objects.requireNonNull(l.gestoptGemeldOp()));
    }

    private static JeugdhulpToegewezen toegewezen(Casus c, Toewijzing t) {
        var product = t.product() == null ? null : new JeugdhulpToegewezen.Product(t.product().categorie(), t.product().code());
        var omvang = t.omvang() == null ? null
                : new JeugdhulpToegewezen.Omvang(t.omvang().volume(), t.omvang().eenheid().code(), t.omvang().frequentie().code());
        return new JeugdhulpToegewezen(t.toewijzingId(), t.toewijzingNummer(), c.casusId(), c.aanmeldingId(), c.gemeenteCode(), t.agbCode(),
                product, t.ingangsdatum(), t.einddatum(), omvang, t.budget(), t.toegewezenOp(), t.toegewezenDoor(), t.bepalingId(), t.bepalingId() != null,
                t.jw301Identificatie(), t.gemeente(c.gemeenteCode()));
    }
}
