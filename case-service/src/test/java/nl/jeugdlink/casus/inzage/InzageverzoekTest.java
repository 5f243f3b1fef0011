package nl.jeugdlink.casus.inzage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import nl.jeugdlink.casus.inzage.domain.Inzageverzoek;
import nl.jeugdlink.casus.inzage.domain.Inzageverzoek.Ronde;
import nl.jeugdlink.casus.inzage.domain.Sleutels;
import org.junit.jupiter.api.Test;

class InzageverzoekTest {

    private static final Instant NU = Instant.parse("2026-12-05T10:00:00Z");
    private static final List<String> VERWACHT = List.of("intake-service", "case-service", "jbt-service");

    @Test
    void asksTheIntakeFirstThenEveryServiceByTheKeysItFoundAndIsCompleteWhenAllAnswered() {
        var indiening = Inzageverzoek.dienIn("v-1", "123456782", "beheer-1", VERWACHT, NU);
        var verzoek = indiening.verzoek();
        assertThat(indiening.events()).first().as("the AVG term starts at filing").isEqualTo(new Inzageverzoek.Ontvangen("v-1", NU));
        assertThat(indiening.events()).element(1).isInstanceOfSatisfying(Inzageverzoek.RondeGevraagd.class, r -> {
            assertThat(r.ronde()).isEqualTo(Ronde.SLEUTELS);
            assertThat(r.bsn()).isEqualTo("123456782");
            assertThat(r.sleutels().leeg()).isTrue();
        });
        assertThat(verzoek.openstaand()).containsExactlyElementsOf(VERWACHT);

        var sleutels = Sleutels.vanIntake(List.of("kind-1"), List.of("0b7c5a3e-4f1d-4c2a-9a51-2f6d1c0e7b11"));
        var tweede = verzoek.ontvang("intake-service", Ronde.SLEUTELS, "{}", sleutels, NU);
        assertThat(tweede).singleElement().isInstanceOfSatisfying(Inzageverzoek.RondeGevraagd.class, r -> {
            assertThat(r.ronde()).isEqualTo(Ronde.DELEN);
            assertThat(r.sleutels().casusIds()).as("derived as the case-service derives a casus id")
                    .containsExactly(java.util.UUID.nameUUIDFromBytes("casus:0b7c5a3e-4f1d-4c2a-9a51-2f6d1c0e7b11".getBytes()).toString());
        });
        assertThat(verzoek.status()).isEqualTo(Inzageverzoek.Status.DELEN_GEVRAAGD);

        assertThat(verzoek.ontvang("case-service", Ronde.DELEN, "{}", null, NU)).isEmpty();
        assertThat(verzoek.ontvang("case-service", Ronde.DELEN, "{}", null, NU)).as("a redelivery changes nothing").isNull();
        assertThat(verzoek.compleet()).isFalse();
        assertThat(verzoek.openstaand()).containsExactly("jbt-service");
        assertThat(verzoek.ontvang("jbt-service", Ronde.DELEN, "{}", null, NU)).as("the complete export meets the term")
                .containsExactly(new Inzageverzoek.Voltooid("v-1", true, 3, NU));
        assertThat(verzoek.compleet()).isTrue();
        assertThat(verzoek.openstaand()).isEmpty();
    }

    @Test
    void aBsnTheIntakeDoesNotKnowEndsTheRequestAfterRoundOne() {
        var verzoek = Inzageverzoek.dienIn("v-2", "123456782", "beheer-1", VERWACHT, NU).verzoek();

        assertThat(verzoek.ontvang("intake-service", Ronde.SLEUTELS, "{}", Sleutels.vanIntake(List.of(), List.of()), NU))
                .containsExactly(new Inzageverzoek.Voltooid("v-2", false, 1, NU));

        assertThat(verzoek.compleet()).isTrue();
        assertThat(verzoek.delen()).extracting(Inzageverzoek.Deel::dienst).containsExactly("intake-service");
    }

    @Test
    void refusesABsnThatFailsTheElevenTestAndAListWithoutTheIntake() {
        assertThatThrownBy(() -> Inzageverzoek.dienIn("v-3", "123456789", "b", VERWACHT, NU)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Inzageverzoek.dienIn("v-4", "123456782", "b", List.of("case-service"), NU)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Inzageverzoek.dienIn("v-5", "123456782", "b", VERWACHT, NU).verzoek().toString()).doesNotContain("123456782");
    }

    @Test
    void removesThePartsOnlyOnceTheRetentionPeriodAfterCompletionHasPassedAndKeepsTheRequest() {
        var verzoek = Inzageverzoek.dienIn("v-6", "123456782", "beheer-1", VERWACHT, NU).verzoek();
        var bewaartermijn = java.time.Duration.ofDays(30);
        assertThat(verzoek.verwijderDelen(NU.plus(java.time.Duration.ofDays(60)), bewaartermijn)).as("not complete: nothing to remove").isFalse();
        verzoek.ontvang("intake-service", Ronde.SLEUTELS, "{\"geheim\": 1}", Sleutels.vanIntake(List.of(), List.of()), NU);

        assertThat(verzoek.delenVerwijderenOp(bewaartermijn)).isEqualTo(NU.plus(bewaartermijn));
        assertThat(verzoek.verwijderDelen(NU.plus(java.time.Duration.ofDays(29)), bewaartermijn)).isFalse();
        assertThat(verzoek.verwijderDelen(NU.plus(bewaartermijn), bewaartermijn)).isTrue();
        assertThat(verzoek.verwijderDelen(NU.plus(java.time.Duration.ofDays(31)), bewaartermijn)).as("once").isFalse();

        assertThat(verzoek.delenVerwijderdOp()).isEqualTo(NU.plus(bewaartermijn));
        assertThat(verzoek.delen()).singleElement().satisfies(d -> {
            assertThat(d.dienst()).isEqualTo("intake-service");
            assertThat(d.inhoud()).isEqualTo(Inzageverzoek.VERWIJDERD);
        });
        assertThat(verzoek.compleet()).isTrue();
        assertThat(verzoek.ontvang("intake-service", Ronde.SLEUTELS, "{}", null, NU)).as("a late redelivery does not bring it back").isNull();
    }
}
