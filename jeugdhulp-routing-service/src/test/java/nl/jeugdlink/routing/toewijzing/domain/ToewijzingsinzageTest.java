package nl.jeugdlink.routing.toewijzing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingsinzage.Gemeentelijk;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingsinzage.Oordeel;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingsinzage.Zorgaanbieder;
import org.junit.jupiter.api.Test;

/** Who sees which toewijzing, one rule at a time, without Spring or a store. */
class ToewijzingsinzageTest {

    private static final String EDE = "GM0228";
    private static final Toewijzing AAN_EIGEN = new Toewijzing("t-1", 1, "98000011", null, LocalDate.parse("2026-12-01"), null, null, null,
            Instant.parse("2026-11-30T10:00:00Z"), "backoffice-ede");

    @Test
    void aCareProviderSeesAToewijzingAddressedToItsOwnAgbCodeWhateverMunicipality() {
        assertThat(Toewijzingsinzage.oordeel(new Zorgaanbieder("98000011"), AAN_EIGEN, EDE)).isEqualTo(Oordeel.TOEGESTAAN);
        assertThat(Toewijzingsinzage.oordeel(new Zorgaanbieder("98000011"), AAN_EIGEN, "GM0345")).isEqualTo(Oordeel.TOEGESTAAN);
    }

    @Test
    void theClientIsGivenByTheCasussOwnMunicipalityOrByOneABepalingMakesResponsibleAndByNoOther() {
        Set<String> edeVerantwoordelijk = Set.of(EDE);
        // Scherpenzeel's casus, Ede responsible under the woonplaatsbeginsel.
        assertThat(Toewijzingsinzage.weigeringVoorClient(new Gemeentelijk(Set.of("GM0279")), "GM0279", edeVerantwoordelijk)).isEmpty();
        assertThat(Toewijzingsinzage.weigeringVoorClient(new Gemeentelijk(Set.of(EDE)), "GM0279", edeVerantwoordelijk)).isEmpty();
        assertThat(Toewijzingsinzage.weigeringVoorClient(new Gemeentelijk(Set.of("GM0345")), "GM0279", edeVerantwoordelijk))
                .hasValueSatisfying(r -> assertThat(r).contains("GM0279").contains("verantwoordelijk"));
        // Without a bepaling naming another municipality only the casus's own.
        assertThat(Toewijzingsinzage.weigeringVoorClient(new Gemeentelijk(Set.of(EDE)), "GM0279", Set.of())).isPresent();
    }

    @Test
    void anotherCareProvidersToewijzingIsToItAsIfItDidNotExist() {
        assertThat(Toewijzingsinzage.oordeel(new Zorgaanbieder("98000022"), AAN_EIGEN, EDE)).isEqualTo(Oordeel.NIET_GEVONDEN);
    }

    @Test
    void aCareProviderWithoutAnAgbCodeSeesNothingAndCannotSearch() {
        for (String geen : new String[] {null, " "}) {
            var zonder = new Zorgaanbieder(geen);
            assertThat(Toewijzingsinzage.weigering(zonder)).hasValueSatisfying(r -> assertThat(r).contains("agb"));
            assertThat(Toewijzingsinzage.oordeel(zonder, AAN_EIGEN, EDE)).isEqualTo(Oordeel.GEWEIGERD);
            assertThatThrownBy(() -> Toewijzingsinzage.zoekvraag(zonder, null, 1, 50)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aCareProviderSearchesByItsAgbCodeOnlyAndIsRefusedACasusWithNothingForIt() {
        var zorgaanbieder = new Zorgaanbieder("98000011");

        assertThat(Toewijzingsinzage.zoekvraag(zorgaanbieder, "c-1", 2, 20)).isEqualTo(new Toewijzingen.Zoekvraag("98000011", null, "c-1", 2, 20));
        assertThat(Toewijzingsinzage.weigeringVoorCasus(zorgaanbieder, 0)).hasValue("geen toewijzing aan AGB-code 98000011 in deze casus");
        assertThat(Toewijzingsinzage.weigeringVoorCasus(zorgaanbieder, 1)).isEmpty();
    }

    @Test
    void backOfficeAndRegisseurSeeTheToewijzingenOfTheirOwnMunicipalitiesOnly() {
        var ede = new Gemeentelijk(Set.of(EDE));

        assertThat(Toewijzingsinzage.oordeel(ede, AAN_EIGEN, EDE)).isEqualTo(Oordeel.TOEGESTAAN);
        assertThat(Toewijzingsinzage.oordeel(ede, AAN_EIGEN, "GM0345")).isEqualTo(Oordeel.GEWEIGERD);
        assertThat(Toewijzingsinzage.weigeringVoorGemeente(ede, "GM0345")).hasValue("geen toegang tot gegevens van gemeente GM0345");
        assertThat(Toewijzingsinzage.weigeringVoorGemeente(ede, EDE)).isEmpty();
        assertThat(Toewijzingsinzage.zoekvraag(ede, null, 1, 50)).isEqualTo(new Toewijzingen.Zoekvraag(null, Set.of(EDE), null, 1, 50));
    }

    @Test
    void theMunicipalityTheWoonplaatsbeginselMadeResponsibleSeesTheToewijzingItAssignedInAnothersCasusAndNothingElseThere() {
        var barneveld = new Gemeentelijk(Set.of("GM0203"));
        Toewijzing doorBarneveld = AAN_EIGEN.doorGemeente("GM0203");

        assertThat(Toewijzingsinzage.oordeel(barneveld, doorBarneveld, EDE)).isEqualTo(Oordeel.TOEGESTAAN);
        assertThat(Toewijzingsinzage.oordeel(barneveld, AAN_EIGEN, EDE)).as("Ede's own in the same casus").isEqualTo(Oordeel.GEWEIGERD);
        assertThat(Toewijzingsinzage.oordeel(new Gemeentelijk(Set.of(EDE)), doorBarneveld, EDE)).as("the casus's municipality")
                .isEqualTo(Oordeel.TOEGESTAAN);
        assertThat(Toewijzingsinzage.weigeringVoorCasus(barneveld, EDE, 1)).isEmpty();
        assertThat(Toewijzingsinzage.weigeringVoorCasus(barneveld, EDE, 0)).hasValue("geen toegang tot gegevens van gemeente GM0228");
        assertThat(Toewijzingsinzage.weigeringVoorCasus(new Gemeentelijk(Set.of(EDE)), EDE, 0)).isEmpty();
    }
}
