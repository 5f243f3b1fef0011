package nl.jeugdlink.casus.casus.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The casus's rules without Spring or a store. */
class CasusTest {

    private static final Instant GESCREEND = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant NU = Instant.parse("2026-11-26T16:00:00Z");
    private static final java.time.LocalDate NU_DAG = java.time.LocalDate.parse("2026-11-26");
    private static final String PEUTER = UUID.randomUUID().toString();
    private static final String SCHOOLKIND = UUID.randomUUID().toString();
    private static final String TIENER = UUID.randomUUID().toString();

    private static Casus casus() {
        return Casus.open(new Casus.Screening(UUID.randomUUID().toString(), "GM0228", "JEUGDLINK", "VEILIG_THUIS", "vt-0042", "gw-1", "tl-1",
                List.of(new Casus.Koppeling("vt-0107", Expertise.VEILIG_THUIS), new Casus.Koppeling("vt-0107", Expertise.VEILIG_THUIS)),
                List.of(new Kind(PEUTER, Leeftijdscategorie.ONDER_4), new Kind(SCHOOLKIND, Leeftijdscategorie.VAN_4_TOT_12),
                        new Kind(TIENER, Leeftijdscategorie.VANAF_12)),
                true, GESCREEND), GESCREEND).casus();
    }

    private static Casus.NieuwGesprek gesprek(boolean gezinAanwezig, Kindcontact... contacten) {
        return new Casus.NieuwGesprek(GesprekSoort.GEZINSGESPREK, NU.minusSeconds(3600), List.of("st-1"), gezinAanwezig, List.of(contacten),
                true, true, new Samenvatting("Moeder vertelt over de nachten."));
    }

    @Test
    void opensWithTheScreenedTeamOnceEachAndTheReferrerAsDossierhouder() {
        Casus casus = casus();

        assertThat(casus.team()).extracting(Teamlid::medewerkerId).containsExactly("tl-1", "gw-1", "vt-0107");
        assertThat(casus.dossierhouder()).isEqualTo(new Dossierhouder(Dossierhouder.Rol.VERWIJZER, "VEILIG_THUIS", "vt-0042"));
        assertThat(casus.regisseur()).isEmpty();
    }

    @Test
    void refusesAReferralThatOpensNoCasus() {
        // A referral of another region never reaches the casus: the handler table sends it to the DLQ
        // (AanmeldingListenerIntegrationTest, the rule-breaking consumer case with GM0363).
        var screening = new Casus.Screening(UUID.randomUUID().toString(), "GM0228", "ANONIEM_CONSULT", "SOCIAAL_TEAM", "st-1", "gw-1", "tl-1",
                List.of(), List.of(), true, GESCREEND);

        assertThatThrownBy(() -> Casus.open(screening, NU)).isInstanceOf(CasusGeweigerd.class).hasMessageContaining("opent geen casus");
    }

    @Test
    void aNewRegisseurTakesTheDossierAndEndsThePreviousRegisseursPeriod() {
        Casus casus = casus();
        casus.koppelRegisseur("st-1", "tl-1", GESCREEND.plusSeconds(60));
        String gezamenlijk = gezamenlijkGesprek(casus, "st-1", "st-2");

        var events = casus.koppelRegisseur("st-2", new Overdracht.Verslag(gezamenlijk, List.of("Veiligheidsplan v2")), "tl-1", NU);

        assertThat(events).singleElement().isEqualTo(new CasusEvent.RegisseurGekoppeld(casus, "st-2", "st-1", "tl-1", NU));
        assertThat(casus.dossierhouder()).isEqualTo(new Dossierhouder(Dossierhouder.Rol.REGISSEUR, "SOCIAAL_TEAM", "st-2"));
        assertThat(casus.regisseur().orElseThrow().medewerkerId()).isEqualTo("st-2");
        assertThat(casus.team()).filteredOn(t -> t.medewerkerId().equals("st-1")).singleElement()
                .satisfies(t -> assertThat(t.tot()).isEqualTo(NU));
        assertThat(casus.koppelRegisseur("st-2", "tl-1", NU.plusSeconds(1))).isEmpty();
        assertThat(casus.overdrachten()).singleElement().isEqualTo(new Overdracht("st-1", "st-2", gezamenlijk, List.of("Veiligheidsplan v2"), "tl-1", NU));
    }

    @Test
    void aNewRegisseurTakesOverOnlyAfterAJointMeetingWithTheFamily() {
        Casus casus = casus();
        casus.koppelRegisseur("st-1", "tl-1", GESCREEND.plusSeconds(60));
        String zonderNieuwe = gezamenlijkGesprek(casus, "st-1", "vt-0107");
        String zonderGezin = casus.legGesprekVast(new Casus.NieuwGesprek(GesprekSoort.GEZINSGESPREK, NU.minusSeconds(60), List.of("st-1", "st-2"), false,
                List.of(), false, false, new Samenvatting("Overleg zonder gezin")), "st-1", NU).getFirst() instanceof CasusEvent.GesprekVastgelegd g
                        ? g.gesprek().gesprekId() : "";

        for (Overdracht.Verslag verslag : new Overdracht.Verslag[] {null, new Overdracht.Verslag(zonderNieuwe, List.of("plan")),
                new Overdracht.Verslag(zonderGezin, List.of("plan"))}) {
            assertThatThrownBy(() -> casus.koppelRegisseur("st-2", verslag, "tl-1", NU))
                    .isInstanceOfSatisfying(Regelschending.class, e -> assertThat(e.regel()).isEqualTo("warmeOverdracht"));
        }
        assertThat(casus.regisseur().orElseThrow().medewerkerId()).isEqualTo("st-1");
        assertThat(casus.overdrachten()).isEmpty();
    }

    @Test
    void aPlanHasGoalsAlongTheThreeSafetyStepsIsSignedByTheFamilyAndItsGoalsMoveOn() {
        Casus casus = casus();

        assertThatThrownBy(() -> casus.stelPlanVast(NU, List.of(), new Plan.Akkoord(List.of(), NU_DAG.plusDays(1)), "st-1", NU))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.alle()).extracting(Weigering::veld)
                        .containsExactly("doelen", "akkoordGezin.ondertekendDoor", "akkoordGezin.ondertekendOp"));
        var events = casus.stelPlanVast(NU, PlanMother.doelen(), PlanMother.akkoord(NU_DAG), "st-1", NU);
        String acuut = casus.plannen().getLast().doelen().getFirst().id();
        casus.zetDoelstatus(acuut, Plan.Status.BEHAALD);

        assertThat(events).singleElement().isEqualTo(new CasusEvent.PlanVastgesteld(casus, NU, "st-1"));
        assertThat(casus.plannen().getLast().doelen()).extracting(d -> d.stap() + ":" + d.status())
                .containsExactly("ACUTE_VEILIGHEID:BEHAALD", "STRUCTURELE_VEILIGHEID:OPEN", "GEVOLGEN_BEHANDELEN:OPEN");
        assertThatThrownBy(() -> casus.zetDoelstatus("geen-doel", Plan.Status.LOPEND)).isInstanceOf(CasusOnbekend.class);
    }

    @Test
    void theStartoverlegIsRecordedOnceAfterItWasHeld() {
        Casus casus = casus();
        var inhoud = new Startoverleg.Inhoud(NU_DAG, List.of("vt-0042", "gw-1", "vt-0107"), "Veiligheid herstellen", "VT denkt mee, ST houdt regie",
                "VT doet de risicotaxatie", "Alleen met toestemming", "Wekelijks belcontact", "Verslag in het ST-dossier");

        assertThatThrownBy(() -> casus.legStartoverlegVast(new Startoverleg.Inhoud(NU_DAG.plusDays(1), List.of("gw-1"), "d", "v", "t", "i", "c", "r"),
                "gw-1", NU)).isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.regel()).isEqualTo("pastOrPresent"));
        casus.legStartoverlegVast(inhoud, "gw-1", NU);

        assertThat(casus.startoverleg()).isEqualTo(new Startoverleg(inhoud, "gw-1", NU));
        assertThatThrownBy(() -> casus.legStartoverlegVast(inhoud, "gw-1", NU))
                .isInstanceOfSatisfying(Regelschending.class, e -> assertThat(e.regel()).isEqualTo("startoverlegAlVastgelegd"));
    }

    /** A conversation with the family at which both professionals were present; its id. */
    private static String gezamenlijkGesprek(Casus casus, String een, String ander) {
        var events = casus.legGesprekVast(new Casus.NieuwGesprek(GesprekSoort.GEZINSGESPREK, NU.minusSeconds(120), List.of(een, ander), true,
                List.of(), false, false, new Samenvatting("Kennismaking met de nieuwe regisseur")), een, NU);
        return ((CasusEvent.GesprekVastgelegd) events.getFirst()).gesprek().gesprekId();
    }

    @Test
    void theRegisseursPeriodEndsOnlyBySuccession() {
        Casus casus = casus();
        casus.koppelRegisseur("st-1", "tl-1", NU);

        assertThatThrownBy(() -> casus.beeindigTeamlidmaatschap("st-1", NU))
                .isInstanceOfSatisfying(Regelschending.class, e -> assertThat(e.regel()).isEqualTo("regisseurAlleenDoorOpvolging"));
    }

    @Test
    void aProfessionalJoinsOnceAtATimeAndMayJoinAgainAfterTheirPeriodEnded() {
        Casus casus = casus();
        casus.voegTeamlidToe("rvdk-1", TeamRol.JEUGDLINK_PROFESSIONAL, Expertise.RAAD_VOOR_DE_KINDERBESCHERMING, Grondslag.toestemming(), GESCREEND);

        assertThatThrownBy(() -> casus.voegTeamlidToe("rvdk-1", TeamRol.JEUGDLINK_PROFESSIONAL, Expertise.RAAD_VOOR_DE_KINDERBESCHERMING, Grondslag.toestemming(), NU))
                .isInstanceOfSatisfying(Regelschending.class, e -> assertThat(e.regel()).isEqualTo("alInTeam"));
        casus.beeindigTeamlidmaatschap("rvdk-1", NU);
        casus.voegTeamlidToe("rvdk-1", TeamRol.JEUGDLINK_PROFESSIONAL, Expertise.RAAD_VOOR_DE_KINDERBESCHERMING, Grondslag.toestemming(), NU);

        assertThat(casus.team()).filteredOn(t -> t.medewerkerId().equals("rvdk-1")).extracting(Teamlid::actief).containsExactly(false, true);
        assertThat(casus.aantalJeugdLinkProfessionals()).isEqualTo(2);
    }

    @Test
    void aJeugdLinkProfessionalNamesTheirExpertise() {
        assertThatThrownBy(() -> casus().voegTeamlidToe("x-1", TeamRol.JEUGDLINK_PROFESSIONAL, null, Grondslag.toestemming(), NU))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.veld()).isEqualTo("expertise"));
        assertThatThrownBy(() -> casus().voegTeamlidToe("x-1", TeamRol.REGISSEUR, null, Grondslag.toestemming(), NU))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.veld()).isEqualTo("rol"));
    }

    @Test
    void theFirstConversationWithTheFamilyIsTheFirstContactOnce() {
        Casus casus = casus();

        var zonderGezin = casus.legGesprekVast(gesprek(false), "st-1", NU);
        var eerste = casus.legGesprekVast(gesprek(true), "st-1", NU);
        var tweede = casus.legGesprekVast(gesprek(true), "st-1", NU);

        // Each conversation here shares its summary with the family, so each also yields VerslagGedeeldMetGezin.
        assertThat(zonderGezin).map(Object::getClass).containsExactly(CasusEvent.GesprekVastgelegd.class, CasusEvent.VerslagGedeeldMetGezin.class);
        // With the family present, the family is also asked for its feedback (seed 004), every time.
        assertThat(eerste).map(Object::getClass).containsExactly(CasusEvent.GesprekVastgelegd.class, CasusEvent.VerslagGedeeldMetGezin.class,
                CasusEvent.EersteContactGelegd.class, CasusEvent.GezinsfeedbackGevraagd.class);
        assertThat(eerste.get(2)).isInstanceOfSatisfying(CasusEvent.EersteContactGelegd.class, e -> assertThat(e.medewerkerId()).isEqualTo("st-1"));
        assertThat(tweede).map(Object::getClass).containsExactly(CasusEvent.GesprekVastgelegd.class, CasusEvent.VerslagGedeeldMetGezin.class,
                CasusEvent.GezinsfeedbackGevraagd.class);
        assertThat(casus.eersteContactGesprekId()).isEqualTo(casus.gesprekken().get(1).gesprekId());
    }

    @Test
    void eachChildNeedsTheContactItsAgeRequiresOverAllConversations() {
        Casus casus = casus();
        casus.legGesprekVast(gesprek(true, new Kindcontact(PEUTER, true, false), new Kindcontact(SCHOOLKIND, true, false),
                new Kindcontact(TIENER, true, false)), "st-1", NU);

        assertThat(casus.kindcontactstanden()).extracting(s -> s.kind().kindId(), Kindcontactstand::vereist, Kindcontactstand::voldaan)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PEUTER, VereistContact.GEZIEN, true),
                        org.assertj.core.groups.Tuple.tuple(SCHOOLKIND, VereistContact.GEZIEN_EN_GESPROKEN, false),
                        org.assertj.core.groups.Tuple.tuple(TIENER, VereistContact.GESPROKEN, false));

        casus.legGesprekVast(gesprek(true, new Kindcontact(SCHOOLKIND, false, true), new Kindcontact(TIENER, false, true)), "st-1", NU);

        assertThat(casus.kindcontactstanden()).allMatch(Kindcontactstand::voldaan);
    }

    @Test
    void aConversationNamesOnlyChildrenOfTheCasusEachOnceAndAChildSeenMeansTheFamilyWasThere() {
        Casus casus = casus();

        assertThatThrownBy(() -> casus.legGesprekVast(gesprek(true, new Kindcontact(UUID.randomUUID().toString(), true, true)), "st-1", NU))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.veld()).isEqualTo("kindcontacten[0].kindId"));
        assertThatThrownBy(() -> casus.legGesprekVast(gesprek(true, new Kindcontact(PEUTER, true, false), new Kindcontact(PEUTER, true, false)),
                "st-1", NU)).isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.veld()).isEqualTo("kindcontacten[1].kindId"));
        assertThatThrownBy(() -> casus.legGesprekVast(gesprek(false, new Kindcontact(PEUTER, true, false)), "st-1", NU))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.veld()).isEqualTo("gezinAanwezig"));
        assertThat(casus.gesprekken()).isEmpty();
    }

    @Test
    void closingNeedsTheGedragswetenschapperAtTheIntendedClosureAndAClosedCasusRefusesChanges() {
        Casus casus = casus();
        casus.legGwMomentVast(GwMoment.Soort.START, "gw-1", LocalDate.of(2026, 11, 24), NU);

        assertThatThrownBy(() -> casus.sluitAf(Afsluiting.Reden.DOELEN_BEHAALD, AfsluitformulierMother.ingevuld(NU_DAG), "st-1", NU))
                .isInstanceOfSatisfying(Regelschending.class, e -> assertThat(e.regel()).isEqualTo("gwBijVoorgenomenAfsluiting"));

        casus.legGwMomentVast(GwMoment.Soort.VOORGENOMEN_AFSLUITING, "gw-1", LocalDate.of(2026, 11, 26), NU);
        var events = casus.sluitAf(Afsluiting.Reden.ST_KAN_WEER_VERDER, AfsluitformulierMother.ingevuld(NU_DAG), "st-1", NU);

        assertThat(events).singleElement().isInstanceOf(CasusEvent.Afgesloten.class);
        assertThat(casus.afgesloten()).isTrue();
        assertThatThrownBy(() -> casus.legGesprekVast(gesprek(true), "st-1", NU))
                .isInstanceOfSatisfying(Regelschending.class, e -> assertThat(e.regel()).isEqualTo("casusAfgesloten"));
        assertThatThrownBy(() -> casus.stelPlanVast(NU, PlanMother.doelen(), PlanMother.akkoord(NU_DAG), "st-1", NU)).isInstanceOf(Regelschending.class);
    }

    @Test
    void factsAreRecordedAfterTheyHappened() {
        Casus casus = casus();

        assertThatThrownBy(() -> casus.stelPlanVast(NU.plusSeconds(1), PlanMother.doelen(), PlanMother.akkoord(NU_DAG), "st-1", NU))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.veld()).isEqualTo("vastgesteldOp"));
        assertThatThrownBy(() -> casus.legGwMomentVast(GwMoment.Soort.START, "gw-1", LocalDate.of(2026, 11, 27), NU))
                .isInstanceOfSatisfying(OngeldigeInvoer.class, e -> assertThat(e.veld()).isEqualTo("datum"));
        assertThat(casus.zetHulpIn(NU, "st-1", NU)).singleElement().isEqualTo(new CasusEvent.HulpIngezet(casus, NU, "st-1"));
    }

    @Test
    void aSummaryNeverShowsInText() {
        assertThat(new Samenvatting("Moeder vertelt over de nachten.").toString()).doesNotContain("Moeder");
    }
}
