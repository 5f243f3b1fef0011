package nl.jeugdlink.casus.casus.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Risk assessments and the safety plan's versions, without Spring or a store. */
class VeiligheidTest {

    private static final Instant NU = Instant.parse("2027-01-12T15:30:00Z");
    private static final LocalDate VANDAAG = LocalDate.parse("2027-01-12");

    static Casus casus() {
        return Casus.open(new Casus.Screening(UUID.randomUUID().toString(), "GM0228", "JEUGDLINK", "SOCIAAL_TEAM", "st-0042", "gw-1", "tl-1",
                List.of(new Casus.Koppeling("vt-0107", Expertise.VEILIG_THUIS)), List.of(new Kind(UUID.randomUUID().toString(), Leeftijdscategorie.ONDER_4)),
                true, NU.minusSeconds(86_400 * 30)), NU.minusSeconds(86_400 * 30)).casus();
    }

    static Veiligheidsplan.Concept concept(int kindOuder, int kindProfessional) {
        return new Veiligheidsplan.Concept(
                new Veiligheidsplan.Inhoud("Oma past op", "Ruzies 's avonds", "Rust in huis", "Vader slaapt elders", "Relatietherapie",
                        List.of(new Veiligheidsplan.Taak("Oma belt dagelijks", "oma Jansen", "06-12345678")),
                        new Veiligheidsplan.Toezicht("st-0017", "0318-123456"), "wekelijks", "Melding bij Veilig Thuis"),
                new Veiligheidsplan.Schaal(kindOuder, kindProfessional, "toelichting kind"), new Veiligheidsplan.Schaal(5, 4, "toelichting ouders"),
                VANDAAG, VANDAAG.plusMonths(3), VANDAAG.plusWeeks(4),
                List.of(new Veiligheidsplan.Ondertekening("moeder", Veiligheidsplan.Ondertekenaar.OUDER, VANDAAG),
                        new Veiligheidsplan.Ondertekening("st-0017", Veiligheidsplan.Ondertekenaar.HULPVERLENER, VANDAAG)));
    }

    @Test
    void aNewVersionOfTheSafetyPlanKeepsTheOldOneAndBecomesTheCurrent() {
        Casus casus = casus();

        var eerste = casus.stelVeiligheidsplanVast(concept(3, 3), "st-0017", NU);
        var tweede = casus.stelVeiligheidsplanVast(concept(6, 5), "st-0017", NU.plusSeconds(60));

        assertThat(eerste).singleElement().isInstanceOfSatisfying(CasusEvent.VeiligheidsplanVastgesteld.class,
                e -> assertThat(e.plan().versie()).isEqualTo(1));
        assertThat(tweede).singleElement().isInstanceOf(CasusEvent.VeiligheidsplanVastgesteld.class);
        assertThat(casus.veiligheidsplannen()).extracting(p -> p.versie() + ":" + p.veiligheidKind().scoreOuder()).containsExactly("1:3", "2:6");
        assertThat(casus.huidigVeiligheidsplan()).hasValueSatisfying(p -> assertThat(p.versie()).isEqualTo(2));
    }

    @Test
    void aSafetyPlanReportsEveryBrokenRuleAtOnce() {
        Casus casus = casus();
        var c = concept(11, -1);
        var fout = new Veiligheidsplan.Concept(c.inhoud(), c.veiligheidKind(), c.veiligheidOuders(), VANDAAG, VANDAAG.minusDays(1), VANDAAG.plusYears(1),
                List.of(new Veiligheidsplan.Ondertekening("st-0017", Veiligheidsplan.Ondertekenaar.HULPVERLENER, VANDAAG)));

        assertThatThrownBy(() -> casus.stelVeiligheidsplanVast(fout, "st-0017", NU)).isInstanceOfSatisfying(OngeldigeInvoer.class,
                e -> assertThat(e.alle()).extracting(w -> w.veld() + ":" + w.regel()).containsExactlyInAnyOrder(
                        "veiligheidKind.scoreOuder:schaal0tot10", "veiligheidKind.scoreProfessional:schaal0tot10", "geldigTot:naGeldigVan",
                        "eersteEvaluatie:binnenGeldigheid", "ondertekeningen:ondertekendDoorOuder"));
        assertThat(casus.veiligheidsplannen()).isEmpty();
    }

    @Test
    void aRiskAssessmentIsRecordedOnceDoneAndNeverShowsItsOutcomeInText() {
        Casus casus = casus();

        var taxatie = casus.legRisicotaxatieVast(Risicotaxatie.Instrument.ARIJ, "Hoog risico op herhaling", VANDAAG, "vt-0107", "st-0017", NU);

        assertThat(casus.risicotaxaties()).containsExactly(taxatie);
        assertThat(taxatie.toString()).doesNotContain("herhaling");
        assertThatThrownBy(() -> casus.legRisicotaxatieVast(Risicotaxatie.Instrument.LIRIK, "x", VANDAAG.plusDays(2), "vt-0107", "st-0017", NU))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.regel()).isEqualTo("pastOrPresent"));
    }
}
