package nl.jeugdlink.routing.toewijzing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingsopdracht.OmvangInvoer;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingsopdracht.ParameterChecks;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingsopdracht.ProductInvoer;
import org.junit.jupiter.api.Test;

class CasusTest {

    private static final Instant NU = Instant.parse("2026-11-25T14:03:27Z");
    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 25);

    private static Casus casus() {
        return Casus.uit(new Casus.Geopend("5d1f3b2a-7c4e-3a9b-8e21-0c6a4f9d2b37", "0b7c5a3e-4f1d-4c2a-9a51-2f6d1c0e7b11", "GM0228", NU));
    }

    private static Toewijzingsopdracht ambulant(String agb, LocalDate van, LocalDate tot) {
        return Toewijzingsopdracht.uit(new ParameterChecks(agb, new ProductInvoer("45", "45A01"), van, tot, new OmvangInvoer(3L, "04", "2"), null));
    }

    @Test
    void assignsUnderTheDrawnNumberAndReportsItWithTheCasus() {
        Casus casus = casus();

        var event = casus.wijsToe(ambulant("98000011", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 5, 31)), "t-1", 17, NU, "bo-ede-0007");

        assertThat(event.casus()).isSameAs(casus);
        assertThat(event.toewijzing().toewijzingNummer()).isEqualTo(17);
        assertThat(event.toewijzing().toegewezenDoor()).isEqualTo("bo-ede-0007");
        assertThat(casus.toewijzingen()).containsExactly(event.toewijzing());
    }

    @Test
    void refusesTheSameProductForTheSameProviderInAnOverlappingPeriodTr302() {
        Casus casus = casus();
        casus.wijsToe(ambulant("98000011", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 5, 31)), "t-1", 1, NU, "bo");

        assertThatThrownBy(() -> casus.controleer(ambulant("98000011", LocalDate.of(2027, 5, 31), LocalDate.of(2027, 8, 31))))
                .isInstanceOfSatisfying(Regelschending.class, e -> assertThat(e.regel()).isEqualTo("TR302"));
        assertThat(casus.toewijzingen()).hasSize(1);
    }

    @Test
    void allowsTheSameProductInTheNextPeriodOrAtAnotherProvider() {
        Casus casus = casus();
        casus.wijsToe(ambulant("98000011", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 5, 31)), "t-1", 1, NU, "bo");

        casus.wijsToe(ambulant("98000011", LocalDate.of(2027, 6, 1), LocalDate.of(2027, 8, 31)), "t-2", 2, NU, "bo");
        casus.wijsToe(ambulant("98000022", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 5, 31)), "t-3", 3, NU, "bo");

        assertThat(casus.toewijzingen()).extracting(Toewijzing::toewijzingId).containsExactly("t-1", "t-2", "t-3");
    }

    @Test
    void showsAToewijzingOnlyToTheProviderItIsAddressedTo() {
        var t = casus().wijsToe(ambulant("98000011", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 5, 31)), "t-1", 1, NU, "bo").toewijzing();

        assertThat(List.of(t.isVoor("98000011"), t.isVoor("98000022"), t.isVoor(null))).containsExactly(true, false, false);
    }

    @Test
    void assignsNothingOnceClosedAndKeepsWhatWasAssigned() {
        Casus casus = casus();
        casus.wijsToe(ambulant("98000011", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 5, 31)), "t-1", 1, NU, "bo");

        assertThat(casus.sluit(Instant.parse("2027-05-03T12:00:00Z"))).isTrue();
        assertThat(casus.sluit(Instant.parse("2027-05-04T12:00:00Z"))).as("a second closure changes nothing").isFalse();

        assertThat(casus.afgeslotenOp()).isEqualTo(Instant.parse("2027-05-03T12:00:00Z"));
        assertThatThrownBy(() -> casus.wijsToe(ambulant("98000022", LocalDate.of(2027, 6, 1), LocalDate.of(2027, 8, 31)), "t-2", 2, NU, "bo"))
                .isInstanceOfSatisfying(Regelschending.class, e -> assertThat(e.regel()).isEqualTo("CASUS_AFGESLOTEN"));
        assertThat(casus.toewijzingen()).extracting(Toewijzing::toewijzingId).containsExactly("t-1");
    }

    @Test
    void aProviderDeclinesAToewijzingOnceAndTheDeclineTravelsWithIt() {
        Casus casus = casus();
        casus.wijsToe(ambulant("98000011", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 5, 31)), "t-1", 1, NU, "bo");
        Afwijzing afwijzing = new Afwijzing("a-1", Afwijzing.Grond.GEEN_TIJDIGE_HULP, Afwijzing.Reden.WACHTLIJST, null, NU.plusSeconds(3600), "za");

        ToewijzingEvent.Afgewezen event = casus.wijsAf("t-1", afwijzing);

        assertThat(event.toewijzing().afwijzing()).isEqualTo(afwijzing);
        assertThat(casus.toewijzingen().getFirst().afwijzing()).isEqualTo(afwijzing);
        assertThatThrownBy(() -> casus.wijsAf("t-1", afwijzing)).isInstanceOfSatisfying(Regelschending.class,
                e -> assertThat(e.regel()).isEqualTo("AL_AFGEWEZEN"));
    }

    @Test
    void aToewijzingToAnotherProviderClosesAnOpenDeclinesSearchAndOneToTheDecliningProviderDoesNot() {
        Casus casus = casus();
        casus.wijsToe(ambulant("98000011", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 5, 31)), "t-1", 1, NU, "bo");
        casus.wijsAf("t-1", new Afwijzing("a-1", Afwijzing.Grond.GEEN_TIJDIGE_HULP, Afwijzing.Reden.WACHTLIJST, null, NU.plusSeconds(3600), "za"));

        Toewijzing weer = casus.wijsToe(ambulant("98000011", LocalDate.of(2027, 6, 1), LocalDate.of(2027, 8, 31)), "t-2", 2, NU, "bo").toewijzing();
        assertThat(casus.sluitZoektochten(weer, NU.plusSeconds(7200))).isEmpty();

        Toewijzing ander = casus.wijsToe(ambulant("98000022", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 5, 31)), "t-3", 3, NU, "bo").toewijzing();
        var gesloten = casus.sluitZoektochten(ander, NU.plusSeconds(7200));

        assertThat(gesloten).singleElement().satisfies(z -> {
            assertThat(z.afgewezen().afwijzing().afwijzingId()).isEqualTo("a-1");
            assertThat(z.afgewezen().afwijzing().zoektochtAfgeslotenOp()).isEqualTo(NU.plusSeconds(7200));
            assertThat(z.nieuw().toewijzingId()).isEqualTo("t-3");
        });
        assertThat(casus.sluitZoektochten(ander, NU.plusSeconds(9000))).as("closed once").isEmpty();
    }

    private static Casus afgewezenEnIngeschakeld(Zoektocht.Route route) {
        Casus casus = casus();
        casus.wijsToe(ambulant("98000011", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 5, 31)), "t-1", 1, NU, "bo");
        casus.wijsAf("t-1", new Afwijzing("a-1", Afwijzing.Grond.GEEN_TIJDIGE_HULP, Afwijzing.Reden.WACHTLIJST, null, NU.plusSeconds(3600), "za"));
        casus.schakelIn("t-1", new Zoektocht(route, NU.plusSeconds(7200), "jb"));
        return casus;
    }

    private static String regel(Runnable handeling) {
        try {
            handeling.run();
        } catch (Regelschending e) {
            return e.regel();
        }
        throw new AssertionError("no rule broken");
    }

    @Test
    void theRetDiscussesAnEngagedRetSearchOnceAndNeverANetworkSearchOrOneNotEngaged() {
        Casus casus = afgewezenEnIngeschakeld(Zoektocht.Route.RET);
        var bespreking = new Zoektocht.Bespreking(Zoektocht.Uitkomst.GEEN_PASSENDE_HULP, NU.plusSeconds(86_400), "jb");

        var event = casus.bespreek("t-1", bespreking);

        assertThat(event.afgewezen().afwijzing().zoektocht().bespreking()).isEqualTo(bespreking);
        assertThat(casus.toewijzingen().getFirst().afwijzing().zoektocht().route()).isEqualTo(Zoektocht.Route.RET);
        assertThat(regel(() -> casus.bespreek("t-1", bespreking))).isEqualTo("AL_BESPROKEN");
        assertThat(regel(() -> afgewezenEnIngeschakeld(Zoektocht.Route.NETWERK).bespreek("t-1", bespreking))).isEqualTo("GEEN_RET");
        Casus nietIngeschakeld = casus();
        nietIngeschakeld.wijsToe(ambulant("98000011", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 5, 31)), "t-1", 1, NU, "bo");
        assertThat(regel(() -> nietIngeschakeld.bespreek("t-1", bespreking))).isEqualTo("NIET_AFGEWEZEN");
        nietIngeschakeld.wijsAf("t-1", new Afwijzing("a-1", Afwijzing.Grond.GEEN_TIJDIGE_HULP, Afwijzing.Reden.WACHTLIJST, null, NU, "za"));
        assertThat(regel(() -> nietIngeschakeld.bespreek("t-1", bespreking))).isEqualTo("NIET_INGESCHAKELD");
    }

    @Test
    void step6FollowsARetDiscussionWithoutCareOrTheNetworkOnceAndThenOnlyToTheAdministrators() {
        Casus ret = afgewezenEnIngeschakeld(Zoektocht.Route.RET);
        assertThat(regel(() -> ret.schaalOp("t-1", false, NU, "tl"))).isEqualTo("NIET_BESPROKEN");
        Casus zicht = afgewezenEnIngeschakeld(Zoektocht.Route.RET);
        zicht.bespreek("t-1", new Zoektocht.Bespreking(Zoektocht.Uitkomst.ZICHT_OP_PASSENDE_HULP, NU, "jb"));
        assertThat(regel(() -> zicht.schaalOp("t-1", false, NU, "tl"))).isEqualTo("ZICHT_OP_PASSENDE_HULP");
        ret.bespreek("t-1", new Zoektocht.Bespreking(Zoektocht.Uitkomst.GEEN_PASSENDE_HULP, NU, "jb"));

        var eerste = ret.schaalOp("t-1", false, NU.plusSeconds(60), "tl");
        assertThat(eerste.bestuurlijk()).isFalse();
        assertThat(eerste.afgewezen().afwijzing().zoektocht().opschaling().opgeschaaldDoor()).isEqualTo("tl");
        assertThat(regel(() -> ret.schaalOp("t-1", false, NU.plusSeconds(120), "tl"))).isEqualTo("AL_OPGESCHAALD");
        var bestuurlijk = ret.schaalOp("t-1", true, NU.plusSeconds(180), "rcp");
        assertThat(bestuurlijk.bestuurlijk()).isTrue();
        var opschaling = bestuurlijk.afgewezen().afwijzing().zoektocht().opschaling();
        assertThat(opschaling.opgeschaaldOp()).as("the first escalation stays").isEqualTo(NU.plusSeconds(60));
        assertThat(opschaling.bestuurlijkOp()).isEqualTo(NU.plusSeconds(180));
        assertThat(regel(() -> ret.schaalOp("t-1", true, NU.plusSeconds(240), "rcp"))).isEqualTo("AL_OPGESCHAALD");

        Casus netwerk = afgewezenEnIngeschakeld(Zoektocht.Route.NETWERK);
        assertThat(netwerk.schaalOp("t-1", true, NU, "tl").afgewezen().afwijzing().zoektocht().opschaling().isBestuurlijk()).isTrue();
    }

    @Test
    void aClosedSearchIsNeitherDiscussedNorEscalated() {
        Casus casus = afgewezenEnIngeschakeld(Zoektocht.Route.RET);
        Toewijzing ander = casus.wijsToe(ambulant("98000022", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 5, 31)), "t-2", 2, NU, "bo").toewijzing();
        casus.sluitZoektochten(ander, NU.plusSeconds(9000));

        assertThat(regel(() -> casus.bespreek("t-1", new Zoektocht.Bespreking(Zoektocht.Uitkomst.GEEN_PASSENDE_HULP, NU, "jb"))))
                .isEqualTo("ZOEKTOCHT_AFGESLOTEN");
        assertThat(regel(() -> casus.schaalOp("t-1", false, NU, "tl"))).isEqualTo("ZOEKTOCHT_AFGESLOTEN");
    }

    private static Bepaling bepaling(String id, String agb, boolean gecontracteerd) {
        return new Bepaling(id, ambulant(agb, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 5, 31)), List.of(LocalDate.of(2027, 2, 1)),
                LocalDate.of(2026, 11, 20), gecontracteerd, NU, "jb", null, null, LocalDate.of(2026, 11, 18),
                new Bepaling.Gi("jb", "GECERTIFICEERDE_INSTELLING"));
    }

    @Test
    void aJw315OfTheProviderARoute315BepalingNamesIsItsStepFourOnce_andNeverARoute301BepalingsOrAnotherProviders() {
        Casus casus = casus();
        Bepaling.Afstemming route315 = new Bepaling.Afstemming("v-1", Aanmeldroute.ZORGAANBIEDER, LocalDate.of(2026, 11, 19));
        Bepaling.Afstemming route301 = new Bepaling.Afstemming("v-2", Aanmeldroute.LOKALE_TOEGANG, null);
        Bepaling b = bepaling("b-1", "98000011", true);
        casus.bepaal(new Bepaling(b.bepalingId(), b.zorg(), b.evaluatiemomenten(), b.verwezenNaarLokaalTeamOp(), true, NU, "jb", null, null,
                b.lokaalTeamGeraadpleegdOp(), b.gi(), route315));
        casus.bepaal(new Bepaling("b-2", b.zorg(), b.evaluatiemomenten(), b.verwezenNaarLokaalTeamOp(), true, NU, "jb", null, null,
                b.lokaalTeamGeraadpleegdOp(), b.gi(), route301));
        assertThat(casus.wachtOpVerzoekVan("98000022")).isFalse();
        assertThat(casus.aangevraagd("98000022", new Bepaling.Aanvraag("vz-0", NU))).isEmpty();
        assertThat(casus.wachtOpVerzoekVan("98000011")).isTrue();

        List<ToewijzingEvent> events = casus.aangevraagd("98000011", new Bepaling.Aanvraag("vz-1", NU));

        assertThat(events).singleElement().isInstanceOfSatisfying(ToewijzingEvent.Aangevraagd.class,
                e -> assertThat(e.bepaling().bepalingId()).isEqualTo("b-1"));
        assertThat(casus.bepaling("b-1").orElseThrow().aanvraag()).isEqualTo(new Bepaling.Aanvraag("vz-1", NU));
        assertThat(casus.bepaling("b-2").orElseThrow().aanvraag()).isNull();
        assertThat(casus.wachtOpVerzoekVan("98000011")).isFalse();
        assertThat(casus.aangevraagd("98000011", new Bepaling.Aanvraag("vz-2", NU))).isEmpty();
    }

    @Test
    void aJw315AcceptedBeforeTheBepalingsIntentionIsNotItsStepFour_oneOnTheDayOfTheIntentionIs() {
        Casus casus = casus();
        casus.neemVoor(new Voornemen("v-1", Aanmeldroute.ZORGAANBIEDER, LocalDate.of(2026, 11, 16), NU, "jb", null));
        Bepaling b = bepaling("b-1", "98000011", true);
        casus.bepaal(new Bepaling(b.bepalingId(), b.zorg(), b.evaluatiemomenten(), b.verwezenNaarLokaalTeamOp(), true, NU, "jb", null, null,
                b.lokaalTeamGeraadpleegdOp(), b.gi(), new Bepaling.Afstemming("v-1", Aanmeldroute.ZORGAANBIEDER, LocalDate.of(2026, 11, 19))));

        // An older request of the same provider for the same child, linked late when the client was given: not this bepaling's.
        assertThat(casus.aangevraagd("98000011", new Bepaling.Aanvraag("vz-oud", Instant.parse("2026-11-15T22:59:00Z")))).isEmpty();
        // 16 November in Amsterdam already (23:30 UTC on the 15th is 00:30 on the 16th).
        assertThat(casus.aangevraagd("98000011", new Bepaling.Aanvraag("vz-1", Instant.parse("2026-11-15T23:30:00Z")))).hasSize(1);
    }

    @Test
    void step1IsRecordedOncePerIntention() {
        Casus casus = casus();
        casus.neemVoor(new Voornemen("v-1", Aanmeldroute.LOKALE_TOEGANG, LocalDate.of(2026, 11, 16), NU, "jb", null));
        var raadpleging = new Voornemen.Raadpleging(LocalDate.of(2026, 11, 17), null, null, NU, "rg", null);

        ToewijzingEvent.Geraadpleegd event = casus.raadpleeg("v-1", raadpleging);

        assertThat(event.voornemen().raadpleging()).isEqualTo(raadpleging);
        assertThat(casus.voornemen("v-1").orElseThrow().raadpleging()).isEqualTo(raadpleging);
        assertThatThrownBy(() -> casus.raadpleeg("v-1", raadpleging)).isInstanceOfSatisfying(Regelschending.class,
                e -> assertThat(e.regel()).isEqualTo("AL_GERAADPLEEGD"));
    }

    @Test
    void aBepalingOutsideTheContractsIsApprovedOnceAndAContractedOneNeedsNoApproval() {
        Casus casus = casus();
        casus.bepaal(bepaling("b-1", "98000011", false));
        casus.bepaal(bepaling("b-2", "98000022", true));
        assertThat(casus.bepaling("b-1").orElseThrow().isToewijsbaar()).isFalse();

        Bepaling goedgekeurd = casus.keurGoed("b-1", new Bepaling.Akkoord(NU, "bo", "Specialistisch"));

        assertThat(goedgekeurd.isToewijsbaar()).isTrue();
        assertThat(goedgekeurd.betreft(ambulant("98000011", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1)))).isTrue();
        assertThat(goedgekeurd.betreft(ambulant("98000022", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1)))).isFalse();
        assertThat(casus.bepaling("b-1").orElseThrow().akkoord()).isNotNull();
        assertThat(regel(() -> casus.keurGoed("b-1", new Bepaling.Akkoord(NU, "bo", "x")))).isEqualTo("AL_AKKOORD");
        assertThat(regel(() -> casus.keurGoed("b-2", new Bepaling.Akkoord(NU, "bo", "x")))).isEqualTo("GECONTRACTEERD");
        casus.sluit(NU);
        assertThat(regel(() -> casus.bepaal(bepaling("b-3", "98000011", true)))).isEqualTo("CASUS_AFGESLOTEN");
    }

    @Test
    void evaluationMomentsLieWithinThePeriodAndTheReferralIsNotInTheFuture() {
        var zorg = ambulant("98000011", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 5, 31));

        assertThat(Bepaling.controleer(zorg, List.of(LocalDate.of(2027, 2, 1)), LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 25))).isEmpty();
        assertThat(Bepaling.controleer(zorg, List.of(LocalDate.of(2026, 11, 30), LocalDate.of(2027, 6, 1)), LocalDate.of(2026, 11, 26),
                LocalDate.of(2026, 11, 25))).extracting(Overtreding::veld)
                .containsExactly("evaluatiemomenten[0]", "evaluatiemomenten[1]", "verwezenNaarLokaalTeamOp");
        assertThat(Bepaling.controleer(zorg, List.of(), null, LocalDate.of(2026, 11, 25))).extracting(Overtreding::regel)
                .containsExactly("required", "required");
    }

    @Test
    void anIntrekkingBringsTheEndForwardCountsItsChangesAndReason13EndsIt() {
        Casus casus = casus();
        casus.wijsToe(ambulant("98000011", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 5, 31)), "t-1", 7, NU, "bo");

        var eerste = casus.wijzig("t-1", LocalDate.of(2027, 3, 31), "05", VANDAAG, false, NU, "bo");
        var tweede = casus.wijzig("t-1", LocalDate.of(2027, 2, 28), "03", VANDAAG, false, NU, "bo");

        assertThat(eerste.toewijzing().wijziging().vorigeEinddatum()).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(tweede.toewijzing().wijziging().volgnummer()).isEqualTo(2);
        assertThat(casus.toewijzingen().getFirst().einddatum()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(casus.toewijzingen().getFirst().toewijzingNummer()).as("the same number").isEqualTo(7);
        assertThat(regel(() -> casus.wijzig("t-1", LocalDate.of(2027, 2, 28), "05", VANDAAG, false, NU, "bo"))).isEqualTo("ALLEEN_INKORTEN");
        assertThat(regel(() -> casus.wijzig("t-1", LocalDate.of(2027, 1, 1), "13", VANDAAG, false, NU, "bo"))).isEqualTo("CS335");
        casus.start("t-1", LocalDate.of(2026, 12, 10), NU);
        assertThat(regel(() -> casus.wijzig("t-1", LocalDate.of(2026, 12, 5), "05", VANDAAG, false, NU, "bo"))).isEqualTo("TR018");
    }

    @Test
    void anEndInThePastNeedsTheProvidersConsent_OP186_andTheConsentIsKept() {
        Casus casus = casus();
        casus.wijsToe(ambulant("98000011", LocalDate.of(2026, 11, 1), LocalDate.of(2027, 5, 31)), "t-1", 1, NU, "bo");

        assertThat(regel(() -> casus.wijzig("t-1", LocalDate.of(2026, 11, 24), "05", VANDAAG, false, NU, "bo"))).isEqualTo("OP186");
        var vandaag = casus.wijzig("t-1", VANDAAG, "05", VANDAAG, false, NU, "bo");
        var metInstemming = casus.wijzig("t-1", LocalDate.of(2026, 11, 20), "05", VANDAAG, true, NU, "bo");

        assertThat(vandaag.toewijzing().wijziging().instemmingAanbieder()).as("today is not the past").isFalse();
        assertThat(metInstemming.toewijzing().einddatum()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(metInstemming.toewijzing().wijziging().instemmingAanbieder()).isTrue();
    }

    @Test
    void aCorrectionRemovesTheToewijzingWithReason13AndAssignsTheCorrectedCareUnderANewNumber_whichTheRemovedOneDoesNotStack() {
        Casus casus = casus();
        casus.wijsToe(ambulant("98000011", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 5, 31)), "t-1", 1, NU, "bo", null, "b-1");
        var juist = Toewijzingsopdracht.uit(new ParameterChecks("98000011", new ProductInvoer("45", "45A01"), LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 5, 31), new OmvangInvoer(5L, "04", "2"), null));

        var events = casus.corrigeer("t-1", juist, "t-2", 2, VANDAAG, false, NU, "bo");

        assertThat(events).hasSize(2);
        var verwijderd = ((ToewijzingEvent.Gewijzigd) events.get(0)).toewijzing();
        assertThat(verwijderd.einddatum()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(verwijderd.wijziging().redenWijziging()).isEqualTo("13");
        var gecorrigeerd = ((ToewijzingEvent.Toegewezen) events.get(1)).toewijzing();
        assertThat(gecorrigeerd.toewijzingNummer()).isEqualTo(2);
        assertThat(gecorrigeerd.omvang().volume()).isEqualTo(5);
        assertThat(gecorrigeerd.bepalingId()).as("the same bepaling carried out").isEqualTo("b-1");
        // The removed one has no message of its own: the corrected one's JW301 carries it, removed or not (OP087).
        assertThat(casus.inEenBericht("t-2", VANDAAG)).extracting(Toewijzing::toewijzingId).containsExactly("t-2", "t-1");
        assertThat(casus.inEenBericht("t-1", VANDAAG)).extracting(Toewijzing::toewijzingId).containsExactly("t-2", "t-1");
        assertThat(regel(() -> casus.corrigeer("t-1", juist, "t-3", 3, VANDAAG, false, NU, "bo"))).isEqualTo("VERWIJDERD");
        // In the past, only with the provider's consent (OP186).
        assertThat(regel(() -> casus.corrigeer("t-2", juist, "t-3", 3, LocalDate.of(2026, 12, 2), false, NU, "bo"))).isEqualTo("OP186");
    }

    @Test
    void aChangeOfOmvangEndsTheToewijzingTheDayBeforeAndAssignsTheRestUnderANewNumber() {
        Casus casus = casus();
        casus.wijsToe(ambulant("98000011", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 5, 31)), "t-1", 1, NU, "bo");
        var meer = Toewijzingsopdracht.uit(new ParameterChecks("98000011", new ProductInvoer("45", "45A01"), LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 5, 31), new OmvangInvoer(5L, "04", "2"), null));

        var events = casus.pasAan("t-1", LocalDate.of(2027, 2, 1), "05", meer, "t-2", 2, VANDAAG, false, NU, "bo");

        assertThat(events).hasSize(2);
        assertThat(((ToewijzingEvent.Gewijzigd) events.get(0)).toewijzing().einddatum()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(((ToewijzingEvent.Toegewezen) events.get(1)).toewijzing().toewijzingNummer()).isEqualTo(2);
        // The change is one JW301 carrying both, the continuing one first (OP087) - the same message whenever it is asked for, and
        // the one the ended toewijzing's own question answers; its Gewijzigd names the continuing toewijzing.
        assertThat(casus.inEenBericht("t-2", LocalDate.of(2027, 1, 1))).extracting(Toewijzing::toewijzingId).containsExactly("t-2", "t-1");
        assertThat(casus.inEenBericht("t-2", LocalDate.of(2027, 3, 1))).extracting(Toewijzing::toewijzingId).containsExactly("t-2", "t-1");
        assertThat(casus.inEenBericht("t-1", LocalDate.of(2027, 1, 1))).extracting(Toewijzing::toewijzingId).containsExactly("t-2", "t-1");
        assertThat(((ToewijzingEvent.Gewijzigd) events.get(0)).toewijzing().wijziging().vervangenDoor()).isEqualTo("t-2");
        assertThatThrownBy(() -> casus.pasAan("t-2", LocalDate.of(2027, 2, 1), "05", meer, "t-3", 3, VANDAAG, false, NU, "bo"))
                .isInstanceOfSatisfying(Regelschending.class, e -> assertThat(e.regel()).isEqualTo("CS003"));
    }

    @Test
    void aWithdrawnStartNeedsTheSameBegindatumAndNoStop_aWithdrawnStopTheSameDates() {
        Casus casus = casus();
        casus.wijsToe(ambulant("98000011", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 5, 31)), "t-1", 1, NU, "bo");
        LocalDate begin = LocalDate.of(2026, 12, 2);
        LocalDate eind = LocalDate.of(2027, 3, 31);
        casus.start("t-1", begin, NU);
        casus.stop("t-1", eind, "31", NU);

        assertThatThrownBy(() -> casus.verwijderStart("t-1", begin, NU))
                .isInstanceOfSatisfying(Regelschending.class, e -> assertThat(e.regel()).isEqualTo("TR071"));
        assertThatThrownBy(() -> casus.verwijderStop("t-1", begin, eind.plusDays(1), NU))
                .isInstanceOfSatisfying(Regelschending.class, e -> assertThat(e.regel()).isEqualTo("TR063"));
        var stop = casus.verwijderStop("t-1", begin, eind, NU);
        assertThat(stop.stop()).isTrue();
        assertThat(stop.toewijzing().levering().isGestopt()).isFalse();
        assertThatThrownBy(() -> casus.verwijderStart("t-1", begin.plusDays(1), NU))
                .isInstanceOfSatisfying(Regelschending.class, e -> assertThat(e.regel()).isEqualTo("TR063"));
        assertThat(casus.verwijderStart("t-1", begin, NU).toewijzing().levering()).isNull();
    }
}
