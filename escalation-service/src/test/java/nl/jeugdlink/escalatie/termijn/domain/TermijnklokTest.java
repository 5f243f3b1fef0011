package nl.jeugdlink.escalatie.termijn.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdlink.escalatie.termijn.adapter.kalender.JollydayFeestdagen;
import nl.jeugdlink.escalatie.termijn.adapter.kalender.JollydayFeestdagen.Bevrijdingsdag;
import org.junit.jupiter.api.Test;

class TermijnklokTest {

    static final Werkdagkalender FOODVALLEY_KALENDER = new Werkdagkalender(new JollydayFeestdagen(false, Bevrijdingsdag.ELK_LUSTRUM));
    static final Termijnklok FOODVALLEY = new Termijnklok(FOODVALLEY_KALENDER, TermijnregelsMother.seed003());

    private static Instant om(String iso) {
        return Instant.parse(iso);
    }

    private static LocalDate dag(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void countsFiveWorkingDaysAfterTheReferralSkippingKingsDay() {
        // Referral on Tuesday 21 April 2026. The referral day itself does not count (Werkdagkalender): Wed 22, Thu 23,
        // Fri 24, (Mon 27 is King's Day), Tue 28, Wed 29.
        assertThat(FOODVALLEY.uiterlijk(Soort.EERSTE_CONTACT, om("2026-04-21T08:15:00Z"))).isEqualTo(dag("2026-04-29"));
        // Were King's Day an ordinary Monday, the same referral would end a day earlier.
        Termijnklok zonderFeestdagen = new Termijnklok(new Werkdagkalender(d -> false), TermijnregelsMother.seed003());
        assertThat(zonderFeestdagen.uiterlijk(Soort.EERSTE_CONTACT, om("2026-04-21T08:15:00Z"))).isEqualTo(dag("2026-04-28"));
    }

    @Test
    void readsTheStartDayInDutchLocalTime() {
        // 22:30 UTC on Monday 20 April is 00:30 on Tuesday 21 April in Amsterdam (summer time).
        assertThat(FOODVALLEY.uiterlijk(Soort.EERSTE_CONTACT, om("2026-04-20T22:30:00Z"))).isEqualTo(dag("2026-04-29"));
        assertThat(FOODVALLEY.uiterlijk(Soort.EERSTE_CONTACT, om("2026-04-20T21:30:00Z"))).isEqualTo(dag("2026-04-28"));
    }

    @Test
    void skipsEasterMondayButNotGoodFridayInFoodValley() {
        // Thursday 2 April 2026: Fri 3 (Good Friday, a working day here), Tue 7, Wed 8, Thu 9, Fri 10.
        assertThat(FOODVALLEY.uiterlijk(Soort.EERSTE_CONTACT, om("2026-04-02T10:00:00Z"))).isEqualTo(dag("2026-04-10"));
    }

    @Test
    void aTermInWeeksThatEndsOnADayOffEndsOnTheNextWorkingDay() {
        // Tuesday 6 April 2027 + 3 weeks is Tuesday 27 April, Koningsdag: the term ends on Wednesday 28 April (ADR 0049).
        assertThat(FOODVALLEY.uiterlijk(Termijnduur.weken(3), om("2027-04-06T08:00:00Z"))).isEqualTo(dag("2027-04-28"));
        // Thursday 15 April 2027 + 3 weeks is Ascension Day (6 May): Friday 7 May; a Saturday start ends on the Monday 2 weeks on.
        assertThat(FOODVALLEY.uiterlijk(Termijnduur.weken(3), om("2027-04-15T08:00:00Z"))).isEqualTo(dag("2027-05-07"));
        assertThat(FOODVALLEY.uiterlijk(Termijnduur.weken(2), om("2027-04-03T08:00:00Z"))).isEqualTo(dag("2027-04-19"));
        // A working day stays as it was; the working days the events state follow the moved day.
        assertThat(FOODVALLEY.uiterlijk(Termijnduur.weken(3), om("2027-04-20T08:00:00Z"))).isEqualTo(dag("2027-05-11"));
        assertThat(FOODVALLEY.werkdagen(Termijnduur.weken(3), om("2027-04-06T08:00:00Z"))).isEqualTo(15);
        // A next person 1 week after a last day of Tuesday 20 April 2027 would fall on Koningsdag: Wednesday 28 April.
        assertThat(FOODVALLEY.later(dag("2027-04-20"), Termijnduur.weken(1))).isEqualTo(dag("2027-04-28"));
    }

    @Test
    void skipsAscensionDay() {
        // Monday 11 May 2026: Tue 12, Wed 13, (Thu 14 Ascension), Fri 15, Mon 18, Tue 19.
        assertThat(FOODVALLEY.uiterlijk(Soort.EERSTE_CONTACT, om("2026-05-11T10:00:00Z"))).isEqualTo(dag("2026-05-19"));
    }

    @Test
    void startsCountingOnTheMondayAfterAReferralOnSaturday() {
        // Saturday 2 May 2026: Mon 4, Tue 5 (Liberation Day, off only in a lustrum year), Wed 6, Thu 7, Fri 8.
        assertThat(FOODVALLEY.uiterlijk(Soort.EERSTE_CONTACT, om("2026-05-02T09:00:00Z"))).isEqualTo(dag("2026-05-08"));
    }

    @Test
    void countsPlanAndHelpFromTheFirstContactAcrossChristmasAndNewYear() {
        Instant contact = om("2026-11-26T14:00:00Z");
        assertThat(FOODVALLEY.uiterlijk(Soort.PLAN, contact)).isEqualTo(dag("2026-12-24"));
        // 25 and 26 December and 1 January are no working days.
        assertThat(FOODVALLEY.uiterlijk(Soort.HULP_INGEZET, contact)).isEqualTo(dag("2027-01-11"));
    }

    @Test
    void hasPassedOnceTheLastDayHasEndedInAmsterdam() {
        assertThat(FOODVALLEY.verstrijktOp(dag("2026-04-29"))).isEqualTo(om("2026-04-29T22:00:00Z"));
        assertThat(FOODVALLEY.verstrijktOp(dag("2026-12-01"))).isEqualTo(om("2026-12-01T23:00:00Z"));
        assertThat(FOODVALLEY.opTijd(om("2026-04-29T21:59:59Z"), dag("2026-04-29"))).isTrue();
        assertThat(FOODVALLEY.opTijd(om("2026-04-29T22:00:00Z"), dag("2026-04-29"))).isFalse();
    }

    @Test
    void countsWorkingDaysLateUpToTheDayItWasEstablished() {
        assertThat(FOODVALLEY.werkdagenTeLaat(dag("2026-04-29"), om("2026-04-29T22:00:01Z"))).isEqualTo(1);
        // Friday's deadline found passed on Saturday: not a working day late yet.
        assertThat(FOODVALLEY.werkdagenTeLaat(dag("2026-05-08"), om("2026-05-09T09:00:00Z"))).isZero();
    }
}
