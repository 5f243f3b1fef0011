package nl.jeugdlink.routing.ijw.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The product rules of a JW315 (IJW.md 1.6): each broken rule its retourcode on the product, a correct request none (0200). */
class VerzoekTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 5, 4);
    private static final LocalDate BEGIN = VANDAAG.plusDays(7);
    private static final LocalDate EIND = VANDAAG.plusMonths(6);
    private static final Verzoek.Omvang DRIE_UUR_PER_WEEK = new Verzoek.Omvang(3, "04", "2");

    private static Verzoek.AangevraagdProduct product(String ref, @Nullable String categorie, @Nullable String code, LocalDate begin,
            @Nullable LocalDate eind, Verzoek.@Nullable Omvang omvang, @Nullable Long budget) {
        return new Verzoek.AangevraagdProduct(ref, categorie, code, begin, eind, omvang, budget);
    }

    private static Beoordeling beoordeel(Verzoek.AangevraagdProduct... producten) {
        return new Verzoek("12345678", "0228", "V1", VANDAAG, "999900006", List.of(producten)).controleer(VANDAAG, Set.of("0228"));
    }

    /** The rule each product's codes name, as iJw names it in a JW315. */
    private static Map<String, List<String>> regels(Beoordeling beoordeling) {
        return beoordeling.producten().entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(c -> c.code() + "/" + c.regel()).toList()));
    }

    @Test
    void acceptsTheThreeShapesOfARequestSpecificAspecificAndGeneric() {
        Beoordeling beoordeling = beoordeel(product("R1", "45", "45A01", BEGIN, EIND, DRIE_UUR_PER_WEEK, null),
                product("R2", "43", null, BEGIN, null, null, null),
                product("R3", "44", null, BEGIN, EIND, null, 150_000L));

        assertThat(beoordeling.isAfgekeurd()).isFalse();
    }

    @Test
    void refusesAnEinddatumBeforeTheIngangsdatumCs003() {
        assertThat(regels(beoordeel(product("R1", "45", "45A01", BEGIN, BEGIN.minusDays(1), DRIE_UUR_PER_WEEK, null))))
                .containsExactly(Map.entry("R1", List.of("0001/CS003")));
    }

    @Test
    void refusesAProductCodeWithoutOmvangCd041() {
        assertThat(regels(beoordeel(product("R1", "45", "45A01", BEGIN, EIND, null, null)))).containsExactly(Map.entry("R1", List.of("0001/CD041")));
    }

    @Test
    void refusesABudgetWithoutEinddatumCd075() {
        assertThat(regels(beoordeel(product("R1", "44", null, BEGIN, null, null, 150_000L)))).containsExactly(Map.entry("R1", List.of("0001/CD075")));
    }

    @Test
    void refusesAnOmvangPerWeekWithoutEinddatumCd076() {
        assertThat(regels(beoordeel(product("R1", "45", "45A01", BEGIN, null, DRIE_UUR_PER_WEEK, null))))
                .containsExactly(Map.entry("R1", List.of("0001/CD076")));
    }

    @Test
    void refusesBothAnOmvangAndABudgetCd077Cd078() {
        // Both rules are broken; a level names a retourcode once, so the product carries one 0001 (the first rule found).
        assertThat(regels(beoordeel(product("R1", "45", "45A01", BEGIN, EIND, DRIE_UUR_PER_WEEK, 150_000L))))
                .containsExactly(Map.entry("R1", List.of("0001/CD077")));
    }

    @Test
    void refusesNeitherProductNorBudgetCd079() {
        assertThat(regels(beoordeel(product("R1", null, null, BEGIN, EIND, null, null)))).containsExactly(Map.entry("R1", List.of("0001/CD079")));
    }

    @Test
    void refusesADayFrequencyForAnEtmaalCs343TheJw315NameOfCs338() {
        assertThat(regels(beoordeel(product("R1", "43", "43A01", BEGIN, EIND, new Verzoek.Omvang(1, "14", "1"), null))))
                .containsExactly(Map.entry("R1", List.of("0001/CS343")));
    }

    @Test
    void refusesOneProductRequestedTwiceOverOverlappingPeriodsTr386OnBoth() {
        Beoordeling beoordeling = beoordeel(product("R1", "45", "45A01", BEGIN, EIND, DRIE_UUR_PER_WEEK, null),
                product("R2", "45", "45A01", EIND, EIND.plusMonths(1), DRIE_UUR_PER_WEEK, null),
                product("R3", "45", "45A02", BEGIN, EIND, DRIE_UUR_PER_WEEK, null));

        assertThat(regels(beoordeling)).containsOnly(Map.entry("R1", List.of("9386/TR386")), Map.entry("R2", List.of("9386/TR386")));
    }

    @Test
    void comparesOnTheCategoryWithoutCodeAndWithEveryProductWithoutCategoryTr386() {
        // Category 45 without a code overlaps 45A01; a generic request (no category) overlaps anything in its period.
        assertThat(regels(beoordeel(product("R1", "45", "45A01", BEGIN, EIND, DRIE_UUR_PER_WEEK, null),
                product("R2", "45", null, EIND, null, null, null)))).containsOnlyKeys("R1", "R2");
        assertThat(regels(beoordeel(product("R1", "45", "45A01", BEGIN, EIND, DRIE_UUR_PER_WEEK, null),
                product("R2", null, null, BEGIN.minusMonths(1), BEGIN, null, 10_000L)))).containsOnlyKeys("R1", "R2");
    }

    @Test
    void acceptsOneProductTwiceInPeriodsThatFollowEachOther() {
        assertThat(beoordeel(product("R1", "45", "45A01", BEGIN, EIND, DRIE_UUR_PER_WEEK, null),
                product("R2", "45", "45A01", EIND.plusDays(1), EIND.plusMonths(3), DRIE_UUR_PER_WEEK, null)).isAfgekeurd()).isFalse();
    }
}
