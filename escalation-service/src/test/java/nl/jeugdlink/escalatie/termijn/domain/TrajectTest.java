package nl.jeugdlink.escalatie.termijn.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrajectTest {

    private static final Termijnklok KLOK = TermijnklokTest.FOODVALLEY;
    private static final String AANMELDING = "0b7c5a3e-4f1d-4c2a-9a51-2f6d1c0e7b11";
    private static final String CASUS = "5d1f3b2a-7c4e-3a9b-8e21-0c6a4f9d2b37";

    private static final Gebeurtenis ONTVANGEN = Feit.ontvangen(Instant.parse("2026-04-21T08:15:00Z"), true);
    private static final Gebeurtenis GEOPEND = Feit.casusGeopend(CASUS);
    private static final Gebeurtenis REGIE = Feit.regisseurGekoppeld(CASUS, "st-ede-0017", Instant.parse("2026-04-22T09:00:00Z"));
    private static final Gebeurtenis CONTACT = Feit.eersteContact(CASUS, Instant.parse("2026-04-24T13:00:00Z"));
    private static final Gebeurtenis PLAN = Feit.planVastgesteld(CASUS, Instant.parse("2026-05-12T10:00:00Z"));

    private final Traject traject = Traject.nieuw(AANMELDING, "GM0228");

    private static Instant om(String iso) {
        return Instant.parse(iso);
    }

    private Termijn termijn(Soort soort) {
        return traject.termijnen().stream().filter(t -> t.soort().equals(soort)).findFirst().orElseThrow();
    }

    private static List<TermijnEvent> eersteContact(List<TermijnEvent> events) {
        return events.stream().filter(e -> e.termijn().soort().equals(Soort.EERSTE_CONTACT)).toList();
    }

    private static List<Class<?>> soorten(List<TermijnEvent> events) {
        return events.stream().<Class<?>>map(Object::getClass).toList();
    }

    @Test
    void startsTheFirstContactDeadlineFromTheReferral() {
        var events = traject.verwerk(ONTVANGEN, KLOK);

        assertThat(events).singleElement().isInstanceOf(TermijnEvent.Gestart.class);
        Termijn eersteContact = termijn(Soort.EERSTE_CONTACT);
        assertThat(eersteContact.status()).isEqualTo(Status.OPEN);
        assertThat(eersteContact.werkdagen()).isEqualTo(5);
        assertThat(eersteContact.uiterlijk()).isEqualTo(LocalDate.parse("2026-04-29"));
        assertThat(traject.eerstVerstrijktOp()).isEqualTo(om("2026-04-29T22:00:00Z"));
        assertThat(events.getFirst().termijnId()).isEqualTo(Termijn.id(AANMELDING, Soort.EERSTE_CONTACT));
    }

    @Test
    void startsNothingForAnAnonymousConsultOrWithoutConsent() {
        assertThat(traject.verwerk(Feit.ontvangen(om("2026-04-21T08:15:00Z"), false), KLOK)).isEmpty();
        assertThat(traject.termijnen()).isEmpty();
        assertThat(traject.eerstVerstrijktOp()).isNull();
    }

    @Test
    void meetsTheFirstContactInTimeAndStartsPlanAndHelpFromTheContact() {
        traject.verwerk(ONTVANGEN, KLOK);

        var events = traject.verwerk(CONTACT, KLOK);

        assertThat(soorten(events)).containsExactly(TermijnEvent.Gestopt.class, TermijnEvent.Gestart.class, TermijnEvent.Gestart.class);
        assertThat(termijn(Soort.EERSTE_CONTACT).status()).isEqualTo(Status.GEHAALD);
        assertThat(termijn(Soort.EERSTE_CONTACT).gestoptOp()).isEqualTo(om("2026-04-24T13:00:00Z"));
        assertThat(termijn(Soort.PLAN).gestartOp()).isEqualTo(om("2026-04-24T13:00:00Z"));
        assertThat(termijn(Soort.HULP_INGEZET).gestartOp()).isEqualTo(om("2026-04-24T13:00:00Z"));
        assertThat(events).allMatch(e -> CASUS.equals(e.casusId()));
        assertThat(traject.bewaak(om("2026-04-30T08:00:00Z"), KLOK)).isEmpty();
    }

    @Test
    void reportsAPassedDeadlineExactlyOnceAndThenMetLate() {
        traject.verwerk(ONTVANGEN, KLOK);

        assertThat(traject.bewaak(om("2026-04-29T21:59:59Z"), KLOK)).as("on the last day itself").isEmpty();
        var overschreden = traject.bewaak(om("2026-04-29T22:00:01Z"), KLOK);
        var nogEens = traject.bewaak(om("2026-05-06T08:00:00Z"), KLOK);

        assertThat(overschreden).singleElement().isInstanceOf(TermijnEvent.Overschreden.class);
        assertThat(overschreden.getFirst().termijn().werkdagenTeLaat()).isEqualTo(1);
        assertThat(nogEens).isEmpty();
        assertThat(traject.eerstVerstrijktOp()).isNull();

        var laat = traject.verwerk(Feit.eersteContact(CASUS, om("2026-05-04T10:00:00Z")), KLOK);

        assertThat(laat.getFirst()).isInstanceOf(TermijnEvent.Gestopt.class);
        assertThat(termijn(Soort.EERSTE_CONTACT).status()).isEqualTo(Status.TE_LAAT_GEHAALD);
        assertThat(termijn(Soort.EERSTE_CONTACT).overschredenOp()).isEqualTo(om("2026-04-29T22:00:01Z"));
    }

    @Test
    void aBreachMetOnTimeByAFactThatArrivesAfterItIsWithdrawnOnceAndKeptOnRecord() {
        traject.verwerk(ONTVANGEN, KLOK);
        traject.bewaak(om("2026-04-29T22:00:01Z"), KLOK);

        // The first contact was on the last day, Wednesday 29 April; it is reported on 4 May.
        var laat = eersteContact(traject.verwerk(Feit.eersteContact(CASUS, om("2026-04-29T10:00:00Z")), KLOK));

        assertThat(soorten(laat)).containsExactly(TermijnEvent.Gestopt.class, TermijnEvent.OverschrijdingIngetrokken.class);
        Termijn contact = termijn(Soort.EERSTE_CONTACT);
        assertThat(contact.status()).isEqualTo(Status.GEHAALD);
        assertThat(contact.overschrijdingIngetrokken()).isTrue();
        // Not rewritten: the breach as it was reported stays on the deadline.
        assertThat(contact.overschredenOp()).isEqualTo(om("2026-04-29T22:00:01Z"));
        assertThat(contact.werkdagenTeLaat()).isEqualTo(1);
        var ingetrokken = (TermijnEvent.OverschrijdingIngetrokken) laat.getLast();
        assertThat(ingetrokken.termijn()).isEqualTo(contact);
        assertThat(ingetrokken.opgeschaaldNaar()).as("the breach reached no next person").isNull();

        // An even earlier contact reported afterwards changes nothing: withdrawn once, ever.
        assertThat(traject.verwerk(Feit.eersteContact(CASUS, om("2026-04-28T10:00:00Z")), KLOK)).isEmpty();
        assertThat(traject.bewaak(om("2026-05-06T08:00:00Z"), KLOK)).isEmpty();
    }

    @Test
    void aBreachThatReachedTheNextPersonNamesThemWhenWithdrawn() {
        Termijnregel.Betreft betreft = new Termijnregel.Betreft("TEAMLEIDER", "/gemeenteCode",
                new Termijnregel.Opschaling("REGIONALE_CONTACTPERSOON", null));
        Termijnregel contact = new Termijnregel(Soort.EERSTE_CONTACT, "/aanmeldingId",
                Termijnregel.Trigger.op("nl.jeugdlink.intake.aanmelding-ontvangen.v1", "/ontvangenOp"),
                List.of(Termijnregel.Trigger.op("nl.jeugdlink.casus.eerste-contact-gelegd.v1", "/contactOp")), List.of(),
                Termijnduur.werkdagen(5), java.util.Map.of(), betreft);
        Termijnklok klok = new Termijnklok(TermijnklokTest.FOODVALLEY_KALENDER, new Termijnregels(List.of(contact), List.of()));
        traject.verwerk(ONTVANGEN, klok);
        assertThat(soorten(traject.bewaak(om("2026-04-29T22:00:01Z"), klok)))
                .containsExactly(TermijnEvent.Overschreden.class, TermijnEvent.Opgeschaald.class);

        var laat = traject.verwerk(Feit.eersteContact(CASUS, om("2026-04-29T10:00:00Z")), klok);

        var ingetrokken = (TermijnEvent.OverschrijdingIngetrokken) laat.getLast();
        assertThat(ingetrokken.termijn().betrokkene()).isEqualTo(new Betrokkene("TEAMLEIDER", "GM0228"));
        assertThat(ingetrokken.opgeschaaldNaar()).isEqualTo(new Betrokkene("REGIONALE_CONTACTPERSOON", "GM0228"));
        assertThat(ingetrokken.termijn().opgeschaaldOp()).isEqualTo(om("2026-04-29T22:00:01Z"));
    }

    @Test
    void aBreachMetLateStaysABreach() {
        traject.verwerk(ONTVANGEN, KLOK);
        traject.bewaak(om("2026-04-29T22:00:01Z"), KLOK);

        var laat = eersteContact(traject.verwerk(Feit.eersteContact(CASUS, om("2026-04-30T08:00:00Z")), KLOK));

        assertThat(soorten(laat)).containsExactly(TermijnEvent.Gestopt.class);
        assertThat(termijn(Soort.EERSTE_CONTACT).status()).isEqualTo(Status.TE_LAAT_GEHAALD);
        assertThat(termijn(Soort.EERSTE_CONTACT).overschrijdingIngetrokken()).isFalse();
    }

    @Test
    void createsADeadlineMetBeforeItWasKnownToHaveStartedAsMetAndNeverReportsIt() {
        traject.verwerk(CONTACT, KLOK);
        assertThat(traject.termijnen()).extracting(Termijn::soort).containsExactly(Soort.PLAN, Soort.HULP_INGEZET);

        var events = traject.verwerk(ONTVANGEN, KLOK);

        assertThat(soorten(events)).containsExactly(TermijnEvent.Gestart.class, TermijnEvent.Gestopt.class);
        assertThat(termijn(Soort.EERSTE_CONTACT).status()).isEqualTo(Status.GEHAALD);
        assertThat(traject.bewaak(om("2026-05-01T08:00:00Z"), KLOK)).isEmpty();
    }

    @Test
    void aContactAfterTheDeadlineThatArrivesFirstIsMetLateWithoutBeingReported() {
        traject.verwerk(Feit.eersteContact(CASUS, om("2026-05-04T10:00:00Z")), KLOK);
        traject.verwerk(ONTVANGEN, KLOK);

        assertThat(termijn(Soort.EERSTE_CONTACT).status()).isEqualTo(Status.TE_LAAT_GEHAALD);
        assertThat(traject.bewaak(om("2026-05-05T08:00:00Z"), KLOK)).isEmpty();
    }

    @Test
    void endsInTheSameStateWhateverTheOrderOfArrival() {
        List<Gebeurtenis> feiten = List.of(ONTVANGEN, GEOPEND, REGIE, CONTACT, PLAN,
                Feit.gescreend(Set.of("gw-ede-0003", "tl-ede-0001", "vt-0107")));
        feiten.forEach(f -> traject.verwerk(f, KLOK));
        Traject.Stand opVolgorde = traject.stand();

        for (List<Gebeurtenis> volgorde : permutaties(feiten)) {
            Traject t = Traject.nieuw(AANMELDING, "GM0228");
            volgorde.forEach(f -> t.verwerk(f, KLOK));
            assertThat(t.stand()).as("arrival order %s", volgorde).isEqualTo(opVolgorde);
        }
        assertThat(opVolgorde.termijnen()).extracting(Termijn::status).containsExactly(Status.GEHAALD, Status.GEHAALD, Status.OPEN);
        assertThat(opVolgorde.casusId()).isEqualTo(CASUS);
    }

    @Test
    void lapsesEveryOpenDeadlineWhenTheCasusIsClosed() {
        traject.verwerk(ONTVANGEN, KLOK);
        traject.verwerk(CONTACT, KLOK);

        var events = traject.verwerk(Feit.casusAfgesloten(CASUS, om("2026-05-06T12:00:00Z")), KLOK);

        assertThat(events).hasSize(2).allMatch(e -> e instanceof TermijnEvent.Gestopt);
        assertThat(traject.termijnen()).extracting(Termijn::status).containsExactly(Status.GEHAALD, Status.VERVALLEN, Status.VERVALLEN);
        assertThat(traject.eerstVerstrijktOp()).isNull();
    }

    @Test
    void lapsesTheFirstContactWhenTheReferralIsDeclinedInEitherOrder() {
        traject.verwerk(ONTVANGEN, KLOK);
        traject.verwerk(Feit.afgewezen(om("2026-04-22T10:00:00Z")), KLOK);
        Traject omgekeerd = Traject.nieuw(AANMELDING, "GM0228");
        omgekeerd.verwerk(Feit.afgewezen(om("2026-04-22T10:00:00Z")), KLOK);
        var events = omgekeerd.verwerk(ONTVANGEN, KLOK);

        assertThat(termijn(Soort.EERSTE_CONTACT).status()).isEqualTo(Status.VERVALLEN);
        assertThat(omgekeerd.stand()).isEqualTo(traject.stand());
        assertThat(soorten(events)).containsExactly(TermijnEvent.Gestart.class, TermijnEvent.Gestopt.class);
    }

    @Test
    void knowsTheTeamFromTheScreeningAndTheLatestRegisseur() {
        traject.verwerk(Feit.gescreend(Set.of("gw-ede-0003", "tl-ede-0001", "vt-0107")), KLOK);
        traject.verwerk(Feit.regisseurGekoppeld(CASUS, "st-ede-0099", om("2026-05-01T09:00:00Z")), KLOK);
        traject.verwerk(REGIE, KLOK);

        assertThat(traject.teamleden()).containsExactlyInAnyOrder("gw-ede-0003", "tl-ede-0001", "vt-0107", "st-ede-0099");
    }

    @Test
    void refusesTransitionsOutOfAFinalState() {
        traject.verwerk(ONTVANGEN, KLOK);
        traject.verwerk(CONTACT, KLOK);
        Termijn gehaald = termijn(Soort.EERSTE_CONTACT);

        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> gehaald.overschreden(om("2026-06-01T00:00:00Z"), 3, null));
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> gehaald.gestopt(Status.VERVALLEN, om("2026-06-01T00:00:00Z")));
    }

    private static <T> List<List<T>> permutaties(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> uit = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T eerste = rest.remove(i);
            for (List<T> p : permutaties(rest)) {
                List<T> volgorde = new ArrayList<>();
                volgorde.add(eerste);
                volgorde.addAll(p);
                uit.add(volgorde);
            }
        }
        return uit;
    }
}
