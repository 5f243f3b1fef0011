package nl.jeugdlink.escalatie.termijn.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A kind declared as a rule: several deadlines per traject by subject, weeks or working days, per-municipality terms, all ended at once. */
class TermijnregelTest {

    private static final String VERZOEK = "nl.jeugdlink.jbt.verzoek-ingediend.v1";
    private static final String BESLUIT = "nl.jeugdlink.jbt.besluit-genomen.v1";
    private static final String AFGESLOTEN = "nl.jeugdlink.casus.casus-afgesloten.v1";

    private static final Termijnregel JBT = new Termijnregel(Soort.of("JBT_BESLUIT"), "/verzoekId", Termijnregel.Trigger.op(VERZOEK, "/ingediendOp"),
            List.of(Termijnregel.Trigger.op(BESLUIT, "/besluitOp")),
            List.of(new Termijnregel.Trigger(AFGESLOTEN, "/afgeslotenOp", Termijnregel.ELK_ONDERWERP, List.of())),
            Termijnduur.weken(2), Map.of("GM0345", Termijnduur.werkdagen(5)), new Termijnregel.Betreft("JBT_VOORZITTER", "/gemeenteCode"));
    private static final Termijnklok KLOK = new Termijnklok(TermijnklokTest.FOODVALLEY_KALENDER, new Termijnregels(List.of(JBT), List.of()));

    private static Gebeurtenis event(String type, String... paren) {
        java.util.Map<String, List<String>> velden = new java.util.HashMap<>();
        for (int i = 0; i < paren.length; i += 2) {
            velden.put(paren[i], List.of(paren[i + 1]));
        }
        return new Gebeurtenis(type, Instant.parse("2026-06-01T08:00:00Z"), new Feit.MapVelden(velden));
    }

    @Test
    void holdsOneDeadlinePerSubjectCountedInWeeksAndMetPerSubject() {
        Traject traject = Traject.nieuw(Feit.AANMELDING, "GM0228");
        traject.verwerk(event(VERZOEK, "/verzoekId", "v-1", "/ingediendOp", "2026-06-01T08:00:00Z", "/gemeenteCode", "GM0228"), KLOK);
        traject.verwerk(event(VERZOEK, "/verzoekId", "v-2", "/ingediendOp", "2026-06-03", "/gemeenteCode", "GM0228"), KLOK);
        traject.verwerk(event(BESLUIT, "/verzoekId", "v-1", "/besluitOp", "2026-06-10T10:00:00Z"), KLOK);

        assertThat(traject.termijnen()).extracting(Termijn::onderwerp, Termijn::status, Termijn::uiterlijk).containsExactly(
                org.assertj.core.groups.Tuple.tuple("v-1", Status.GEHAALD, LocalDate.parse("2026-06-15")),
                org.assertj.core.groups.Tuple.tuple("v-2", Status.OPEN, LocalDate.parse("2026-06-17")));
        assertThat(traject.termijnen().getLast().betrokkene()).isEqualTo(new Betrokkene("JBT_VOORZITTER", "GM0228"));
        assertThat(traject.termijnen().getLast().id()).isEqualTo(Termijn.id("v-2", Soort.of("JBT_BESLUIT")));
    }

    @Test
    void takesTheTermOfTheMunicipalityWhereItDiffersAndEndsEverySubjectWhenTheCasusCloses() {
        Traject traject = Traject.nieuw(Feit.AANMELDING, "GM0345");
        traject.verwerk(event(VERZOEK, "/verzoekId", "v-1", "/ingediendOp", "2026-06-01T08:00:00Z"), KLOK);
        traject.verwerk(event(AFGESLOTEN, "/afgeslotenOp", "2026-06-02T08:00:00Z"), KLOK);
        // A request that arrives after the closure, about a moment before it, is created lapsed.
        traject.verwerk(event(VERZOEK, "/verzoekId", "v-2", "/ingediendOp", "2026-06-01T09:00:00Z"), KLOK);

        assertThat(traject.termijnen()).extracting(Termijn::werkdagen).containsOnly(5);
        assertThat(traject.termijnen()).extracting(Termijn::status).containsOnly(Status.VERVALLEN);
    }

    @Test
    void skipsARuleWhoseStartDateIsAbsentAndStillStartsItOnceTheDateArrives() {
        Traject traject = Traject.nieuw(Feit.AANMELDING, "GM0228");
        Gebeurtenis zonderDatum = event(VERZOEK, "/verzoekId", "v-1", "/gemeenteCode", "GM0228");

        assertThat(traject.verwerk(zonderDatum, KLOK)).isEmpty();
        assertThat(traject.termijnen()).isEmpty();
        assertThat(KLOK.regels().overgeslagen(zonderDatum)).containsExactly(Soort.of("JBT_BESLUIT"));

        Gebeurtenis metDatum = event(VERZOEK, "/verzoekId", "v-1", "/ingediendOp", "2026-06-01T08:00:00Z", "/gemeenteCode", "GM0228");
        assertThat(KLOK.regels().overgeslagen(metDatum)).isEmpty();
        assertThat(traject.verwerk(metDatum, KLOK)).hasSize(1);
        assertThat(traject.termijnen()).extracting(Termijn::status).containsExactly(Status.OPEN);
    }

    @Test
    void stillRefusesAnUnparseableStartDateAndAMissingDateOnAMeetingEvent() {
        Traject traject = Traject.nieuw(Feit.AANMELDING, "GM0228");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> traject.verwerk(event(VERZOEK, "/verzoekId", "v-1", "/ingediendOp", "morgen"), KLOK))
                .isInstanceOf(OnleesbareGebeurtenis.class).hasMessageContaining("no date");
        traject.verwerk(event(VERZOEK, "/verzoekId", "v-1", "/ingediendOp", "2026-06-01T08:00:00Z"), KLOK);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> traject.verwerk(event(BESLUIT, "/verzoekId", "v-1"), KLOK))
                .isInstanceOf(OnleesbareGebeurtenis.class).hasMessageContaining("has no /besluitOp");
    }

    @Test
    void aRouteBreachReachesTheGiTeamLeaderThenOnceTheRegionsContactPersonWhenStillNotMet() {
        String contact = "nl.jeugdlink.routing.contact-gelegd.v1";
        Termijnregel route = new Termijnregel(Soort.of("ROUTE_301_CONTACT"), "/aanmeldingId", Termijnregel.Trigger.op(VERZOEK, "/ingediendOp"),
                List.of(Termijnregel.Trigger.op(contact, null)), List.of(), Termijnduur.werkdagen(3), Map.of(),
                new Termijnregel.Betreft("GI_TEAMLEIDER", "/giCode", new Termijnregel.Opschaling("REGIONALE_CONTACTPERSOON", Termijnduur.werkdagen(5))));
        Termijnklok klok = new Termijnklok(TermijnklokTest.FOODVALLEY_KALENDER, new Termijnregels(List.of(route), List.of()));
        Traject traject = Traject.nieuw(Feit.AANMELDING, "GM0228");
        // Monday 1 June 2026: 3 working days to Thursday 4 June; the contact person 5 working days later, Thursday 11 June.
        traject.verwerk(event(VERZOEK, "/aanmeldingId", Feit.AANMELDING, "/ingediendOp", "2026-06-01T08:00:00Z", "/giCode", "GI-GLD"), klok);

        List<TermijnEvent> eerst = traject.bewaak(Instant.parse("2026-06-05T08:00:00Z"), klok);
        assertThat(eerst).singleElement().isInstanceOf(TermijnEvent.Overschreden.class);
        assertThat(eerst.getFirst().termijn().betrokkene()).isEqualTo(new Betrokkene("GI_TEAMLEIDER", "GI-GLD"));
        assertThat(traject.eerstVerstrijktOp()).isEqualTo(Instant.parse("2026-06-11T22:00:00Z"));
        assertThat(traject.bewaak(Instant.parse("2026-06-11T12:00:00Z"), klok)).isEmpty();

        List<TermijnEvent> daarna = traject.bewaak(Instant.parse("2026-06-12T08:00:00Z"), klok);
        assertThat(daarna).singleElement().isInstanceOfSatisfying(TermijnEvent.Opgeschaald.class,
                e -> {
                    assertThat(e.wie()).isEqualTo(new Betrokkene("REGIONALE_CONTACTPERSOON", "GM0228"));
                    assertThat(e.werkdagenTeLaat()).isEqualTo(6);
                });
        assertThat(traject.bewaak(Instant.parse("2026-06-20T08:00:00Z"), klok)).as("exactly once").isEmpty();
        assertThat(traject.eerstVerstrijktOp()).isNull();
    }

    @Test
    void aBreachMetBeforeItsNextPersonIsDueReachesNoOneElse() {
        String contact = "nl.jeugdlink.routing.contact-gelegd.v1";
        Termijnregel route = new Termijnregel(Soort.of("ROUTE_301_CONTACT"), "/aanmeldingId", Termijnregel.Trigger.op(VERZOEK, "/ingediendOp"),
                List.of(Termijnregel.Trigger.op(contact, "/contactOp")), List.of(), Termijnduur.werkdagen(3), Map.of(),
                new Termijnregel.Betreft("GI_TEAMLEIDER", "/gemeenteCode", new Termijnregel.Opschaling("REGIONALE_CONTACTPERSOON", Termijnduur.werkdagen(5))));
        Termijnklok klok = new Termijnklok(TermijnklokTest.FOODVALLEY_KALENDER, new Termijnregels(List.of(route), List.of()));
        Traject traject = Traject.nieuw(Feit.AANMELDING, "GM0228");
        traject.verwerk(event(VERZOEK, "/aanmeldingId", Feit.AANMELDING, "/ingediendOp", "2026-06-01T08:00:00Z"), klok);
        traject.bewaak(Instant.parse("2026-06-05T08:00:00Z"), klok);
        traject.verwerk(event(contact, "/aanmeldingId", Feit.AANMELDING, "/contactOp", "2026-06-08T08:00:00Z"), klok);

        assertThat(traject.termijnen().getFirst().status()).isEqualTo(Status.TE_LAAT_GEHAALD);
        assertThat(traject.bewaak(Instant.parse("2026-06-20T08:00:00Z"), klok)).isEmpty();
        assertThat(traject.eerstVerstrijktOp()).isNull();
    }

    @Test
    void readsTermsFromConfigurationText() {
        assertThat(Termijnduur.parse("5 werkdagen")).isEqualTo(Termijnduur.werkdagen(5));
        assertThat(Termijnduur.parse("1 week")).isEqualTo(Termijnduur.weken(1));
        assertThatIllegalArgumentException().isThrownBy(() -> Termijnduur.parse("5 dagen"));
        assertThatIllegalArgumentException().isThrownBy(() -> Termijnduur.parse("0 werkdagen"));
        assertThatIllegalArgumentException().isThrownBy(() -> Soort.of("eerste contact"));
    }

    @Test
    void aJbtPlanningBreachReachesTheChairAndTogetherWithItTheMunicipalContactOnce() {
        Termijnregel planning = new Termijnregel(Soort.of("JBT_PLANNING"), "/verzoekId", Termijnregel.Trigger.op(VERZOEK, "/ingediendOp"),
                List.of(), List.of(), Termijnduur.werkdagen(3), Map.of(),
                new Termijnregel.Betreft("JBT_VOORZITTER", "/gemeenteCode", Termijnregel.Opschaling.tegelijk("GEMEENTELIJK_CONTACTPERSOON")));
        Termijnklok klok = new Termijnklok(TermijnklokTest.FOODVALLEY_KALENDER, new Termijnregels(List.of(planning), List.of()));
        Traject traject = Traject.nieuw(Feit.AANMELDING, "GM0228");
        traject.verwerk(event(VERZOEK, "/verzoekId", "v-1", "/ingediendOp", "2026-06-01T08:00:00Z", "/gemeenteCode", "GM0228"), klok);

        List<TermijnEvent> events = traject.bewaak(Instant.parse("2026-06-05T08:00:00Z"), klok);

        assertThat(events).hasSize(2);
        assertThat(events.getFirst()).isInstanceOfSatisfying(TermijnEvent.Overschreden.class,
                e -> assertThat(e.termijn().betrokkene()).isEqualTo(new Betrokkene("JBT_VOORZITTER", "GM0228")));
        assertThat(events.getLast()).isInstanceOfSatisfying(TermijnEvent.Opgeschaald.class,
                e -> assertThat(e.wie()).isEqualTo(new Betrokkene("GEMEENTELIJK_CONTACTPERSOON", "GM0228")));
        assertThat(traject.bewaak(Instant.parse("2026-06-20T08:00:00Z"), klok)).as("exactly once").isEmpty();
    }

    @Test
    void aMunicipalityThatNamesItsOwnNextPersonHasItsBreachesReachThemAndNoOtherMunicipalitysBreach() {
        Termijnregel.Betreft regio = new Termijnregel.Betreft("TEAMLEIDER", "/gemeenteCode", null, Map.of(
                "GM0345", new Termijnregel.Betreft("TEAMLEIDER", "/gemeenteCode", new Termijnregel.Opschaling("GEMEENTELIJK_CONTACTPERSOON", Termijnduur.werkdagen(2)))));
        Termijnregel plan = new Termijnregel(Soort.of("PLAN"), "/aanmeldingId", Termijnregel.Trigger.op(VERZOEK, "/ingediendOp"),
                List.of(), List.of(), Termijnduur.werkdagen(3), Map.of(), regio);
        Termijnklok klok = new Termijnklok(TermijnklokTest.FOODVALLEY_KALENDER, new Termijnregels(List.of(plan), List.of()));
        Traject ede = Traject.nieuw(Feit.AANMELDING, "GM0228");
        Traject veenendaal = Traject.nieuw("a-veenendaal", "GM0345");
        ede.verwerk(event(VERZOEK, "/aanmeldingId", Feit.AANMELDING, "/ingediendOp", "2026-06-01T08:00:00Z", "/gemeenteCode", "GM0228"), klok);
        veenendaal.verwerk(event(VERZOEK, "/aanmeldingId", "a-veenendaal", "/ingediendOp", "2026-06-01T08:00:00Z", "/gemeenteCode", "GM0345"), klok);

        // Thursday 4 June is the last day; Veenendaal's contact 2 working days later, at the end of Monday 8 June.
        assertThat(ede.bewaak(Instant.parse("2026-06-05T08:00:00Z"), klok)).singleElement().isInstanceOfSatisfying(TermijnEvent.Overschreden.class,
                e -> assertThat(e.termijn().betrokkene()).isEqualTo(new Betrokkene("TEAMLEIDER", "GM0228")));
        assertThat(veenendaal.bewaak(Instant.parse("2026-06-05T08:00:00Z"), klok)).singleElement().isInstanceOfSatisfying(TermijnEvent.Overschreden.class,
                e -> assertThat(e.termijn().betrokkene()).isEqualTo(new Betrokkene("TEAMLEIDER", "GM0345")));
        assertThat(ede.eerstVerstrijktOp()).as("the region names no next person").isNull();
        assertThat(veenendaal.eerstVerstrijktOp()).isEqualTo(Instant.parse("2026-06-08T22:00:00Z"));

        assertThat(ede.bewaak(Instant.parse("2026-06-20T08:00:00Z"), klok)).isEmpty();
        assertThat(veenendaal.bewaak(Instant.parse("2026-06-09T08:00:00Z"), klok)).singleElement().isInstanceOfSatisfying(TermijnEvent.Opgeschaald.class,
                e -> assertThat(e.wie()).as("its own contact, of its own municipality").isEqualTo(new Betrokkene("GEMEENTELIJK_CONTACTPERSOON", "GM0345")));
        assertThat(veenendaal.bewaak(Instant.parse("2026-06-20T08:00:00Z"), klok)).as("exactly once").isEmpty();
    }
}
