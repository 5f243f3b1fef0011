package nl.jeugdlink.intake.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdlink.intake.aanmelding.domain.Aanmelding;
import nl.jeugdlink.intake.aanmelding.domain.AanmeldingEvent;
import nl.jeugdlink.intake.aanmelding.domain.AanmeldingGeweigerd;
import nl.jeugdlink.intake.aanmelding.domain.AanmeldingId;
import nl.jeugdlink.intake.aanmelding.domain.Bsn;
import nl.jeugdlink.intake.aanmelding.domain.Gemeente;
import nl.jeugdlink.intake.aanmelding.domain.Minderjarige;
import nl.jeugdlink.intake.aanmelding.domain.Regelschending;
import nl.jeugdlink.intake.aanmelding.domain.Soort;
import nl.jeugdlink.intake.aanmelding.domain.Toestemming;
import nl.jeugdlink.intake.aanmelding.domain.Verwijzer;
import nl.jeugdlink.intake.aanmelding.domain.VerwijzendeOrganisatie;
import org.junit.jupiter.api.Test;

class AanmeldingTest {

    private static final Instant NU = Instant.parse("2026-11-23T10:00:00Z");
    private static final Verwijzer SOCIAAL_TEAM = new Verwijzer(VerwijzendeOrganisatie.SOCIAAL_TEAM, "st-1", "st@ede.nl");
    private static final Toestemming GEGEVEN = new Toestemming(true, LocalDate.parse("2026-11-20"), "st-1");
    private static final List<Minderjarige> EEN_KIND = List.of(new Minderjarige(LocalDate.parse("2016-01-01")));

    private static List<String> geschondenVelden(Runnable ontvangst) {
        try {
            ontvangst.run();
            return List.of();
        } catch (AanmeldingGeweigerd e) {
            return e.schendingen().stream().map(Regelschending::veld).toList();
        }
    }

    @Test
    void receivesAValidReferralAndSaysSo() {
        var ontvangst = Aanmelding.ontvang(AanmeldingId.nieuw(), Gemeente.EDE, Soort.JEUGDLINK, SOCIAAL_TEAM, GEGEVEN, EEN_KIND, "vraag", NU);

        assertThat(ontvangst.events()).singleElement().isInstanceOf(AanmeldingEvent.Ontvangen.class);
        assertThat(ontvangst.aanmelding().ontvangenOp()).isEqualTo(NU);
    }

    @Test
    void refusesAReferralWithoutConsentThatIsNotAnAnonymousConsult() {
        assertThat(geschondenVelden(() -> Aanmelding.ontvang(AanmeldingId.nieuw(), Gemeente.EDE, Soort.JEUGDLINK, SOCIAAL_TEAM,
                Toestemming.geen(), EEN_KIND, "vraag", NU))).containsExactly("toestemming.gegeven");
    }

    @Test
    void refusesPersonalDataOfChildrenInAnAnonymousConsult() {
        assertThat(geschondenVelden(() -> Aanmelding.ontvang(AanmeldingId.nieuw(), Gemeente.EDE, Soort.ANONIEM_CONSULT, SOCIAAL_TEAM,
                Toestemming.geen(), EEN_KIND, "vraag", NU))).containsExactly("minderjarigen");
    }

    @Test
    void letsTheRaadReferOnlyToTheZorgtafel() {
        var raad = new Verwijzer(VerwijzendeOrganisatie.RAAD_VOOR_DE_KINDERBESCHERMING, "rvdk-1", "r@rvdk.nl");
        assertThat(geschondenVelden(() -> Aanmelding.ontvang(AanmeldingId.nieuw(), Gemeente.EDE, Soort.JEUGDLINK, raad, GEGEVEN, EEN_KIND, "v", NU)))
                .containsExactly("verwijzer.organisatie");
        assertThat(geschondenVelden(() -> Aanmelding.ontvang(AanmeldingId.nieuw(), Gemeente.EDE, Soort.ZORGTAFEL, raad, GEGEVEN, EEN_KIND, "v", NU)))
                .isEmpty();
    }

    @Test
    void namesEveryChildThatIsNotAMinor() {
        var kinderen = List.of(new Minderjarige(LocalDate.parse("2016-01-01")), new Minderjarige(LocalDate.parse("2000-01-01")),
                new Minderjarige(LocalDate.parse("2027-01-01")));
        assertThat(geschondenVelden(() -> Aanmelding.ontvang(AanmeldingId.nieuw(), Gemeente.EDE, Soort.JEUGDLINK, SOCIAAL_TEAM, GEGEVEN, kinderen, "v", NU)))
                .containsExactly("minderjarigen[1].geboortedatum", "minderjarigen[2].geboortedatum");
    }

    @Test
    void requiresWhenAndByWhomConsentWasRecorded() {
        assertThatThrownBy(() -> Aanmelding.ontvang(AanmeldingId.nieuw(), Gemeente.EDE, Soort.JEUGDLINK, SOCIAAL_TEAM,
                new Toestemming(true, null, " "), EEN_KIND, "v", NU))
                .isInstanceOfSatisfying(AanmeldingGeweigerd.class, e -> assertThat(e.schendingen()).extracting(Regelschending::veld)
                        .containsExactly("toestemming.datum", "toestemming.vastgelegdDoor"));
    }

    @Test
    void acceptsOnlyABsnThatPassesTheElfproefAndNeverShowsIt() {
        assertThat(Bsn.geldig("111222333")).isTrue();
        assertThat(Bsn.geldig("123456782")).isTrue();
        assertThat(Bsn.geldig("123456789")).isFalse();
        assertThat(Bsn.geldig("000000000")).isFalse();
        assertThat(Bsn.geldig("12345678")).isFalse();
        assertThat(Bsn.geldig("12345678a")).isFalse();
        assertThat(new Bsn("111222333").toString()).doesNotContain("111222333");
        assertThatThrownBy(() -> new Bsn("123456789")).hasMessageNotContaining("123456789");
    }

    @Test
    void givesTheSameIdToARetryWithTheSameKeyFromTheSameReferrer() {
        assertThat(AanmeldingId.voorHerhaling("st-1", "k1")).isEqualTo(AanmeldingId.voorHerhaling("st-1", "k1"))
                .isNotEqualTo(AanmeldingId.voorHerhaling("st-2", "k1"));
    }
}
