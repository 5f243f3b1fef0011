package nl.jeugdlink.casus.casus.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.CasusEvent;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.casus.casus.domain.Expertise;
import nl.jeugdlink.casus.casus.domain.GeenInzage;
import nl.jeugdlink.casus.casus.domain.Kind;
import nl.jeugdlink.casus.casus.domain.Leeftijdscategorie;
import nl.jeugdlink.casus.casus.domain.Medewerker;
import nl.jeugdlink.casus.casus.domain.PlanMother;
import nl.jeugdlink.casus.casus.domain.TeamRol;
import nl.jeugdlink.casus.casus.domain.Werklijstregel;
import org.junit.jupiter.api.Test;

/**
 * Need-to-know is decided inside the change, on the copy it loaded (ADR 0017): a member taken off the
 * team by a write that lands between the change's load and its save is refused when the change runs
 * again on the fresh copy, and nothing is stored.
 */
class ChangingCasusTest {

    private static final Instant GESCREEND = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant NU = Instant.parse("2026-11-26T16:00:00Z");
    private static final Set<String> EDE = Set.of("GM0228");
    private static final Medewerker TEAMLEIDER = new Medewerker("tl-1", EDE);
    private static final Medewerker PROFESSIONAL = new Medewerker("vt-0107", EDE);

    private final InMemoryCasussen casussen = new InMemoryCasussen();
    private final InMemoryWerklijsten werklijsten = new InMemoryWerklijsten();
    private final ChangingCasus changing = new ChangingCasus(casussen, werklijsten, Clock.fixed(NU, ZoneOffset.UTC));

    @Test
    void aMemberOnTheTeamAsLoadedMakesTheChange() {
        CasusId id = casussen.open();

        var resultaat = changing.stelPlanVast(id, NU, PlanMother.doelen(), PlanMother.akkoord(java.time.LocalDate.parse("2026-11-26")), PROFESSIONAL);

        assertThat(resultaat.events()).singleElement().isInstanceOf(CasusEvent.PlanVastgesteld.class);
        assertThat(casussen.opgeslagen(id).plannen()).hasSize(1);
        assertThat(casussen.loads).isEqualTo(1);
    }

    @Test
    void aMemberRemovedByAWriteBetweenTheLoadAndTheSaveIsRefusedOnTheFreshCopyAndNothingIsStored() {
        CasusId id = casussen.open();
        // The teamleider ends the professional's period while the professional's change is under way:
        // that write wins the race, and the professional's change runs again on what it stored.
        casussen.tussendoor = () -> changing.beeindigTeamlidmaatschap(id, "vt-0107", TEAMLEIDER);

        assertThatThrownBy(() -> changing.stelPlanVast(id, NU, PlanMother.doelen(), PlanMother.akkoord(java.time.LocalDate.parse("2026-11-26")), PROFESSIONAL))
                .isInstanceOf(GeenInzage.class).hasMessageContaining("niet betrokken");

        Casus opgeslagen = casussen.opgeslagen(id);
        assertThat(opgeslagen.plannen()).isEmpty();
        assertThat(opgeslagen.team()).filteredOn(t -> t.medewerkerId().equals("vt-0107")).singleElement()
                .satisfies(t -> assertThat(t.actief()).isFalse());
    }

    @Test
    void someoneNotInvolvedIsRefusedBeforeTheCommandRunsAndWithoutASecondRead() {
        CasusId id = casussen.open();

        assertThatThrownBy(() -> changing.stelPlanVast(id, NU, PlanMother.doelen(), PlanMother.akkoord(java.time.LocalDate.parse("2026-11-26")), new Medewerker("st-onbekend", EDE)))
                .isInstanceOf(GeenInzage.class).hasMessageContaining("niet betrokken");
        assertThatThrownBy(() -> changing.stelPlanVast(id, NU, PlanMother.doelen(), PlanMother.akkoord(java.time.LocalDate.parse("2026-11-26")), new Medewerker("vt-0107", Set.of("GM0345"))))
                .isInstanceOf(GeenInzage.class).hasMessageContaining("GM0228");

        assertThat(casussen.opgeslagen(id).plannen()).isEmpty();
        assertThat(casussen.loads).isEqualTo(2);
    }

    @Test
    void theWorklistsFollowTheTeamAndAChangeWritesOnlyTheLinesItAltered() {
        CasusId id = casussen.open();
        werklijsten.werkBij(id, Map.of(), Werklijstregel.van(casussen.opgeslagen(id)));
        Werklijst werklijst = new Werklijst(werklijsten);

        changing.koppelRegisseur(id, "st-0017", null, TEAMLEIDER);
        int naKoppeling = werklijsten.geschreven;
        changing.stelPlanVast(id, NU, PlanMother.doelen(), PlanMother.akkoord(java.time.LocalDate.parse("2026-11-26")), PROFESSIONAL);
        changing.beeindigTeamlidmaatschap(id, "vt-0107", TEAMLEIDER);

        assertThat(eigen(werklijst, "st-0017")).singleElement().satisfies(r -> {
            assertThat(r.casusId()).isEqualTo(id);
            assertThat(r.rol()).isEqualTo(TeamRol.REGISSEUR);
            assertThat(r.regisseurId()).isEqualTo("st-0017");
        });
        assertThat(eigen(werklijst, "vt-0107")).isEmpty();
        assertThat(eigen(werklijst, "tl-1")).as("the teamleider's casussen are those of the team").isEmpty();
        assertThat(werklijst.lijst(new Werklijst.Vraag("tl-1", Werklijst.Betrokkenheid.TEAM, Werklijst.Status.OPEN, Set.of(), Set.of(),
                Werklijst.Sortering.GEOPEND_OP, false))).singleElement().satisfies(r -> assertThat(r.regisseurId()).isEqualTo("st-0017"));
        // The plan changed nothing a list shows; ending vt-0107's period took one line off one list.
        assertThat(werklijsten.geschreven - naKoppeling).isEqualTo(1);
    }

    @Test
    void theWorklistFiltersOnStatusAndSortsDescendingWhenAsked() {
        CasusId eerste = casussen.open();
        CasusId tweede = casussen.open();
        for (CasusId id : List.of(eerste, tweede)) {
            werklijsten.werkBij(id, Map.of(), Werklijstregel.van(casussen.opgeslagen(id)));
        }
        changing.legGwMomentVast(tweede, nl.jeugdlink.casus.casus.domain.GwMoment.Soort.VOORGENOMEN_AFSLUITING, "gw-1",
                java.time.LocalDate.parse("2026-11-25"), new Medewerker("gw-1", EDE));
        changing.sluitAf(tweede, nl.jeugdlink.casus.casus.domain.Afsluiting.Reden.DOELEN_BEHAALD,
                nl.jeugdlink.casus.casus.domain.AfsluitformulierMother.ingevuld(java.time.LocalDate.parse("2026-11-26")), TEAMLEIDER);
        Werklijst werklijst = new Werklijst(werklijsten);

        var open = werklijst.lijst(new Werklijst.Vraag("vt-0107", Werklijst.Betrokkenheid.EIGEN, Werklijst.Status.OPEN, Set.of(), Set.of(),
                Werklijst.Sortering.GEOPEND_OP, false));
        var alle = werklijst.lijst(new Werklijst.Vraag("vt-0107", Werklijst.Betrokkenheid.EIGEN, null, Set.of(TeamRol.JEUGDLINK_PROFESSIONAL),
                Set.of("GM0228"), Werklijst.Sortering.AFGESLOTEN_OP, true));

        assertThat(open).extracting(Werklijstregel::casusId).containsExactly(eerste);
        assertThat(alle).extracting(Werklijstregel::casusId).containsExactly(eerste, tweede);
    }

    private static List<Werklijstregel> eigen(Werklijst werklijst, String medewerkerId) {
        return werklijst.lijst(new Werklijst.Vraag(medewerkerId, Werklijst.Betrokkenheid.EIGEN, null, Set.of(), Set.of(), Werklijst.Sortering.GEOPEND_OP, false));
    }

    /**
     * Stores copies of the casus's state under a version, as the document store does: a save from a copy
     * whose version another write has passed loses, and the change runs again on the fresh copy.
     */
    private static final class InMemoryCasussen implements Casussen {

        private record Versie(Casus.Staat staat, int versie) {
        }

        private final Map<CasusId, Versie> opslag = new HashMap<>();
        /** A write that lands between the next change's load and its save, once. */
        Runnable tussendoor = () -> {
        };
        int loads;

        CasusId open() {
            var opening = Casus.open(new Casus.Screening(UUID.randomUUID().toString(), "GM0228", "JEUGDLINK", "SOCIAAL_TEAM", "st-verwijzer",
                    "gw-1", "tl-1", List.of(new Casus.Koppeling("vt-0107", Expertise.VEILIG_THUIS)),
                    List.of(new Kind(UUID.randomUUID().toString(), Leeftijdscategorie.ONDER_4)), true, GESCREEND), GESCREEND);
            add(opening.casus(), opening.events());
            return opening.casus().id();
        }

        /** The stored state, read past the counter: what the test looks at, not what the use case reads. */
        Casus opgeslagen(CasusId id) {
            return new Casus(opslag.get(id).staat());
        }

        @Override
        public boolean add(Casus casus, List<CasusEvent> events) {
            return opslag.putIfAbsent(casus.id(), new Versie(casus.staat(), 0)) == null;
        }

        @Override
        public Optional<Casus> find(CasusId id) {
            loads++;
            return Optional.ofNullable(opslag.get(id)).map(v -> new Casus(v.staat()));
        }

        @Override
        public java.util.stream.Stream<Casus> alle() {
            return opslag.values().stream().map(v -> new Casus(v.staat()));
        }

        @Override
        public Optional<Casus> wijzig(CasusId id, Function<Casus, List<CasusEvent>> wijziging) {
            for (int poging = 0; poging < 5; poging++) {
                Versie geladen = opslag.get(id);
                if (geladen == null) {
                    return Optional.empty();
                }
                loads++;
                Casus casus = new Casus(geladen.staat());
                wijziging.apply(casus);
                Runnable ander = tussendoor;
                tussendoor = () -> {
                };
                ander.run();
                if (opslag.get(id).versie() != geladen.versie()) {
                    continue; // lost the race: run the change again on the fresh copy
                }
                opslag.put(id, new Versie(casus.staat(), geladen.versie() + 1));
                return Optional.of(casus);
            }
            throw new IllegalStateException("every attempt lost its race");
        }
    }
}
