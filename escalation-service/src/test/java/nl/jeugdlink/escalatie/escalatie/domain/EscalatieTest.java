package nl.jeugdlink.escalatie.escalatie.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The escalation model of seed 002 Bouwsteen 6, rule by rule, in memory. */
class EscalatieTest {

    private static final Instant NU = Instant.parse("2026-06-01T08:00:00Z");

    private static Escalatie open(Situatie situatie) {
        return Escalatie.open("e-1", "c-1", "a-1", "GM0228", situatie, Set.of(Partij.LOKAAL_TEAM, Partij.GECERTIFICEERDE_INSTELLING),
                "regisseur-ede", Functie.PROFESSIONAL, NU).escalatie();
    }

    @Test
    void aDilemmaGoesThroughTheBehaviouralScientistsThenTheManagersAndEndsResolved() {
        Escalatie e = open(Situatie.PROFESSIONEEL_DILEMMA);
        e = e.zetStap(1, "regisseur-ede", Functie.PROFESSIONAL, false, NU).escalatie();
        assertThat(e.stand()).isEqualTo(Escalatie.Stand.STAP_LOOPT);
        e = e.rondStapAf(1, Uitkomst.GEESCALEERD, "gw-ede", Functie.GEDRAGSWETENSCHAPPER, NU.plusSeconds(3600)).escalatie();
        var gezet = e.zetStap(2, "gw-ede", Functie.GEDRAGSWETENSCHAPPER, false, NU.plusSeconds(7200));
        assertThat(gezet.events()).singleElement().isInstanceOf(EscalatieEvent.StapGezet.class);
        e = gezet.escalatie().rondStapAf(2, Uitkomst.OPGELOST, "teamleider-ede", Functie.LEIDINGGEVENDE, NU.plusSeconds(9000)).escalatie();

        assertThat(e.stand()).isEqualTo(Escalatie.Stand.OPGELOST);
        assertThat(e.stappen()).extracting(Stap::nummer, Stap::uitkomst)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, Uitkomst.GEESCALEERD), org.assertj.core.groups.Tuple.tuple(2, Uitkomst.OPGELOST));
        Escalatie opgelost = e;
        assertThatThrownBy(() -> opgelost.zetStap(3, "teamleider-ede", Functie.LEIDINGGEVENDE, true, NU))
                .isInstanceOf(Escalatieregel.class).extracting("regel").isEqualTo("opgelost");
    }

    @Test
    void situationsTwoAndThreeStartAtStepTwoAndNeverTakeStepOne() {
        Escalatie drie = open(Situatie.NALATEND_OF_ZORGWEKKEND_HANDELEN);
        assertThatThrownBy(() -> drie.zetStap(1, "regisseur-ede", Functie.PROFESSIONAL, false, NU))
                .isInstanceOf(Escalatieregel.class).extracting("regel").isEqualTo("stap-1-alleen-bij-dilemma");

        Escalatie gezet = drie.zetStap(2, "regisseur-ede", Functie.PROFESSIONAL, false, NU).escalatie();
        assertThat(gezet.laatsteStap().nummer()).isEqualTo(2);
    }

    @Test
    void aDilemmaDoesNotSkipStepOneAndStepsRunOneAtATime() {
        Escalatie dilemma = open(Situatie.PROFESSIONEEL_DILEMMA);
        assertThatThrownBy(() -> dilemma.zetStap(2, "gw-ede", Functie.GEDRAGSWETENSCHAPPER, false, NU))
                .isInstanceOf(Escalatieregel.class).extracting("regel").isEqualTo("volgorde");
        Escalatie loopt = dilemma.zetStap(1, "regisseur-ede", Functie.PROFESSIONAL, false, NU).escalatie();
        assertThatThrownBy(() -> loopt.zetStap(2, "gw-ede", Functie.GEDRAGSWETENSCHAPPER, false, NU))
                .isInstanceOf(Escalatieregel.class).extracting("regel").isEqualTo("stap-loopt");
        assertThatThrownBy(() -> loopt.rondStapAf(2, Uitkomst.OPGELOST, "gw-ede", Functie.GEDRAGSWETENSCHAPPER, NU))
                .isInstanceOf(Escalatieregel.class).extracting("regel").isEqualTo("geen-lopende-stap");
    }

    @Test
    void stepOneIsTakenByTheProfessionalStepTwoNotByAManagerStepThreeOnlyByAManager() {
        Escalatie dilemma = open(Situatie.PROFESSIONEEL_DILEMMA);
        assertThatThrownBy(() -> dilemma.zetStap(1, "gw-ede", Functie.GEDRAGSWETENSCHAPPER, false, NU)).isInstanceOf(NietAanZet.class);

        Escalatie twee = open(Situatie.SAMENWERKING_NIET_VOLGENS_AFSPRAKEN);
        assertThatThrownBy(() -> twee.zetStap(2, "teamleider-ede", Functie.LEIDINGGEVENDE, false, NU)).isInstanceOf(NietAanZet.class);
        Escalatie mislukt = twee.zetStap(2, "regisseur-ede", Functie.PROFESSIONAL, false, NU).escalatie()
                .rondStapAf(2, Uitkomst.GEESCALEERD, "teamleider-ede", Functie.LEIDINGGEVENDE, NU).escalatie();

        assertThatThrownBy(() -> mislukt.zetStap(3, "regisseur-ede", Functie.PROFESSIONAL, true, NU))
                .isInstanceOf(NietAanZet.class).hasMessageContaining("Stap 3").hasMessageContaining("manager of directeur");
        assertThatThrownBy(() -> mislukt.zetStap(3, "teamleider-ede", Functie.LEIDINGGEVENDE, false, NU))
                .isInstanceOf(Escalatieregel.class).extracting("regel").isEqualTo("ambtelijke-laag");
        Escalatie bestuurlijk = mislukt.zetStap(3, "teamleider-ede", Functie.LEIDINGGEVENDE, true, NU).escalatie();
        assertThatThrownBy(() -> bestuurlijk.rondStapAf(3, Uitkomst.GEESCALEERD, "teamleider-ede", Functie.LEIDINGGEVENDE, NU))
                .isInstanceOf(Escalatieregel.class).extracting("regel").isEqualTo("hoogste-stap");
    }

    @Test
    void stepThreeComesOnlyAfterAFailedStepTwo() {
        Escalatie twee = open(Situatie.SAMENWERKING_NIET_VOLGENS_AFSPRAKEN);
        assertThatThrownBy(() -> twee.zetStap(3, "teamleider-ede", Functie.LEIDINGGEVENDE, true, NU))
                .isInstanceOf(Escalatieregel.class).extracting("regel").isEqualTo("volgorde");
    }

    @Test
    void theFamilyIsInformedBeforehandOrAfterwardsWithAnExplanationThatStaysHere() {
        Escalatie e = open(Situatie.PROFESSIONEEL_DILEMMA).zetStap(1, "regisseur-ede", Functie.PROFESSIONAL, false, NU).escalatie();
        assertThatThrownBy(() -> e.informeerGezin(Gezinsinformatie.Moment.ACHTERAF, " ", "regisseur-ede", Functie.PROFESSIONAL, NU))
                .isInstanceOf(Escalatieregel.class).extracting("regel").isEqualTo("uitleg-achteraf");
        assertThatThrownBy(() -> e.informeerGezin(Gezinsinformatie.Moment.VOORAF, null, "gw-ede", Functie.GEDRAGSWETENSCHAPPER, NU))
                .isInstanceOf(NietAanZet.class);

        var gedaan = e.informeerGezin(Gezinsinformatie.Moment.ACHTERAF, "Na het overleg gebeld", "regisseur-ede", Functie.PROFESSIONAL, NU);
        assertThat(gedaan.escalatie().gezin()).singleElement().satisfies(g -> {
            assertThat(g.stap()).isEqualTo(1);
            assertThat(g.uitleg()).isEqualTo("Na het overleg gebeld");
        });
        assertThat(gedaan.events()).singleElement().isInstanceOf(EscalatieEvent.GezinGeinformeerd.class);
    }

    @Test
    void minutesAreApprovedWhenEveryParticipantsLatestReactionIsAnApproval() {
        Escalatie e = open(Situatie.PROFESSIONEEL_DILEMMA).zetStap(1, "regisseur-ede", Functie.PROFESSIONAL, false, NU).escalatie();
        assertThatThrownBy(() -> e.stelVerslagOp("v-1", 2, LocalDate.parse("2026-06-02"), List.of("a"), "tekst", "regisseur-ede", NU))
                .isInstanceOf(Escalatieregel.class).extracting("regel").isEqualTo("stap-niet-gezet");
        Escalatie metVerslag = e.stelVerslagOp("v-1", 1, LocalDate.parse("2026-06-02"), List.of("regisseur-ede", "gw-ede"), "tekst", "regisseur-ede", NU)
                .escalatie();

        assertThatThrownBy(() -> metVerslag.reageerOpVerslag("v-1", "buitenstaander", true, null, NU)).isInstanceOf(NietAanZet.class);
        var bezwaar = metVerslag.reageerOpVerslag("v-1", "gw-ede", false, "Mijn advies ontbreekt", NU);
        assertThat(bezwaar.events()).isEmpty();
        var een = bezwaar.escalatie().reageerOpVerslag("v-1", "regisseur-ede", true, null, NU);
        assertThat(een.events()).isEmpty();
        assertThat(een.escalatie().verslag("v-1").bezwaren()).containsExactly("gw-ede");
        var allen = een.escalatie().reageerOpVerslag("v-1", "gw-ede", true, null, NU.plusSeconds(60));

        assertThat(allen.events()).singleElement().isInstanceOf(EscalatieEvent.VerslagGoedgekeurd.class);
        assertThat(allen.escalatie().verslag("v-1").goedgekeurdOp()).isEqualTo(NU.plusSeconds(60));
        assertThatThrownBy(() -> allen.escalatie().reageerOpVerslag("v-1", "gw-ede", false, "toch niet", NU))
                .isInstanceOf(Escalatieregel.class).extracting("regel").isEqualTo("al-goedgekeurd");
    }

    @Test
    void onlyAProfessionalOpensAnEscalation() {
        assertThatThrownBy(() -> Escalatie.open("e-1", "c-1", "a-1", "GM0228", Situatie.PROFESSIONEEL_DILEMMA, Set.of(Partij.LOKAAL_TEAM),
                "teamleider-ede", Functie.LEIDINGGEVENDE, NU)).isInstanceOf(NietAanZet.class);
    }

    @Test
    void theLearningReportCountsStepsWithApprovedMinutesInThePeriodPerSituationAndStep() {
        Escalatie dilemma = open(Situatie.PROFESSIONEEL_DILEMMA).zetStap(1, "r", Functie.PROFESSIONAL, false, NU).escalatie()
                .stelVerslagOp("v-1", 1, LocalDate.parse("2026-06-01"), List.of("r"), "t", "r", NU).escalatie()
                .reageerOpVerslag("v-1", "r", true, null, NU.plusSeconds(10)).escalatie()
                .rondStapAf(1, Uitkomst.GEESCALEERD, "r", Functie.PROFESSIONAL, NU.plusSeconds(86_400 * 3)).escalatie()
                .zetStap(2, "r", Functie.PROFESSIONAL, false, NU.plusSeconds(86_400 * 3)).escalatie();
        Escalatie zonderGoedkeuring = open(Situatie.SAMENWERKING_NIET_VOLGENS_AFSPRAKEN).zetStap(2, "r", Functie.PROFESSIONAL, false, NU).escalatie()
                .stelVerslagOp("v-2", 2, LocalDate.parse("2026-06-01"), List.of("r", "s"), "t", "r", NU).escalatie();

        Leerverslag verslag = Leerverslag.uit(List.of(dilemma, zonderGoedkeuring), NU.minusSeconds(1), NU.plusSeconds(86_400 * 30), (van, tot) -> 3);

        assertThat(verslag.rijen()).singleElement().isEqualTo(new Leerverslag.Rij(Situatie.PROFESSIONEEL_DILEMMA, 1, 1, 0, 1, 0, 3.0, 3.0));
        assertThat(Leerverslag.uit(List.of(dilemma), NU.plusSeconds(100), NU.plusSeconds(200), (van, tot) -> 3).rijen()).isEmpty();
    }
}
