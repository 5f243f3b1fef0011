package nl.jeugdlink.jbt.verzoek.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TafelmomentTest {

    private static final LocalDate DINSDAG = LocalDate.of(2031, 3, 4);

    private static Tafelmoment moment(int capaciteit, List<String> verzoekIds, Map<String, Integer> plaatsen) {
        return new Tafelmoment("foodvalley", DINSDAG, LocalTime.of(9, 0), capaciteit, verzoekIds, Duration.ofMinutes(45), plaatsen);
    }

    @Test
    void eachTalkOfAMomentBeginsOneTalkLengthAfterThePrevious() {
        var m = moment(3, List.of("a", "b"), Map.of("a", 0, "b", 1));

        assertThat(m.tijdsloten()).containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 45), LocalTime.of(10, 30));
        assertThat(m.tijdstipVan("b")).contains(LocalTime.of(9, 45));
        assertThat(m.kiesPlaats("c", null)).contains(2);
    }

    @Test
    void theChairMayNameAFreeTimeOfTheMomentAndTheFirstFreePlaceFillsTheGapBeforeIt() {
        var m = moment(3, List.of("a"), Map.of("a", 0));

        assertThat(m.kiesPlaats("b", LocalTime.of(10, 30))).contains(2);
        var na = moment(3, List.of("a", "b"), Map.of("a", 0, "b", 2));
        assertThat(na.vrijePlaatsen()).containsExactly(1);
        assertThat(na.kiesPlaats("c", null)).contains(1);
    }

    @Test
    void aTimeThatIsNoTalkOfTheMomentIsRefusedNamingTijdstip() {
        var m = moment(3, List.of(), Map.of());

        assertThatThrownBy(() -> m.kiesPlaats("a", LocalTime.of(9, 30))).isInstanceOfSatisfying(OngeldigVerzoek.class, e -> {
            assertThat(e.gebreken()).extracting(Formulier.Gebrek::veld, Formulier.Gebrek::regel).containsExactly(org.assertj.core.groups.Tuple.tuple("tijdstip", "tijdslot"));
            assertThat(e.gebreken().getFirst().uitleg()).contains("09:00, 09:45, 10:30");
        });
        // Past the capacity: the moment has no fourth talk.
        assertThatThrownBy(() -> m.kiesPlaats("a", LocalTime.of(11, 15))).isInstanceOf(OngeldigVerzoek.class);
    }

    @Test
    void aTimeAnotherRequestHoldsIsRefusedAsTaken() {
        var m = moment(3, List.of("a"), Map.of("a", 1));

        assertThatThrownBy(() -> m.kiesPlaats("b", LocalTime.of(9, 45))).isInstanceOfSatisfying(Regelschending.class,
                e -> assertThat(e.gebreken().getFirst().regel()).isEqualTo("tijdstipBezet"));
        // Asking again for the request that holds it is no change.
        assertThat(m.kiesPlaats("a", LocalTime.of(9, 0))).contains(1);
    }

    @Test
    void aFullMomentHasNoPlaceAndAClosedOneNoTalks() {
        assertThat(moment(2, List.of("a", "b"), Map.of("a", 0, "b", 1)).kiesPlaats("c", null)).isEmpty();
        assertThat(moment(2, List.of("a", "b"), Map.of("a", 0, "b", 1)).heeftRuimte()).isFalse();
        assertThat(moment(0, List.of(), Map.of()).heeftRuimte()).isFalse();
    }

    @Test
    void requestsPlannedBeforePlacesWereKeptHoldTheFirstPlacesNoOneNamed() {
        // "oud1" and "oud2" were planned before places were kept; "nieuw" named the first talk.
        var m = moment(4, List.of("oud1", "nieuw", "oud2"), Map.of("nieuw", 0));

        assertThat(m.bezettePlaatsen()).containsEntry("nieuw", 0).containsEntry("oud1", 1).containsEntry("oud2", 2);
        assertThat(m.vrijePlaatsen()).containsExactly(3);
        assertThat(m.kiesPlaats("c", null)).contains(3);
    }

    @Test
    void aChairWhoLowersTheCapacityKeepsThePlacesTakenButGivesNoNewOne() {
        var m = moment(1, List.of("a"), Map.of("a", 2));

        assertThat(m.vrijePlaatsen()).containsExactly(0);
        assertThat(m.heeftRuimte()).isFalse();
        assertThat(m.tijdstipVan("a")).contains(LocalTime.of(10, 30));
    }

    @Test
    void aTalkEndsOneTalkLengthAfterItBegins() {
        var m = moment(3, List.of("a", "b"), Map.of("a", 0, "b", 2));

        assertThat(m.eindeVan("a")).contains(LocalTime.of(9, 45));
        assertThat(m.eindeVan("b")).contains(LocalTime.of(11, 15));
        assertThat(m.eindeVan("c")).isEmpty();
    }

    @Test
    void aPlannedTalkMovesToAFreeTimeOfItsMomentNotToATakenOneOrOneThatIsNoTalk() {
        var m = moment(3, List.of("a", "b"), Map.of("a", 0, "b", 1));

        assertThat(m.plaatsOm("a", LocalTime.of(10, 30))).isEqualTo(2);
        assertThat(m.plaatsOm("a", LocalTime.of(9, 0))).isZero();
        assertThatThrownBy(() -> m.plaatsOm("a", LocalTime.of(9, 45))).isInstanceOfSatisfying(Regelschending.class,
                e -> assertThat(e.getMessage()).contains("al een ander verzoek"));
        assertThatThrownBy(() -> m.plaatsOm("a", LocalTime.of(10, 0))).isInstanceOf(OngeldigVerzoek.class);
    }
}
