package nl.jeugdlink.casus.casus.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Need-to-know, one rule at a time, on casussen made by the casus's own commands. */
class InzagebeleidTest {

    private static final Instant GESCREEND = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-25T09:00:00Z");
    private static final Instant NU = Instant.parse("2026-11-26T16:00:00Z");
    private static final Set<String> EDE = Set.of("GM0228");

    /** Referred by st-verwijzer, screened by gw-1 and tl-1, who coupled vt-0107. */
    private static Casus casus() {
        return Casus.open(new Casus.Screening(UUID.randomUUID().toString(), "GM0228", "JEUGDLINK", "SOCIAAL_TEAM", "st-verwijzer", "gw-1",
                "tl-1", List.of(new Casus.Koppeling("vt-0107", Expertise.VEILIG_THUIS)), List.of(), true, GESCREEND), GESCREEND).casus();
    }

    private static Set<Betrokkenheid> van(Casus casus, String medewerkerId) {
        return Inzagebeleid.betrokkenheid(casus.betrokkenen(), medewerkerId);
    }

    @Test
    void theRegisseurCoupledNowMaySeeTheCasusAndTheOneBeforeNoLonger() {
        Casus casus = casus();
        casus.koppelRegisseur("st-1", "tl-1", LATER);
        var gesprek = (CasusEvent.GesprekVastgelegd) casus.legGesprekVast(new Casus.NieuwGesprek(GesprekSoort.GEZINSGESPREK, LATER, List.of("st-1", "st-2"),
                true, List.of(), false, false, new Samenvatting("Kennismaking")), "st-1", NU).getFirst();
        casus.koppelRegisseur("st-2", new Overdracht.Verslag(gesprek.gesprek().gesprekId(), List.of("plan")), "tl-1", NU);

        assertThat(van(casus, "st-2")).containsExactly(Betrokkenheid.REGISSEUR);
        assertThat(van(casus, "st-1")).isEmpty();
        assertThat(Inzagebeleid.magInzien(casus.betrokkenen(), "st-1")).isFalse();
    }

    @Test
    void aTeamMemberMaySeeTheCasusDuringTheirPeriodOnly() {
        Casus casus = casus();
        casus.voegTeamlidToe("rvdk-1", TeamRol.JEUGDLINK_PROFESSIONAL, Expertise.RAAD_VOOR_DE_KINDERBESCHERMING, Grondslag.toestemming(), LATER);

        assertThat(van(casus, "vt-0107")).containsExactly(Betrokkenheid.TEAMLID);
        assertThat(van(casus, "rvdk-1")).containsExactly(Betrokkenheid.TEAMLID);

        casus.beeindigTeamlidmaatschap("rvdk-1", NU);

        assertThat(van(casus, "rvdk-1")).isEmpty();
    }

    @Test
    void theGedragswetenschapperAndTeamleiderWhoScreenedItMaySeeItAlsoAfterTheirPeriodInTheTeam() {
        Casus casus = casus();
        casus.beeindigTeamlidmaatschap("tl-1", LATER);
        casus.beeindigTeamlidmaatschap("gw-1", LATER);

        assertThat(van(casus, "tl-1")).containsExactly(Betrokkenheid.SCREENER);
        assertThat(van(casus, "gw-1")).containsExactly(Betrokkenheid.SCREENER);
    }

    @Test
    void aGedragswetenschapperAddedLaterIsNoScreenerAndLosesSightWhenTheirPeriodEnds() {
        Casus casus = casus();
        casus.voegTeamlidToe("gw-2", TeamRol.GEDRAGSWETENSCHAPPER, null, Grondslag.toestemming(), LATER);

        assertThat(van(casus, "gw-2")).containsExactly(Betrokkenheid.TEAMLID);

        casus.beeindigTeamlidmaatschap("gw-2", NU);

        assertThat(van(casus, "gw-2")).isEmpty();
    }

    @Test
    void theReferrerMaySeeItWhileHoldingTheDossierAndNotAfterARegisseurTookItOver() {
        Casus casus = casus();

        assertThat(van(casus, "st-verwijzer")).containsExactly(Betrokkenheid.VERWIJZER_DOSSIERHOUDER);

        casus.koppelRegisseur("st-1", "tl-1", LATER);

        assertThat(van(casus, "st-verwijzer")).isEmpty();
    }

    @Test
    void aReferrerWhoBecomesTheRegisseurKeepsSeeingItAsRegisseur() {
        Casus casus = casus();

        casus.koppelRegisseur("st-verwijzer", "tl-1", LATER);

        assertThat(van(casus, "st-verwijzer")).containsExactly(Betrokkenheid.REGISSEUR);
    }

    @Test
    void someoneOfTheSameMunicipalityWhoIsNotInvolvedIsRefusedAndTheRefusalSaysWhy() {
        Casus casus = casus();
        casus.koppelRegisseur("st-1", "tl-1", LATER);

        assertThat(van(casus, "st-collega")).isEmpty();
        assertThat(Inzagebeleid.weigering(casus.betrokkenen(), "st-collega", EDE)).hasValueSatisfying(r -> assertThat(r).contains("niet betrokken"));
        assertThat(Inzagebeleid.weigering(casus.betrokkenen(), "st-1", EDE)).isEmpty();
    }

    @Test
    void beingInvolvedDoesNotOpenACasusOfAMunicipalityThePersonDoesNotWorkFor() {
        Casus casus = casus();
        casus.koppelRegisseur("st-1", "tl-1", LATER);

        assertThat(Inzagebeleid.weigering(casus.betrokkenen(), "st-1", Set.of("GM0345")))
                .hasValueSatisfying(r -> assertThat(r).contains("gemeente GM0228"));
    }
}
