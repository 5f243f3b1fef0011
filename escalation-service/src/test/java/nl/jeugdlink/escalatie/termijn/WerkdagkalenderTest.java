package nl.jeugdlink.escalatie.termijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.jeugdlink.escalatie.termijn.adapter.kalender.JollydayFeestdagen;
import nl.jeugdlink.escalatie.termijn.adapter.kalender.JollydayFeestdagen.Bevrijdingsdag;
import nl.jeugdlink.escalatie.termijn.domain.Werkdagkalender;
import org.junit.jupiter.api.Test;

class WerkdagkalenderTest {

    private final Werkdagkalender foodValley = new Werkdagkalender(new JollydayFeestdagen(false, Bevrijdingsdag.ELK_LUSTRUM));

    private static LocalDate dag(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void skipsKingsDayWhenCountingFiveWorkingDaysForFirstContact() {
        // Referral on Thursday 23 April 2026; Monday 27 April is King's Day.
        assertThat(foodValley.plusWerkdagen(dag("2026-04-23"), 5)).isEqualTo(dag("2026-05-01"));
    }

    @Test
    void skipsChristmasAndTheWeekend() {
        assertThat(foodValley.plusWerkdagen(dag("2026-12-23"), 2)).isEqualTo(dag("2026-12-28"));
    }

    @Test
    void knowsTheMovableChristianHolidays() {
        assertThat(foodValley.isWerkdag(dag("2026-04-06"))).as("Easter Monday").isFalse();
        assertThat(foodValley.isWerkdag(dag("2026-05-14"))).as("Ascension Day").isFalse();
        assertThat(foodValley.isWerkdag(dag("2026-05-25"))).as("Whit Monday").isFalse();
        assertThat(foodValley.isWerkdag(dag("2026-05-26"))).as("the Tuesday after").isTrue();
    }

    @Test
    void movesKingsDayToSaturdayWhenItFallsOnASunday() {
        // 27 April 2025 was a Sunday: King's Day was Saturday 26 April, so Monday 28 April is a working day.
        assertThat(foodValley.isWerkdag(dag("2025-04-28"))).isTrue();
        assertThat(new JollydayFeestdagen(false, Bevrijdingsdag.NOOIT).isFeestdag(dag("2025-04-26"))).isTrue();
    }

    @Test
    void countsGoodFridayOnlyWhereTheRegionSaysSo() {
        assertThat(foodValley.isWerkdag(dag("2026-04-03"))).isTrue();
        assertThat(new Werkdagkalender(new JollydayFeestdagen(true, Bevrijdingsdag.ELK_LUSTRUM)).isWerkdag(dag("2026-04-03"))).isFalse();
    }

    @Test
    void countsLiberationDayEveryYearEveryLustrumOrNever() {
        LocalDate lustrum = dag("2025-05-05");
        LocalDate gewoon = dag("2026-05-05");
        assertThat(foodValley.isWerkdag(lustrum)).isFalse();
        assertThat(foodValley.isWerkdag(gewoon)).isTrue();
        assertThat(new Werkdagkalender(new JollydayFeestdagen(false, Bevrijdingsdag.ELK_JAAR)).isWerkdag(gewoon)).isFalse();
        assertThat(new Werkdagkalender(new JollydayFeestdagen(false, Bevrijdingsdag.NOOIT)).isWerkdag(lustrum)).isTrue();
    }

    @Test
    void countsWorkingDaysBetweenTwoDates() {
        assertThat(foodValley.werkdagenTussen(dag("2026-04-23"), dag("2026-05-01"))).isEqualTo(5);
        assertThat(foodValley.werkdagenTussen(dag("2026-05-01"), dag("2026-04-23"))).isZero();
    }
}
