package nl.jeugdlink.escalatie.escalatie.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InzagebeleidTest {

    private static final Instant NU = Instant.parse("2026-06-01T08:00:00Z");

    @Test
    void everyoneWhoActedOnTheEscalationOrIsNamedInItsMinutesIsInvolvedAndNoOneElse() {
        Escalatie e = Escalatie.open("e-1", "c-1", "a-1", "GM0228", Situatie.PROFESSIONEEL_DILEMMA, Set.of(Partij.LOKAAL_TEAM), "opener",
                Functie.PROFESSIONAL, NU).escalatie();
        e = e.zetStap(1, "steller", Functie.PROFESSIONAL, false, NU).escalatie();
        e = e.rondStapAf(1, Uitkomst.GEESCALEERD, "gw", Functie.GEDRAGSWETENSCHAPPER, NU).escalatie();
        e = e.informeerGezin(Gezinsinformatie.Moment.VOORAF, null, "informant", Functie.PROFESSIONAL, NU).escalatie();
        e = e.stelVerslagOp("v-1", 1, LocalDate.of(2026, 6, 1), List.of("manager"), "tekst", "notulist", NU).escalatie();

        assertThat(Inzagebeleid.betrokkenen(e)).containsExactlyInAnyOrder("opener", "steller", "gw", "informant", "notulist", "manager");
        assertThat(Inzagebeleid.weigering(e, "manager")).isEmpty();
        Escalatie gezien = e;
        assertThatThrownBy(() -> Inzagebeleid.eisInzage(gezien, "collega")).isInstanceOf(GeenInzage.class).hasMessageContaining("niet betrokken");
    }

    @Test
    void theMunicipalContactSeesAnEscalationOnceItReachedStepThreeAndNotBefore() {
        Escalatie e = Escalatie.open("e-2", "c-1", "a-1", "GM0228", Situatie.SAMENWERKING_NIET_VOLGENS_AFSPRAKEN, Set.of(Partij.GEMEENTE), "opener",
                Functie.PROFESSIONAL, NU).escalatie();
        e = e.zetStap(2, "opener", Functie.PROFESSIONAL, false, NU).escalatie();
        Escalatie stapTwee = e;
        assertThat(Inzagebeleid.magInzien(stapTwee, "contact", true)).isFalse();
        assertThatThrownBy(() -> Inzagebeleid.eisInzage(stapTwee, "contact", true)).isInstanceOf(GeenInzage.class).hasMessageContaining("stap 3");

        e = e.rondStapAf(2, Uitkomst.GEESCALEERD, "manager", Functie.LEIDINGGEVENDE, NU).escalatie();
        e = e.zetStap(3, "manager", Functie.LEIDINGGEVENDE, true, NU).escalatie();

        assertThat(Inzagebeleid.magInzien(e, "contact", true)).isTrue();
        assertThat(Inzagebeleid.weigering(e, "contact", true)).isEmpty();
        // Only as the municipal contact: anyone else uninvolved still does not see it.
        assertThat(Inzagebeleid.magInzien(e, "contact", false)).isFalse();
        assertThat(Inzagebeleid.betrokkenen(e)).doesNotContain("contact");
    }
}
