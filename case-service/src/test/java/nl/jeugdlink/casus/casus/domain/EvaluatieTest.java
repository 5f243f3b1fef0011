package nl.jeugdlink.casus.casus.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Evaluations at the region's moments, their minutes, and what the last moment asks before more help. */
class EvaluatieTest {

    private static final Instant NU = Instant.parse("2027-01-12T15:30:00Z");
    private static final LocalDate VANDAAG = LocalDate.parse("2027-01-12");
    private static final Evaluatieschema REGIO = new Evaluatieschema(List.of(new Evaluatieschema.Moment(3, "plan werkt?"),
            new Evaluatieschema.Moment(6, "structureel veilig?"), new Evaluatieschema.Moment(9, "afsluiten of opnieuw")));

    @Test
    void anEvaluationIsHeldOncePerMomentWithItsPurposeAndItsMinutesFollowOnce() {
        Casus casus = VeiligheidTest.casus();

        var gehouden = casus.legEvaluatieVast(3, VANDAAG, Evaluatie.Vervolg.DOORGAAN, REGIO, "st-1", NU);
        Evaluatie evaluatie = casus.evaluaties().getFirst();
        var verslag = casus.legEvaluatieverslagVast(evaluatie.id(), "Afspraken nagekomen", "st-1", NU.plusSeconds(60));

        assertThat(gehouden).singleElement().isInstanceOf(CasusEvent.EvaluatieGehouden.class);
        assertThat(verslag).singleElement().isInstanceOf(CasusEvent.EvaluatieverslagVastgelegd.class);
        assertThat(casus.evaluaties().getFirst().doel()).isEqualTo("plan werkt?");
        assertThat(casus.evaluaties().getFirst().verslag()).isEqualTo("Afspraken nagekomen");
        assertThatThrownBy(() -> casus.legEvaluatieverslagVast(evaluatie.id(), "nogmaals", "st-1", NU))
                .isInstanceOfSatisfying(Regelschending.class, e -> assertThat(e.regel()).isEqualTo("verslagAlVastgelegd"));
        assertThatThrownBy(() -> casus.legEvaluatieVast(3, VANDAAG, Evaluatie.Vervolg.DOORGAAN, REGIO, "st-1", NU))
                .isInstanceOfSatisfying(Regelschending.class, e -> assertThat(e.regel()).isEqualTo("evaluatieAlGehouden"));
        assertThatThrownBy(() -> casus.legEvaluatieVast(4, VANDAAG, Evaluatie.Vervolg.DOORGAAN, REGIO, "st-1", NU))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.regel()).isEqualTo("evaluatiemoment"));
    }

    @Test
    void goingOnAfterTheLastMomentNeedsANewAnalysisAndPlanBeforeMoreHelp() {
        Casus casus = VeiligheidTest.casus();
        casus.legEvaluatieVast(9, VANDAAG, Evaluatie.Vervolg.DOORGAAN, REGIO, "st-1", NU);

        assertThat(casus.ontbrekendVoorVervolg()).containsExactly("risicotaxatie", "plan");
        assertThatThrownBy(() -> casus.zetHulpIn(NU, "st-1", NU))
                .isInstanceOfSatisfying(Regelschending.class, e -> assertThat(e.regel()).isEqualTo("nieuweAnalyseEnPlan"));

        casus.legRisicotaxatieVast(Risicotaxatie.Instrument.LIRIK, "Lager risico", VANDAAG, "st-1", "st-1", NU);
        casus.stelPlanVast(NU, PlanMother.doelen(), PlanMother.akkoord(VANDAAG), "st-1", NU);

        assertThat(casus.ontbrekendVoorVervolg()).isEmpty();
        assertThat(casus.zetHulpIn(NU, "st-1", NU)).singleElement().isInstanceOf(CasusEvent.HulpIngezet.class);
    }
}
