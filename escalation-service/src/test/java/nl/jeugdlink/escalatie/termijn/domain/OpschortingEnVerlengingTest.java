package nl.jeugdlink.escalatie.termijn.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Suspension, resumption and extension move a deadline by exactly the working days, Dutch holidays skipped; the history says why. */
class OpschortingEnVerlengingTest {

    private static final Termijnklok KLOK = TermijnklokTest.FOODVALLEY;
    private static final Termijnklok ZONDER_FEESTDAGEN = new Termijnklok(new Werkdagkalender(d -> false), TermijnregelsMother.seed003());
    private static final String CASUS = "5d1f3b2a-7c4e-3a9b-8e21-0c6a4f9d2b37";
    private static final String EERSTE_CONTACT = Termijn.id(Feit.AANMELDING, Soort.EERSTE_CONTACT);

    private final Traject traject = Traject.nieuw(Feit.AANMELDING, "GM0228");

    private static Instant om(String iso) {
        return Instant.parse(iso);
    }

    private Termijn termijn(Soort soort) {
        return traject.termijnen().stream().filter(t -> t.soort().equals(soort)).findFirst().orElseThrow();
    }

    @Test
    void resumingMovesTheDeadlineByTheWorkingDaysSuspendedSkippingKingsDay() {
        traject.verwerk(Feit.ontvangen(om("2026-04-21T08:15:00Z"), true), KLOK);
        assertThat(termijn(Soort.EERSTE_CONTACT).uiterlijk()).isEqualTo(LocalDate.parse("2026-04-29"));

        // Suspended on Friday 24 April, resumed on Tuesday 28 April: the weekend and King's Day (Monday 27) are no working
        // days, so it stood still for one working day (Tuesday 28) and its last day moves from Wednesday 29 to Thursday 30.
        var opgeschort = traject.schortOp(EERSTE_CONTACT, om("2026-04-24T10:00:00Z"), "tl-ede-0001", "gezin op vakantie");
        var hervat = traject.hervat(EERSTE_CONTACT, om("2026-04-28T09:00:00Z"), "tl-ede-0001", "gezin terug", KLOK);

        assertThat(opgeschort).singleElement().isInstanceOf(TermijnEvent.Gewijzigd.class);
        Termijn termijn = termijn(Soort.EERSTE_CONTACT);
        assertThat(termijn.status()).isEqualTo(Status.OPEN);
        assertThat(termijn.uiterlijk()).isEqualTo(LocalDate.parse("2026-04-30"));
        assertThat(termijn.verstrijktOp()).isEqualTo(om("2026-04-30T22:00:00Z"));
        assertThat(((TermijnEvent.Gewijzigd) hervat.getFirst()).wijziging().werkdagen()).isEqualTo(1);
        assertThat(termijn.geschiedenis()).extracting(Wijziging::aard, Wijziging::reden, Wijziging::werkdagen, Wijziging::uiterlijk).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Wijziging.Aard.OPGESCHORT, "gezin op vakantie", 0, LocalDate.parse("2026-04-29")),
                org.assertj.core.groups.Tuple.tuple(Wijziging.Aard.HERVAT, "gezin terug", 1, LocalDate.parse("2026-04-30")));
        assertThat(termijn.geschiedenis()).allMatch(w -> w.door().equals("tl-ede-0001"));
    }

    @Test
    void withoutTheHolidayTheSameSuspensionMovesItTwoWorkingDays() {
        Traject zonder = Traject.nieuw(Feit.AANMELDING, "GM0228");
        zonder.verwerk(Feit.ontvangen(om("2026-04-21T08:15:00Z"), true), ZONDER_FEESTDAGEN);
        zonder.schortOp(EERSTE_CONTACT, om("2026-04-24T10:00:00Z"), "tl-ede-0001", "reden");
        zonder.hervat(EERSTE_CONTACT, om("2026-04-28T09:00:00Z"), "tl-ede-0001", "reden", ZONDER_FEESTDAGEN);

        // 28 April without holidays, plus Monday 27 and Tuesday 28: Thursday 30 April.
        assertThat(zonder.termijnen().getFirst().uiterlijk()).isEqualTo(LocalDate.parse("2026-04-30"));
        assertThat(zonder.termijnen().getFirst().geschiedenis().getLast().werkdagen()).isEqualTo(2);
    }

    @Test
    void aSuspendedDeadlineDoesNotPassAndIsJudgedAgainstItsMovedLastDay() {
        traject.verwerk(Feit.ontvangen(om("2026-04-21T08:15:00Z"), true), KLOK);
        traject.schortOp(EERSTE_CONTACT, om("2026-04-22T10:00:00Z"), "tl-ede-0001", "wachten op toestemming");

        assertThat(traject.bewaak(om("2026-05-06T08:00:00Z"), KLOK)).isEmpty();
        assertThat(traject.eerstVerstrijktOp()).isNull();
        // Contact on Wednesday 6 May: it stood still from 22 April, so the last day moved past it.
        traject.verwerk(Feit.eersteContact(CASUS, om("2026-05-06T09:00:00Z")), KLOK);

        assertThat(termijn(Soort.EERSTE_CONTACT).status()).isEqualTo(Status.GEHAALD);
    }

    @Test
    void extendsByWorkingDaysAcrossChristmas() {
        traject.verwerk(Feit.ontvangen(om("2026-11-23T09:00:00Z"), true), KLOK);
        traject.verwerk(Feit.eersteContact(CASUS, om("2026-11-26T14:00:00Z")), KLOK);
        String plan = Termijn.id(Feit.AANMELDING, Soort.PLAN);
        assertThat(termijn(Soort.PLAN).uiterlijk()).isEqualTo(LocalDate.parse("2026-12-24"));

        var events = traject.verleng(plan, 2, om("2026-12-10T10:00:00Z"), "tl-ede-0001", "plan wacht op onderzoek", KLOK);

        // Friday 25 December is Christmas, then the weekend: Monday 28 and Tuesday 29.
        assertThat(termijn(Soort.PLAN).uiterlijk()).isEqualTo(LocalDate.parse("2026-12-29"));
        assertThat(termijn(Soort.PLAN).status()).isEqualTo(Status.OPEN);
        assertThat(((TermijnEvent.Gewijzigd) events.getFirst()).wijziging().aard()).isEqualTo(Wijziging.Aard.VERLENGD);
        assertThat(traject.bewaak(om("2026-12-28T12:00:00Z"), KLOK)).isEmpty();
        assertThat(traject.bewaak(om("2026-12-29T23:00:01Z"), KLOK)).singleElement().isInstanceOf(TermijnEvent.Overschreden.class);
    }

    @Test
    void suspendsAndResumesEveryRunningDeadlineOfTheTrajectAtOnce() {
        traject.verwerk(Feit.ontvangen(om("2026-04-21T08:15:00Z"), true), KLOK);
        traject.verwerk(Feit.eersteContact(CASUS, om("2026-04-24T13:00:00Z")), KLOK);

        var opgeschort = traject.schortOp(null, om("2026-05-04T09:00:00Z"), "tl-ede-0001", "crisisopname");

        assertThat(opgeschort).hasSize(2);
        assertThat(traject.termijnen()).extracting(Termijn::status).containsExactly(Status.GEHAALD, Status.OPGESCHORT, Status.OPGESCHORT);
        LocalDate plan = termijn(Soort.PLAN).uiterlijk();
        // Monday 4 to Monday 11 May 2026: Tue 5 (Liberation Day, off in a lustrum year only), Wed 6 .. Fri 8, Mon 11 = 5 working days.
        var hervat = traject.hervat(null, om("2026-05-11T09:00:00Z"), "tl-ede-0001", "terug thuis", KLOK);

        assertThat(hervat).hasSize(2);
        assertThat(termijn(Soort.PLAN).uiterlijk()).isEqualTo(KLOK.later(plan, 5));
        assertThat(traject.termijnen()).extracting(Termijn::status).containsExactly(Status.GEHAALD, Status.OPEN, Status.OPEN);
    }

    @Test
    void refusesWhatTheStateDoesNotAllowAndAnUnknownDeadline() {
        traject.verwerk(Feit.ontvangen(om("2026-04-21T08:15:00Z"), true), KLOK);

        assertThatThrownBy(() -> traject.hervat(EERSTE_CONTACT, om("2026-04-22T10:00:00Z"), "tl", "r", KLOK))
                .isInstanceOf(Termijn.OngeldigeOvergang.class);
        traject.schortOp(EERSTE_CONTACT, om("2026-04-22T10:00:00Z"), "tl", "r");
        assertThatThrownBy(() -> traject.schortOp(EERSTE_CONTACT, om("2026-04-22T11:00:00Z"), "tl", "r"))
                .isInstanceOf(Termijn.OngeldigeOvergang.class);
        assertThatThrownBy(() -> traject.schortOp(null, om("2026-04-22T11:00:00Z"), "tl", "r")).isInstanceOf(Termijn.OngeldigeOvergang.class);
        assertThatThrownBy(() -> traject.verleng("00000000-0000-4000-8000-000000000000", 3, om("2026-04-22T11:00:00Z"), "tl", "r", KLOK))
                .isInstanceOf(OnbekendeTermijn.class);
        traject.verwerk(Feit.afgewezen(om("2026-04-23T10:00:00Z")), KLOK);
        assertThat(termijn(Soort.EERSTE_CONTACT).status()).isEqualTo(Status.VERVALLEN);
        assertThatThrownBy(() -> traject.verleng(EERSTE_CONTACT, 3, om("2026-04-23T11:00:00Z"), "tl", "r", KLOK))
                .isInstanceOf(Termijn.OngeldigeOvergang.class);
    }
}
