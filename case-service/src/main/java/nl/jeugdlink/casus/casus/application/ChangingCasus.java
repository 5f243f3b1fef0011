package nl.jeugdlink.casus.casus.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import nl.jeugdlink.casus.casus.domain.Afsluiting;
import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.CasusEvent;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.CasusOnbekend;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.casus.casus.domain.Expertise;
import nl.jeugdlink.casus.casus.domain.Grondslag;
import nl.jeugdlink.casus.casus.domain.GwMoment;
import nl.jeugdlink.casus.casus.domain.TeamRol;
import org.jspecify.annotations.Nullable;

/**
 * The work on an open casus: regie, team, conversations, GW moments, plan, help and closure. Each
 * command is one write of the casus with its events; {@code door} is the person from the token.
 */
public class ChangingCasus {

    /** The changed casus and the events the change published. */
    public record Resultaat(Casus casus, List<CasusEvent> events) {
    }

    private final Casussen casussen;
    private final Clock clock;

    public ChangingCasus(Casussen casussen, Clock clock) {
        this.casussen = casussen;
        this.clock = clock;
    }

    public Resultaat koppelRegisseur(CasusId id, String regisseurId, String door) {
        return wijzig(id, (casus, nu) -> casus.koppelRegisseur(regisseurId, door, nu));
    }

    public Resultaat voegTeamlidToe(CasusId id, String medewerkerId, TeamRol rol, @Nullable Expertise expertise, Grondslag grondslag) {
        return wijzig(id, (casus, nu) -> {
            casus.voegTeamlidToe(medewerkerId, rol, expertise, grondslag, nu);
            return List.of();
        });
    }

    public Resultaat beeindigTeamlidmaatschap(CasusId id, String medewerkerId) {
        return wijzig(id, (casus, nu) -> {
            casus.beeindigTeamlidmaatschap(medewerkerId, nu);
            return List.of();
        });
    }

    public Resultaat legGesprekVast(CasusId id, Casus.NieuwGesprek gesprek, String door) {
        return wijzig(id, (casus, nu) -> casus.legGesprekVast(gesprek, door, nu));
    }

    public Resultaat legGwMomentVast(CasusId id, GwMoment.Soort moment, String gedragswetenschapperId, LocalDate datum) {
        return wijzig(id, (casus, nu) -> {
            casus.legGwMomentVast(moment, gedragswetenschapperId, datum, nu);
            return List.of();
        });
    }

    public Resultaat stelPlanVast(CasusId id, Instant vastgesteldOp, String door) {
        return wijzig(id, (casus, nu) -> casus.stelPlanVast(vastgesteldOp, door, nu));
    }

    public Resultaat zetHulpIn(CasusId id, Instant ingezetOp, String door) {
        return wijzig(id, (casus, nu) -> casus.zetHulpIn(ingezetOp, door, nu));
    }

    public Resultaat sluitAf(CasusId id, Afsluiting.Reden reden, String door) {
        return wijzig(id, (casus, nu) -> casus.sluitAf(reden, door, nu));
    }

    private interface Commando {
        List<CasusEvent> voerUit(Casus casus, Instant nu);
    }

    private Resultaat wijzig(CasusId id, Commando commando) {
        // A retry after a concurrent write runs the command again; only the last run's events count.
        AtomicReference<List<CasusEvent>> laatste = new AtomicReference<>(List.of());
        Function<Casus, List<CasusEvent>> wijziging = casus -> {
            laatste.set(commando.voerUit(casus, clock.instant()));
            return laatste.get();
        };
        Casus casus = casussen.wijzig(id, wijziging).orElseThrow(() -> new CasusOnbekend("Geen casus met id " + id));
        return new Resultaat(casus, laatste.get());
    }
}
