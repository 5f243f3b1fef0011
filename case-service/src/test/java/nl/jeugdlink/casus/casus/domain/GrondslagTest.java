package nl.jeugdlink.casus.casus.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GrondslagTest {

    private static Grondslag.Afweging afweging(String subsidiariteit, boolean gezinGeinformeerd, String reden) {
        return new Grondslag.Afweging(subsidiariteit, "Het doel is veiligheid van de kinderen; alleen de zorgen worden gedeeld.",
                "De school ziet de kinderen dagelijks.", gezinGeinformeerd, reden);
    }

    @Test
    void aWeighingNamesAllThreeConsiderations() {
        assertThatThrownBy(() -> new Grondslag(Grondslag.Soort.AFWEGING, afweging(" ", true, null)))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.veld()).isEqualTo("grondslag.afweging.subsidiariteit"));
        assertThatThrownBy(() -> new Grondslag(Grondslag.Soort.AFWEGING, null))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.veld()).isEqualTo("grondslag.afweging"));
    }

    @Test
    void theFamilyIsToldUnlessAReasonNotToIsDocumented() {
        assertThatThrownBy(() -> new Grondslag(Grondslag.Soort.AFWEGING, afweging("Een gesprek alleen is niet genoeg.", false, null)))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.veld()).isEqualTo("grondslag.afweging.redenNietGeinformeerd"));

        var zonderInformeren = new Grondslag(Grondslag.Soort.AFWEGING,
                afweging("Een gesprek alleen is niet genoeg.", false, "Informeren brengt moeder in gevaar."));

        assertThat(zonderInformeren.omschrijving()).contains("niet geïnformeerd").doesNotContain("gevaar");
        assertThat(zonderInformeren.toString()).doesNotContain("gesprek alleen", "gevaar");
    }

    @Test
    void consentCarriesNoWeighing() {
        assertThat(Grondslag.toestemming().omschrijving()).isEqualTo("toestemming ouders bij de aanmelding");
        assertThatThrownBy(() -> new Grondslag(Grondslag.Soort.TOESTEMMING, afweging("x", true, null)))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.regel()).isEqualTo("alleenBijAfweging"));
    }
}
