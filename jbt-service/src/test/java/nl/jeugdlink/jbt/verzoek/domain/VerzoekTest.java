package nl.jeugdlink.jbt.verzoek.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.jeugdlink.jbt.verzoek.FormulierMother;
import org.junit.jupiter.api.Test;

class VerzoekTest {

    private static final LocalDate VANDAAG = LocalDate.of(2027, 5, 3);
    private static final Instant NU = Instant.parse("2027-05-03T10:00:00Z");
    private static final BekendeCasus CASUS = new BekendeCasus(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "GM0228", "regisseur-1", "verwijzer-1");
    private static final Indiener REGISSEUR = new Indiener("regisseur-1", "regisseur");

    @Test
    void refusesARequestWithoutTheSafetySectionNamingTheSection() {
        Verzoek verzoek = Verzoek.concept(CASUS, NU);

        assertThatThrownBy(() -> verzoek.dienIn(Verzoeksoort.BESPREKING, Gesprekstype.VIJF_VOOR_TWAALF, FormulierMother.zonderVeiligheid(VANDAAG),
                REGISSEUR, "regisseur-1", VANDAAG, NU))
                .isInstanceOfSatisfying(OngeldigVerzoek.class, e -> assertThat(e.gebreken())
                        .containsExactly(new Formulier.Gebrek("formulier.veiligheid", "verplicht",
                                "Sectie 2.5 Veiligheid en gemaakte afspraken is verplicht: invullen is absoluut noodzakelijk.")));
        assertThat(verzoek.status()).isEqualTo(Verzoek.Status.CONCEPT);
    }

    @Test
    void namesEveryGapAtOnce() {
        Formulier f = FormulierMother.volledig(VANDAAG);
        Formulier gebrekkig = new Formulier(f.verzoeker(), List.of(), f.ouders(), f.onderbouwing(), f.gezinsbeschrijving(), f.informatie(),
                new Formulier.Hulpaanbod(List.of(), true, null, List.of(new Formulier.Rapport("oud", VANDAAG.minusYears(3)))),
                new Formulier.Veiligheid("zorg", "afspraak", null, null, " ", "hoog", "LIRIK", 11), f.bespreking(), f.referenten(), f.genodigden(),
                new Formulier.Tolk(true, null), f.ondertekening());

        assertThat(gebrekkig.gebreken(VANDAAG)).extracting(Formulier.Gebrek::veld, Formulier.Gebrek::regel).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("formulier.veiligheid.veiligheidsuitspraak", "verplicht"),
                org.assertj.core.groups.Tuple.tuple("formulier.veiligheid.veiligheidsschaal", "bereik"),
                org.assertj.core.groups.Tuple.tuple("formulier.kinderen", "verplicht"),
                org.assertj.core.groups.Tuple.tuple("formulier.hulpaanbod.rapporten[0].datum", "nietOuderDanTweeJaar"),
                org.assertj.core.groups.Tuple.tuple("formulier.tolk.taal", "verplicht"));
    }

    @Test
    void checksTheBsnWithTheElevenTest() {
        assertThat(Formulier.geldigBsn(FormulierMother.BSN_KIND)).isTrue();
        assertThat(Formulier.geldigBsn("111222334")).isFalse();
        assertThat(Formulier.geldigBsn("12345678")).isFalse();
    }

    @Test
    void filesACompleteRequestOnceAndTheChairReturnsItWithAReasonAfterWhichItIsFiledAgain() {
        Verzoek verzoek = Verzoek.concept(CASUS, NU);

        assertThat(verzoek.dienIn(Verzoeksoort.BESPREKING, Gesprekstype.VIJF_VOOR_TWAALF, FormulierMother.volledig(VANDAAG), REGISSEUR,
                "regisseur-1", VANDAAG, NU)).singleElement().isInstanceOf(VerzoekEvent.Ingediend.class);
        assertThatThrownBy(() -> verzoek.dienIn(Verzoeksoort.BESPREKING, Gesprekstype.VIJF_VOOR_TWAALF, FormulierMother.volledig(VANDAAG),
                REGISSEUR, "regisseur-1", VANDAAG, NU)).isInstanceOfSatisfying(Regelschending.class,
                        e -> assertThat(e.gebreken().get(0).regel()).isEqualTo("alIngediend"));

        var terug = verzoek.stuurTerug("De risicotaxatie is ouder dan een half jaar.", "voorzitter-1", NU.plusSeconds(60));

        assertThat(terug).singleElement().isInstanceOfSatisfying(VerzoekEvent.Teruggestuurd.class,
                t -> assertThat(t.terugsturing().reden()).isEqualTo("De risicotaxatie is ouder dan een half jaar."));
        assertThat(verzoek.status()).isEqualTo(Verzoek.Status.TERUGGESTUURD);
        assertThatThrownBy(() -> verzoek.neemBesluit(besluit(Besluit.Uitkomst.ALLEEN_RAADSONDERZOEK), VANDAAG)).isInstanceOf(Regelschending.class);

        verzoek.dienIn(Verzoeksoort.BESPREKING, Gesprekstype.VIJF_VOOR_TWAALF, FormulierMother.volledig(VANDAAG), REGISSEUR, "regisseur-1",
                VANDAAG, NU.plusSeconds(120));
        assertThat(verzoek.status()).isEqualTo(Verzoek.Status.INGEDIEND);
        assertThat(verzoek.terugsturingen()).hasSize(1);
    }

    @Test
    void aDecisionWithARaadsonderzoekAlsoAsksTheRaadAndAVoluntaryOneDoesNot() {
        assertThat(ingediend().neemBesluit(besluit(Besluit.Uitkomst.VRIJWILLIG_NIET_VRIJBLIJVEND_EN_RAADSONDERZOEK), VANDAAG))
                .extracting(e -> e.getClass().getSimpleName()).containsExactly("BesluitGenomen", "RaadsonderzoekGevraagd");
        assertThat(ingediend().neemBesluit(besluit(Besluit.Uitkomst.ALLEEN_RAADSONDERZOEK), VANDAAG)).hasSize(2);
        assertThat(ingediend().neemBesluit(besluit(Besluit.Uitkomst.VRIJWILLIG_REGIE_LOKAAL_TEAM), VANDAAG))
                .singleElement().isInstanceOf(VerzoekEvent.BesluitGenomen.class);
        Verzoek besloten = ingediend();
        besloten.neemBesluit(besluit(Besluit.Uitkomst.VRIJWILLIG_NIET_VRIJBLIJVEND), VANDAAG);
        assertThat(besloten.status()).isEqualTo(Verzoek.Status.BESLOTEN);
        assertThatThrownBy(() -> besloten.neemBesluit(besluit(Besluit.Uitkomst.VRIJWILLIG_NIET_VRIJBLIJVEND), VANDAAG))
                .isInstanceOf(Regelschending.class);
    }

    @Test
    void aDecisionAlwaysHasItsThreeItemsAndAnEvaluationMomentInTheFuture() {
        Besluit zonder = new Besluit(Besluit.Uitkomst.VRIJWILLIG_NIET_VRIJBLIJVEND, " ", "", "", Besluit.Besluitvorming.MANDAAT_VOORZITTER,
                VANDAAG, "voorzitter-1", NU);

        assertThatThrownBy(() -> ingediend().neemBesluit(zonder, VANDAAG)).isInstanceOfSatisfying(OngeldigVerzoek.class,
                e -> assertThat(e.gebreken()).extracting(Formulier.Gebrek::veld).containsExactly("route", "hulp", "veiligheidsafspraken", "evaluatieMoment"));
    }

    @Test
    void theRequestIsForTheChairTheRequesterAndTheRegisseurOfItsMunicipalityOnly() {
        Verzoek verzoek = ingediend();
        Inzagebeleid.eisInzage(verzoek, new Medewerker("voorzitter-1", Set.of("jbt-voorzitter"), Set.of("GM0228")));
        Inzagebeleid.eisInzage(verzoek, new Medewerker("regisseur-1", Set.of("regisseur"), Set.of("GM0228")));

        assertThatThrownBy(() -> Inzagebeleid.eisInzage(verzoek, new Medewerker("voorzitter-2", Set.of("jbt-voorzitter"), Set.of("GM0345"))))
                .isInstanceOf(GeenInzage.class).hasMessageContaining("GM0228");
        assertThatThrownBy(() -> Inzagebeleid.eisInzage(verzoek, new Medewerker("collega", Set.of("regisseur"), Set.of("GM0228"))))
                .isInstanceOf(GeenInzage.class);
        assertThatThrownBy(() -> Inzagebeleid.eisMagIndienen(CASUS, new Medewerker("collega", Set.of("regisseur"), Set.of("GM0228")), "regisseur"))
                .isInstanceOf(GeenInzage.class);
        Inzagebeleid.eisMagIndienen(CASUS, new Medewerker("vt-1", Set.of("jeugdlink-professional"), Set.of("GM0228")), "jeugdlink-professional");
    }

    @Test
    void aRaadsmedewerkerInvolvedWithTheFamilyBeforeIsRefusedAndAnotherAssigned() {
        Verzoek verzoek = ingediend();

        assertThatThrownBy(() -> verzoek.wijsRaadsmedewerkerAan("rvdk-1", true, "jbt-vz-1", NU))
                .isInstanceOfSatisfying(Regelschending.class, e -> {
                    assertThat(e.gebreken().get(0).regel()).isEqualTo("onafhankelijkheid");
                    assertThat(e.getMessage()).contains("rvdk-1 was eerder betrokken bij dit gezin");
                });
        assertThat(verzoek.raadsmedewerkerId()).isNull();

        verzoek.wijsRaadsmedewerkerAan("rvdk-2", false, "jbt-vz-1", NU);
        assertThat(verzoek.raadsmedewerkerId()).isEqualTo("rvdk-2");
    }

    @Test
    void theParentsEvaluationNamesEveryMissingAnswerAndEachOneIsKeptBesideTheEarlier() {
        Verzoek verzoek = ingediend();
        verzoek.neemBesluit(besluit(Besluit.Uitkomst.VRIJWILLIG_NIET_VRIJBLIJVEND), VANDAAG);
        assertThatThrownBy(() -> verzoek.evalueer(1, Evaluatie.Antwoord.JA, Evaluatie.Antwoord.JA, 8, "", NU))
                .as("no report yet").isInstanceOf(Regelschending.class);
        verzoek.legVerslagVast("Verslag.", "voorzitter-1", NU, java.time.Duration.ofDays(14));

        assertThatThrownBy(() -> verzoek.evalueer(1, null, null, 0, "x".repeat(Evaluatie.MAX_TOELICHTING + 1), NU))
                .isInstanceOfSatisfying(OngeldigVerzoek.class, e -> assertThat(e.gebreken()).extracting(Formulier.Gebrek::veld)
                        .containsExactly("gehoord", "duidelijk", "cijfer", "toelichting"));
        verzoek.evalueer(1, Evaluatie.Antwoord.NEE, Evaluatie.Antwoord.EEN_BEETJE, 5, " Te kort. ", NU);
        verzoek.evalueer(1, Evaluatie.Antwoord.JA, Evaluatie.Antwoord.JA, 8, "", NU.plusSeconds(60));

        assertThat(verzoek.verslag().evaluaties()).extracting(Evaluatie::cijfer, Evaluatie::toelichting)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "Te kort."), org.assertj.core.groups.Tuple.tuple(8, ""));
        assertThat(verzoek.verslag().reacties()).isEmpty();
    }

    private static Verzoek ingediend() {
        Verzoek verzoek = Verzoek.concept(CASUS, NU);
        verzoek.dienIn(Verzoeksoort.RAADSONDERZOEK, Gesprekstype.VIJF_VOOR_TWAALF, FormulierMother.volledig(VANDAAG), REGISSEUR, "regisseur-1",
                VANDAAG, NU);
        return verzoek;
    }

    private static Besluit besluit(Besluit.Uitkomst uitkomst) {
        return new Besluit(uitkomst, "Regie bij de GI", "Gezinscoaching met drang", "Dagelijks naar school; oma kijkt mee",
                Besluit.Besluitvorming.CONSENSUS, VANDAAG.plusMonths(3), "voorzitter-1", NU);
    }

    @Test
    void aCasussFirstRequestKeepsTheCasusIdAndEveryLaterOneHasAStableIdOfItsOwn() {
        String casusId = CASUS.casusId();

        assertThat(Verzoek.idVoor(casusId, 1)).isEqualTo(casusId).isEqualTo(Verzoek.idVoor(casusId));
        assertThat(Verzoek.idVoor(casusId, 2)).isNotEqualTo(casusId).isEqualTo(Verzoek.idVoor(casusId, 2))
                .isNotEqualTo(Verzoek.idVoor(casusId, 3)).isNotEqualTo(Verzoek.idVoor(UUID.randomUUID().toString(), 2));
        assertThatThrownBy(() -> Verzoek.idVoor(casusId, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTableEvaluatesItsDecisionOnceAndOnlyAfterIt() {
        Verzoek verzoek = Verzoek.concept(CASUS, NU);
        verzoek.dienIn(Verzoeksoort.BESPREKING, Gesprekstype.VIJF_VOOR_TWAALF, FormulierMother.volledig(VANDAAG), REGISSEUR, "regisseur-1", VANDAAG, NU);
        assertThatThrownBy(() -> verzoek.legEvaluatieVast(Tafelevaluatie.Vorm.SCHRIFTELIJK, Tafelevaluatie.Nakoming.JA, Tafelevaluatie.Vervolg.AFSLUITEN,
                "Nagekomen.", "vz-1", NU)).isInstanceOfSatisfying(Regelschending.class,
                        e -> assertThat(e.gebreken().getFirst().regel()).isEqualTo("nietBesloten"));
        assertThat(verzoek.afgerond()).isFalse();
        verzoek.neemBesluit(new Besluit(Besluit.Uitkomst.VRIJWILLIG_NIET_VRIJBLIJVEND, "GI", "Coaching", "Naar school", Besluit.Besluitvorming.CONSENSUS,
                VANDAAG.plusMonths(3), "vz-1", NU), VANDAAG);
        assertThat(verzoek.afgerond()).isTrue();

        assertThatThrownBy(() -> verzoek.legEvaluatieVast(null, null, null, " ", "vz-1", NU)).isInstanceOfSatisfying(OngeldigVerzoek.class,
                e -> assertThat(e.gebreken()).extracting(Formulier.Gebrek::veld).containsExactly("vorm", "afsprakenNagekomen", "vervolg", "bevindingen"));
        assertThat(verzoek.legEvaluatieVast(Tafelevaluatie.Vorm.AAN_TAFEL, Tafelevaluatie.Nakoming.NEE, Tafelevaluatie.Vervolg.NIEUW_VERZOEK,
                " Niet nagekomen. ", "vz-1", NU)).singleElement().isInstanceOf(VerzoekEvent.EvaluatieVastgelegd.class);
        assertThat(verzoek.tafelevaluatie()).isEqualTo(new Tafelevaluatie(Tafelevaluatie.Vorm.AAN_TAFEL, Tafelevaluatie.Nakoming.NEE,
                Tafelevaluatie.Vervolg.NIEUW_VERZOEK, "Niet nagekomen.", "vz-1", NU));
        assertThatThrownBy(() -> verzoek.legEvaluatieVast(Tafelevaluatie.Vorm.AAN_TAFEL, Tafelevaluatie.Nakoming.JA, Tafelevaluatie.Vervolg.AFSLUITEN,
                "Toch wel.", "vz-1", NU)).isInstanceOfSatisfying(Regelschending.class,
                        e -> assertThat(e.gebreken().getFirst().regel()).isEqualTo("alGeevalueerd"));
    }

    @Test
    void aPlannedTalkMovesOnlyWhenItsTimeChangesAndOnlyAtItsOwnTableAndDay() {
        Verzoek verzoek = ingediend();
        LocalDate dinsdag = VANDAAG.plusDays(8);
        verzoek.plan(new Planning("foodvalley", dinsdag, false, "vz-1", NU, null, null, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(10, 0),
                java.time.LocalTime.of(11, 0)));

        assertThat(verzoek.verplaats("foodvalley", dinsdag, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(10, 0), java.time.LocalTime.of(11, 0),
                "vz-1", NU)).isEmpty();
        assertThat(verzoek.verplaats("andere-tafel", dinsdag, java.time.LocalTime.of(13, 0), java.time.LocalTime.of(14, 0), java.time.LocalTime.of(15, 0),
                "vz-1", NU)).isEmpty();
        var events = verzoek.verplaats("foodvalley", dinsdag, java.time.LocalTime.of(13, 0), java.time.LocalTime.of(14, 0), java.time.LocalTime.of(15, 0),
                "vz-2", NU);

        assertThat(events).singleElement().isInstanceOfSatisfying(VerzoekEvent.Verplaatst.class, v -> {
            assertThat(v.eerder().tijdstip()).isEqualTo(java.time.LocalTime.of(10, 0));
            assertThat(v.nu().tijdstip()).isEqualTo(java.time.LocalTime.of(14, 0));
            assertThat(v.nu().einde()).isEqualTo(java.time.LocalTime.of(15, 0));
            // Who planned it stays; who moved it is the event's.
            assertThat(v.nu().geplandDoor()).isEqualTo("vz-1");
            assertThat(v.door()).isEqualTo("vz-2");
        });
        assertThat(verzoek.planning().aanvang()).isEqualTo(java.time.LocalTime.of(13, 0));
    }
}
