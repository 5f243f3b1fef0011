package nl.jeugdlink.routing.toewijzing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingsopdracht.OmvangInvoer;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingsopdracht.ParameterChecks;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingsopdracht.ProductInvoer;
import org.junit.jupiter.api.Test;

class ToewijzingsopdrachtTest {

    static final LocalDate BEGIN = LocalDate.of(2026, 12, 1);
    static final LocalDate EIND = LocalDate.of(2027, 5, 31);
    static final ProductInvoer AMBULANT = new ProductInvoer("45", "45A01");
    static final OmvangInvoer DRIE_UUR_PER_WEEK = new OmvangInvoer(3L, "04", "2");

    static ParameterChecks specifiek() {
        return new ParameterChecks("98000011", AMBULANT, BEGIN, EIND, DRIE_UUR_PER_WEEK, null);
    }

    private static List<String> overtredingen(ParameterChecks invoer) {
        try {
            Toewijzingsopdracht.uit(invoer);
            return List.of();
        } catch (OngeldigeToewijzing e) {
            return e.overtredingen().stream().map(o -> o.veld() + ":" + o.regel()).toList();
        }
    }

    @Test
    void acceptsTheThreeShapesOfAToewijzingSpecificAspecificAndGeneric() {
        var specifiek = Toewijzingsopdracht.uit(specifiek());
        assertThat(specifiek.omvang()).isEqualTo(new Omvang(3, Eenheid.UUR, Frequentie.PER_WEEK));
        assertThat(specifiek.product()).isEqualTo(new Product("45", "45A01"));

        var aspecifiek = Toewijzingsopdracht.uit(new ParameterChecks("98000011", new ProductInvoer("45", null), BEGIN, null, null, null));
        assertThat(aspecifiek.product()).isEqualTo(new Product("45", null));
        assertThat(aspecifiek.omvang()).isNull();

        var generiek = Toewijzingsopdracht.uit(new ParameterChecks("98000011", null, BEGIN, EIND, null, 150_000L));
        assertThat(generiek.product()).isNull();
        assertThat(generiek.budget()).isEqualTo(150_000L);
    }

    @Test
    void refusesAnAgbCodeThatIsNotEightDigits() {
        assertThat(overtredingen(new ParameterChecks("9800001", AMBULANT, BEGIN, EIND, DRIE_UUR_PER_WEEK, null))).containsExactly("agbCode:pattern");
        assertThat(overtredingen(new ParameterChecks(null, AMBULANT, BEGIN, EIND, DRIE_UUR_PER_WEEK, null))).containsExactly("agbCode:required");
    }

    @Test
    void refusesBothAnOmvangAndABudgetCd077Cd078() {
        assertThat(overtredingen(new ParameterChecks("98000011", AMBULANT, BEGIN, EIND, DRIE_UUR_PER_WEEK, 10_000L)))
                .containsExactlyInAnyOrder("omvang:CD077", "budget:CD078");
    }

    @Test
    void refusesNeitherAProductNorABudgetCd079() {
        assertThat(overtredingen(new ParameterChecks("98000011", null, BEGIN, EIND, null, null))).containsExactly("product:CD079");
    }

    @Test
    void refusesAProductCodeWithoutOmvangCd041() {
        assertThat(overtredingen(new ParameterChecks("98000011", AMBULANT, BEGIN, EIND, null, null))).containsExactly("omvang:CD041");
    }

    @Test
    void refusesAnEndBeforeTheStartCs003() {
        assertThat(overtredingen(new ParameterChecks("98000011", AMBULANT, EIND, BEGIN, DRIE_UUR_PER_WEEK, null))).containsExactly("einddatum:CS003");
    }

    @Test
    void asksAnEndDateForABudgetCd075AndForAnOmvangPerWeekCd076() {
        assertThat(overtredingen(new ParameterChecks("98000011", null, BEGIN, null, null, 10_000L))).containsExactly("einddatum:CD075");
        assertThat(overtredingen(new ParameterChecks("98000011", AMBULANT, BEGIN, null, DRIE_UUR_PER_WEEK, null))).containsExactly("einddatum:CD076");
        assertThat(overtredingen(new ParameterChecks("98000011", AMBULANT, BEGIN, null, new OmvangInvoer(40L, "04", "6"), null))).isEmpty();
    }

    @Test
    void refusesAnEtmaalPerDayCs338() {
        assertThat(overtredingen(new ParameterChecks("98000011", new ProductInvoer("43", "43B02"), BEGIN, EIND, new OmvangInvoer(1L, "14", "1"), null)))
                .containsExactly("omvang.frequentie:CS338");
        assertThat(overtredingen(new ParameterChecks("98000011", new ProductInvoer("43", "43B02"), BEGIN, EIND, new OmvangInvoer(1L, "04", "1"), null)))
                .isEmpty();
    }

    @Test
    void checksTheCodeListsAndRangesNamingEachField() {
        assertThat(overtredingen(new ParameterChecks("98000011", new ProductInvoer("39", "TOOLONG"), BEGIN, EIND,
                new OmvangInvoer(0L, "99", "3"), null)))
                .containsExactlyInAnyOrder("product.categorie:JZ020", "product.code:pattern", "omvang.volume:min", "omvang.eenheid:WJ756",
                        "omvang.frequentie:WMO757");
        assertThat(overtredingen(new ParameterChecks("98000011", AMBULANT, BEGIN, EIND, new OmvangInvoer(100_000_000L, "04", "2"), null)))
                .containsExactly("omvang.volume:max");
        assertThat(overtredingen(new ParameterChecks("98000011", null, BEGIN, EIND, null, 100_000_000L))).containsExactly("budget:max");
        assertThat(overtredingen(new ParameterChecks("98000011", AMBULANT, null, EIND, DRIE_UUR_PER_WEEK, null))).containsExactly("ingangsdatum:required");
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertThatThrownBy(() -> Toewijzingsopdracht.uit(new ParameterChecks("x", null, null, null, null, null)))
                .isInstanceOfSatisfying(OngeldigeToewijzing.class, e -> assertThat(e.overtredingen()).hasSize(3));
    }

    @Test
    void refusesDatesNoAllocationCanHaveInsteadOfFailingOnThemInTheStore() {
        var ver = new ParameterChecks("98000011", AMBULANT, LocalDate.of(1999, 12, 31), LocalDate.of(+292_278_994, 8, 17), DRIE_UUR_PER_WEEK, null);

        assertThat(overtredingen(ver)).containsExactly("ingangsdatum:range", "einddatum:range");
    }
}
