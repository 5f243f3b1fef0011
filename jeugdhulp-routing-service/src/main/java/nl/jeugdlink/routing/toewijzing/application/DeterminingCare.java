package nl.jeugdlink.routing.toewijzing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.jeugdlink.routing.toewijzing.domain.Aanmeldroute;
import nl.jeugdlink.routing.toewijzing.domain.Bepaling;
import nl.jeugdlink.routing.toewijzing.domain.Casus;
import nl.jeugdlink.routing.toewijzing.domain.CasusOnbekend;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import nl.jeugdlink.routing.toewijzing.domain.Contractering;
import nl.jeugdlink.routing.toewijzing.domain.OngeldigeToewijzing;
import nl.jeugdlink.routing.toewijzing.domain.Overtreding;
import nl.jeugdlink.routing.toewijzing.domain.Regelschending;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingsopdracht;
import nl.jeugdlink.routing.toewijzing.domain.Voornemen;
import org.jspecify.annotations.Nullable;

/**
 * The youth protector's bepaling jeugdhulp (301 steps 1-3), checked against the municipality's contract register when made, and the
 * designated official's approval of care outside the contracts. Stored with the casus; who may is decided before.
 */
public class DeterminingCare {

    private final Casussen casussen;
    private final Contractering contractering;
    private final Clock clock;

    private final LinkingVerzoek linking;

    /** @param linking links the client's JW315s accepted before the bepaling (route 315, step 4) */
    public DeterminingCare(Casussen casussen, Contractering contractering, Clock clock, LinkingVerzoek linking) {
        this.casussen = casussen;
        this.contractering = contractering;
        this.clock = clock;
        this.linking = linking;
    }

    /**
     * @param lokaalTeamGeraadpleegdOp 301 step 1, the consultation with the local team; null when not recorded
     * @param woonplaatsbeginselGemeente the municipality the woonplaatsbeginsel makes responsible (CBS code with GM); null: the casus's
     * @param gi the youth protector making it and its GI; null when the local team makes it
     * @param voornemenId the intention it follows (its route decides what step 1 must record); null when it names none
     * @param zorgaanbiederGeraadpleegdOp route 315's step 1 with the provider
     * @throws OngeldigeToewijzing with every rule of the care and of the bepaling broken, at once
     * @throws Regelschending {@code VOORNEMEN_ONBEKEND} for an intention the casus does not have
     */
    public Bepaling bepaal(String casusId, Toewijzingsopdracht.ParameterChecks zorgInvoer, @Nullable List<LocalDate> evaluatiemomenten,
            @Nullable LocalDate verwezenNaarLokaalTeamOp, @Nullable LocalDate lokaalTeamGeraadpleegdOp, @Nullable String woonplaatsbeginselGemeente,
            String door, Bepaling.@Nullable Gi gi, @Nullable String voornemenId, @Nullable LocalDate zorgaanbiederGeraadpleegdOp) {
        Casus casus = casussen.find(casusId).orElseThrow(() -> new CasusOnbekend(casusId));
        Voornemen voornemen = null;
        if (voornemenId != null) {
            voornemen = casus.voornemen(voornemenId).orElseThrow(() -> new Regelschending("VOORNEMEN_ONBEKEND", "voornemenId",
                    "Deze casus heeft geen voornemen " + voornemenId + "."));
        }
        List<Overtreding> fouten = new ArrayList<>();
        Toewijzingsopdracht zorg = null;
        try {
            zorg = Toewijzingsopdracht.uit(zorgInvoer);
        } catch (OngeldigeToewijzing e) {
            fouten.addAll(e.overtredingen());
        }
        LocalDate vandaag = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")));
        if (zorg != null) {
            fouten.addAll(Bepaling.controleer(zorg, evaluatiemomenten, verwezenNaarLokaalTeamOp, lokaalTeamGeraadpleegdOp, vandaag));
        }
        if (voornemen != null) {
            fouten.addAll(Bepaling.controleerAfstemming(voornemen.route(), lokaalTeamGeraadpleegdOp, zorgaanbiederGeraadpleegdOp,
                    verwezenNaarLokaalTeamOp, vandaag));
        } else if (zorgaanbiederGeraadpleegdOp != null) {
            fouten.add(new Overtreding("zorgaanbiederGeraadpleegdOp", "alleen-route-315", "Het overleg met een zorgaanbieder is stap 1 van "
                    + "route 315: noem het voornemen (voornemenId)."));
        }
        if (woonplaatsbeginselGemeente != null && !woonplaatsbeginselGemeente.matches("GM[0-9]{4}")) {
            fouten.add(new Overtreding("woonplaatsbeginselGemeente", "pattern", "Een CBS-gemeentecode: GM en 4 cijfers."));
        }
        if (!fouten.isEmpty() || zorg == null || evaluatiemomenten == null || verwezenNaarLokaalTeamOp == null) {
            throw new OngeldigeToewijzing(fouten);
        }
        // The woonplaatsbeginsel decides the municipality: its contract register, and it alone assigns the care.
        String verantwoordelijk = woonplaatsbeginselGemeente == null ? casus.gemeenteCode() : woonplaatsbeginselGemeente;
        boolean gecontracteerd = contractering.gecontracteerd(verantwoordelijk, zorg.agbCode(), zorg.product(), zorg.ingangsdatum());
        Bepaling bepaling = new Bepaling(UUID.randomUUID().toString(), zorg, evaluatiemomenten, verwezenNaarLokaalTeamOp, gecontracteerd,
                clock.instant(), door, null, verantwoordelijk, lokaalTeamGeraadpleegdOp, gi,
                voornemen == null ? null : new Bepaling.Afstemming(voornemen.voornemenId(), voornemen.route(), zorgaanbiederGeraadpleegdOp));
        casussen.wijzig(casusId, actueel -> List.of(actueel.bepaal(bepaling))).orElseThrow(() -> new CasusOnbekend(casusId));
        // The provider may have sent its JW315 before the bepaling was written: step 4 was met then.
        linking.koppelEerdere(casusId);
        return casussen.find(casusId).flatMap(c -> c.bepaling(bepaling.bepalingId())).orElse(bepaling);
    }

    /**
     * A bepaling jeugdhulp is intended on a route (seed 002, Bouwsteen 5): step 1's term runs from {@code voorgenomenOp}.
     *
     * @param route {@code 301} or {@code 315}
     * @param voorgenomenOp the day it was intended; null: today
     * @throws OngeldigeToewijzing naming {@code route} or {@code voorgenomenOp}
     */
    public Voornemen neemVoor(String casusId, @Nullable String route, @Nullable LocalDate voorgenomenOp, String door, Bepaling.@Nullable Gi gi) {
        LocalDate vandaag = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")));
        List<Overtreding> fouten = new ArrayList<>();
        Aanmeldroute aanmeldroute = route == null ? null : Aanmeldroute.vanCode(route).orElse(null);
        if (aanmeldroute == null) {
            fouten.add(new Overtreding("route", route == null ? "required" : "enum", "De route: 301 (lokale toegang) of 315 (zorgaanbieder)."));
        }
        if (voorgenomenOp != null && voorgenomenOp.isAfter(vandaag)) {
            fouten.add(new Overtreding("voorgenomenOp", "niet-in-toekomst", "Het voornemen bestaat al; de termijn van stap 1 telt vanaf die dag."));
        }
        if (!fouten.isEmpty() || aanmeldroute == null) {
            throw new OngeldigeToewijzing(fouten);
        }
        Voornemen voornemen = new Voornemen(UUID.randomUUID().toString(), aanmeldroute, voorgenomenOp == null ? vandaag : voorgenomenOp,
                clock.instant(), door, gi);
        casussen.wijzig(casusId, actueel -> List.of(actueel.neemVoor(voornemen))).orElseThrow(() -> new CasusOnbekend(casusId));
        return voornemen;
    }

    /**
     * Step 1 was held: the youth protector or the local team records the consultation of the intention as it happens, so that its term
     * is met on the day it took place, whenever the bepaling follows. Once per intention.
     *
     * @param geraadpleegdOp the day it took place: not in the future, not before the intention
     * @param agbCode route 315: the provider consulted with the local team (required); route 301 names none
     * @param notitie optional, at most 500 characters
     * @param gi the youth protector recording it and its GI; null when the local team does
     * @throws OngeldigeToewijzing naming each field and its rule
     * @throws Regelschending {@code AL_GERAADPLEEGD} the second time
     */
    public Voornemen raadpleeg(String casusId, String voornemenId, @Nullable LocalDate geraadpleegdOp, @Nullable String agbCode,
            @Nullable String notitie, String door, Bepaling.@Nullable Gi gi) {
        Casus casus = casus(casusId);
        Voornemen voornemen = casus.voornemen(voornemenId).orElseThrow(() -> new IllegalArgumentException("no voornemen " + voornemenId));
        LocalDate vandaag = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")));
        List<Overtreding> fouten = new ArrayList<>();
        if (geraadpleegdOp == null) {
            fouten.add(new Overtreding("geraadpleegdOp", "required", "De dag waarop het lokale team geraadpleegd werd."));
        } else if (geraadpleegdOp.isAfter(vandaag)) {
            fouten.add(new Overtreding("geraadpleegdOp", "niet-in-toekomst", "Het overleg wordt vastgelegd als het plaatsvond, niet vooraf."));
        } else if (geraadpleegdOp.isBefore(voornemen.voorgenomenOp())) {
            fouten.add(new Overtreding("geraadpleegdOp", "niet-voor-voornemen", "Het overleg van stap 1 volgt op het voornemen van "
                    + voornemen.voorgenomenOp() + "."));
        }
        String agb = agbCode == null || agbCode.isBlank() ? null : agbCode.strip();
        if (voornemen.route() == Aanmeldroute.ZORGAANBIEDER) {
            if (agb == null) {
                fouten.add(new Overtreding("agbCode", "required", "Route 315: de AGB-code van de zorgaanbieder die met het lokale team geraadpleegd werd."));
            } else if (!agb.matches("[0-9]{8}")) {
                fouten.add(new Overtreding("agbCode", "pattern", "Een AGB-code: 8 cijfers."));
            }
        } else if (agb != null) {
            fouten.add(new Overtreding("agbCode", "alleen-route-315", "Stap 1 van route 301 is het overleg met het lokale team; een zorgaanbieder "
                    + "hoort bij route 315."));
        }
        String tekst = notitie == null || notitie.isBlank() ? null : notitie.strip();
        if (tekst != null && tekst.length() > 500) {
            fouten.add(new Overtreding("notitie", "maxLength", "Een korte notitie: hoogstens 500 tekens."));
        }
        if (!fouten.isEmpty() || geraadpleegdOp == null) {
            throw new OngeldigeToewijzing(fouten);
        }
        Voornemen.Raadpleging raadpleging = new Voornemen.Raadpleging(geraadpleegdOp, agb, tekst, clock.instant(), door, gi);
        AtomicReference<Voornemen> geraadpleegd = new AtomicReference<>();
        casussen.wijzig(casusId, actueel -> {
            var event = actueel.raadpleeg(voornemenId, raadpleging);
            geraadpleegd.set(event.voornemen());
            return List.of(event);
        }).orElseThrow(() -> new CasusOnbekend(casusId));
        return geraadpleegd.get();
    }

    public Bepaling keurGoed(String casusId, String bepalingId, String toelichting, String door) {
        Bepaling.Akkoord akkoord = new Bepaling.Akkoord(clock.instant(), door, toelichting);
        AtomicReference<Bepaling> goedgekeurd = new AtomicReference<>();
        casussen.wijzig(casusId, actueel -> {
            goedgekeurd.set(actueel.keurGoed(bepalingId, akkoord));
            return List.of();
        }).orElseThrow(() -> new CasusOnbekend(casusId));
        return goedgekeurd.get();
    }

    public Casus casus(String casusId) {
        return casussen.find(casusId).orElseThrow(() -> new CasusOnbekend(casusId));
    }
}
