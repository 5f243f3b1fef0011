package nl.jeugdlink.casus.casus.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import nl.jeugdlink.casus.casus.domain.Afsluiting;
import nl.jeugdlink.casus.casus.domain.Afsluitformulier;
import nl.jeugdlink.casus.casus.domain.Overdracht;
import nl.jeugdlink.casus.casus.domain.Plan;
import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.CasusEvent;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.CasusOnbekend;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.casus.casus.domain.Dossieritem;
import nl.jeugdlink.casus.casus.domain.Evaluatie;
import nl.jeugdlink.casus.casus.domain.Evaluatieschema;
import nl.jeugdlink.casus.casus.domain.Expertise;
import nl.jeugdlink.casus.casus.domain.Grondslag;
import nl.jeugdlink.casus.casus.domain.GwMoment;
import nl.jeugdlink.casus.casus.domain.Inzagebeleid;
import nl.jeugdlink.casus.casus.domain.Medewerker;
import nl.jeugdlink.casus.casus.domain.Risicotaxatie;
import nl.jeugdlink.casus.casus.domain.Startoverleg;
import nl.jeugdlink.casus.casus.domain.TeamRol;
import nl.jeugdlink.casus.casus.domain.Veiligheidsplan;
import nl.jeugdlink.casus.casus.domain.Werklijsten;
import nl.jeugdlink.casus.casus.domain.Werklijstregel;
import org.jspecify.annotations.Nullable;

/**
 * The work on an open casus: regie, team, conversations, GW moments, plan, help and closure. Each
 * command is one write of the casus with its events; {@code door} is the person from the token, who
 * must be involved in the casus (need-to-know, ADR 0017). That is decided inside the change, on the
 * copy it loaded: someone taken off the team a moment before cannot slip one change in between a
 * check and the write, and the casus is read once per change.
 */
public class ChangingCasus {

    /** The changed casus and the events the change published. */
    public record Resultaat(Casus casus, List<CasusEvent> events) {
    }

    private final Casussen casussen;
    private final Werklijsten werklijsten;
    private final Evaluatieschema evaluatieschema;
    private final Clock clock;

    public ChangingCasus(Casussen casussen, Werklijsten werklijsten, Clock clock) {
        this(casussen, werklijsten, Evaluatieschema.standaard(), clock);
    }

    public ChangingCasus(Casussen casussen, Werklijsten werklijsten, Evaluatieschema evaluatieschema, Clock clock) {
        this.casussen = casussen;
        this.werklijsten = werklijsten;
        this.evaluatieschema = evaluatieschema;
        this.clock = clock;
    }

    public Resultaat legEvaluatieVast(CasusId id, int maanden, LocalDate gehoudenOp, Evaluatie.Vervolg vervolg, Medewerker door) {
        return wijzig(id, door, (casus, nu) -> casus.legEvaluatieVast(maanden, gehoudenOp, vervolg, evaluatieschema, door.id(), nu));
    }

    public Resultaat legEvaluatieverslagVast(CasusId id, String evaluatieId, String verslag, Medewerker door) {
        return wijzig(id, door, (casus, nu) -> casus.legEvaluatieverslagVast(evaluatieId, verslag, door.id(), nu));
    }

    public Resultaat koppelRegisseur(CasusId id, String regisseurId, Overdracht.@Nullable Verslag overdracht, Medewerker door) {
        return wijzig(id, door, (casus, nu) -> casus.koppelRegisseur(regisseurId, overdracht, door.id(), nu));
    }

    public Resultaat voegTeamlidToe(CasusId id, String medewerkerId, TeamRol rol, @Nullable Expertise expertise, Grondslag grondslag, Medewerker door) {
        return wijzig(id, door, (casus, nu) -> {
            casus.voegTeamlidToe(medewerkerId, rol, expertise, grondslag, nu);
            return List.of();
        });
    }

    public Resultaat beeindigTeamlidmaatschap(CasusId id, String medewerkerId, Medewerker door) {
        return wijzig(id, door, (casus, nu) -> {
            casus.beeindigTeamlidmaatschap(medewerkerId, nu);
            return List.of();
        });
    }

    public Resultaat legGesprekVast(CasusId id, Casus.NieuwGesprek gesprek, Medewerker door) {
        return wijzig(id, door, (casus, nu) -> casus.legGesprekVast(gesprek, door.id(), nu));
    }

    public Resultaat legGwMomentVast(CasusId id, GwMoment.Soort moment, String gedragswetenschapperId, LocalDate datum, Medewerker door) {
        return wijzig(id, door, (casus, nu) -> {
            casus.legGwMomentVast(moment, gedragswetenschapperId, datum, nu);
            return List.of();
        });
    }

    public Resultaat stelPlanVast(CasusId id, Instant vastgesteldOp, List<Plan.NieuwDoel> doelen, Plan.Akkoord akkoord, Medewerker door) {
        return wijzig(id, door, (casus, nu) -> casus.stelPlanVast(vastgesteldOp, doelen, akkoord, door.id(), nu));
    }

    public Resultaat zetDoelstatus(CasusId id, String doelId, Plan.Status status, Medewerker door) {
        return wijzig(id, door, (casus, nu) -> {
            casus.zetDoelstatus(doelId, status);
            return List.of();
        });
    }

    public Resultaat zetHulpIn(CasusId id, Instant ingezetOp, Medewerker door) {
        return wijzig(id, door, (casus, nu) -> casus.zetHulpIn(ingezetOp, door.id(), nu));
    }

    public Resultaat legRisicotaxatieVast(CasusId id, Risicotaxatie.Instrument instrument, String uitkomst, LocalDate datum, String uitgevoerdDoor,
            Medewerker door) {
        return wijzig(id, door, (casus, nu) -> {
            casus.legRisicotaxatieVast(instrument, uitkomst, datum, uitgevoerdDoor, door.id(), nu);
            return List.of();
        });
    }

    public Resultaat stelVeiligheidsplanVast(CasusId id, Veiligheidsplan.Concept concept, Medewerker door) {
        return wijzig(id, door, (casus, nu) -> casus.stelVeiligheidsplanVast(concept, door.id(), nu));
    }

    public Resultaat legDossieritemVast(CasusId id, Dossieritem.Bron bron, Dossieritem.Aard aard, String tekst, @Nullable String kindId,
            @Nullable String gesprekId, Medewerker door) {
        return wijzig(id, door, (casus, nu) -> {
            casus.legDossieritemVast(bron, aard, tekst, kindId, gesprekId, door.id(), nu);
            return List.of();
        });
    }

    public Resultaat legStartoverlegVast(CasusId id, Startoverleg.Inhoud inhoud, Medewerker door) {
        return wijzig(id, door, (casus, nu) -> {
            casus.legStartoverlegVast(inhoud, door.id(), nu);
            return List.of();
        });
    }

    public Resultaat sluitAf(CasusId id, Afsluiting.Reden reden, Afsluitformulier formulier, Medewerker door) {
        return wijzig(id, door, (casus, nu) -> casus.sluitAf(reden, formulier, door.id(), nu));
    }

    private interface Commando {
        List<CasusEvent> voerUit(Casus casus, Instant nu);
    }

    /**
     * @throws nl.jeugdlink.casus.casus.domain.GeenInzage when {@code door} is not involved in the casus as loaded; nothing is stored
     */
    private Resultaat wijzig(CasusId id, Medewerker door, Commando commando) {
        // A retry after a concurrent write runs the command again; only the last run's events count.
        AtomicReference<List<CasusEvent>> laatste = new AtomicReference<>(List.of());
        AtomicReference<Map<String, Werklijstregel>> regelsVoor = new AtomicReference<>(Map.of());
        Function<Casus, List<CasusEvent>> wijziging = casus -> {
            // On every run, so a retry after a concurrent write decides again on the fresh copy.
            Inzagebeleid.eisInzage(casus.betrokkenen(), door);
            regelsVoor.set(Werklijstregel.van(casus));
            laatste.set(commando.voerUit(casus, clock.instant()));
            return laatste.get();
        };
        Casus casus = casussen.wijzig(id, wijziging).orElseThrow(() -> new CasusOnbekend("Geen casus met id " + id));
        // The read model follows the stored casus: only the lines this change altered are written (see Werklijsten).
        werklijsten.werkBij(id, regelsVoor.get(), Werklijstregel.van(casus));
        return new Resultaat(casus, laatste.get());
    }
}
