package nl.jeugdlink.routing.toewijzing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.jeugdlink.routing.toewijzing.domain.Bepaling;
import nl.jeugdlink.routing.toewijzing.domain.Casus;
import nl.jeugdlink.routing.toewijzing.domain.CasusOnbekend;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import nl.jeugdlink.routing.toewijzing.domain.Contractering;
import nl.jeugdlink.routing.toewijzing.domain.OngeldigeToewijzing;
import nl.jeugdlink.routing.toewijzing.domain.Overtreding;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingsopdracht;
import org.jspecify.annotations.Nullable;

/**
 * The youth protector's bepaling jeugdhulp (301 steps 1-3), checked against the municipality's contract register when made, and the
 * designated official's approval of care outside the contracts. Stored with the casus; who may is decided before.
 */
public class DeterminingCare {

    private final Casussen casussen;
    private final Contractering contractering;
    private final Clock clock;

    public DeterminingCare(Casussen casussen, Contractering contractering, Clock clock) {
        this.casussen = casussen;
        this.contractering = contractering;
        this.clock = clock;
    }

    /**
     * @param lokaalTeamGeraadpleegdOp 301 step 1, the consultation with the local team; null when not recorded
     * @param woonplaatsbeginselGemeente the municipality the woonplaatsbeginsel makes responsible (CBS code with GM); null: the casus's
     * @param gi the youth protector making it and its GI; null when the local team makes it
     * @throws OngeldigeToewijzing with every rule of the care and of the bepaling broken, at once
     */
    public Bepaling bepaal(String casusId, Toewijzingsopdracht.ParameterChecks zorgInvoer, @Nullable List<LocalDate> evaluatiemomenten,
            @Nullable LocalDate verwezenNaarLokaalTeamOp, @Nullable LocalDate lokaalTeamGeraadpleegdOp, @Nullable String woonplaatsbeginselGemeente,
            String door, Bepaling.@Nullable Gi gi) {
        Casus casus = casussen.find(casusId).orElseThrow(() -> new CasusOnbekend(casusId));
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
                clock.instant(), door, null, verantwoordelijk, lokaalTeamGeraadpleegdOp, gi);
        casussen.wijzig(casusId, actueel -> List.of(actueel.bepaal(bepaling))).orElseThrow(() -> new CasusOnbekend(casusId));
        return bepaling;
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
