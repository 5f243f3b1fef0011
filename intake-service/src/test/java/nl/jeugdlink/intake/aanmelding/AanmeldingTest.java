package nl.jeugdlink.intake.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.jeugdlink.intake.aanmelding.domain.Aanmelding;
import nl.jeugdlink.intake.aanmelding.domain.AanmeldingEvent;
import nl.jeugdlink.intake.aanmelding.domain.AanmeldingGeweigerd;
import nl.jeugdlink.intake.aanmelding.domain.AanmeldingId;
import nl.jeugdlink.intake.aanmelding.domain.BesluitNietMogelijk;
import nl.jeugdlink.intake.aanmelding.domain.Bsn;
import nl.jeugdlink.intake.aanmelding.domain.Expertise;
import nl.jeugdlink.intake.aanmelding.domain.Formulier;
import nl.jeugdlink.intake.aanmelding.domain.Gemeente;
import nl.jeugdlink.intake.aanmelding.domain.Minderjarige;
import nl.jeugdlink.intake.aanmelding.domain.Problematiek;
import nl.jeugdlink.intake.aanmelding.domain.Regelschending;
import nl.jeugdlink.intake.aanmelding.domain.Screening;
import nl.jeugdlink.intake.aanmelding.domain.Soort;
import nl.jeugdlink.intake.aanmelding.domain.Toestemming;
import nl.jeugdlink.intake.aanmelding.domain.Verwijzer;
import nl.jeugdlink.intake.aanmelding.domain.VerwijzendeOrganisatie;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class AanmeldingTest {

    private static final Instant NU = Instant.parse("2026-11-23T10:00:00Z");
    private static final Verwijzer SOCIAAL_TEAM = new Verwijzer(VerwijzendeOrganisatie.SOCIAAL_TEAM, "st-1", "Jet", "0318123456", "st@ede.nl");
    private static final Toestemming GEGEVEN = new Toestemming(true, LocalDate.parse("2026-11-20"), "st-1");
    private static final Formulier.Gezinslid MOEDER = new Formulier.Gezinslid(Formulier.Relatie.BIOLOGISCHE_MOEDER, "Anna", null, null,
            Formulier.Contact.geen(), true);
    private static final Formulier.JeugdlinkVragen VRAGEN = new Formulier.JeugdlinkVragen(null, null, null, "zorgen", null, false,
            null, null, null, null, null, null, "verwachting", Set.of(Expertise.VEILIG_THUIS));
    private static final Formulier EEN_KIND = formulier(List.of(kind("2016-01-01")), VRAGEN, null);
    private static final Formulier ZORGTAFEL = formulier(List.of(kind("2016-01-01")), null,
            new Formulier.ZorgtafelVragen("ouders", "reden", "wat moet er gebeuren"));
    private static final Formulier ANONIEM = new Formulier(List.of(), List.of(), null, List.of(), null, null, Set.of(Problematiek.ANDERS));

    private static Minderjarige kind(String geboren) {
        return new Minderjarige(UUID.randomUUID(), "Kind", LocalDate.parse(geboren), null, null, Formulier.Contact.geen());
    }

    private static Formulier formulier(List<Minderjarige> kinderen, Formulier.@Nullable JeugdlinkVragen jeugdlink,
            Formulier.@Nullable ZorgtafelVragen zorgtafel) {
        return new Formulier(kinderen, List.of(MOEDER), "moeder", List.of(), jeugdlink, zorgtafel, Set.of(Problematiek.MULTIPROBLEEM));
    }

    private static Aanmelding ontvangen() {
        return Aanmelding.ontvang(AanmeldingId.nieuw(), Gemeente.EDE, Soort.JEUGDLINK, SOCIAAL_TEAM, GEGEVEN, EEN_KIND, "vraag", NU).aanmelding();
    }

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
                Toestemming.geen(), formulier(List.of(kind("2016-01-01")), null, null), "vraag", NU)))
                .containsExactly("minderjarigen", "gezinsleden", "verblijftBij");
    }

    @Test
    void letsTheRaadReferOnlyToTheZorgtafel() {
        var raad = new Verwijzer(VerwijzendeOrganisatie.RAAD_VOOR_DE_KINDERBESCHERMING, "rvdk-1", "Raad", "0301234567", "r@rvdk.nl");
        assertThat(geschondenVelden(() -> Aanmelding.ontvang(AanmeldingId.nieuw(), Gemeente.EDE, Soort.JEUGDLINK, raad, GEGEVEN, EEN_KIND, "v", NU)))
                .containsExactly("verwijzer.organisatie");
        assertThat(geschondenVelden(() -> Aanmelding.ontvang(AanmeldingId.nieuw(), Gemeente.EDE, Soort.ZORGTAFEL, raad, GEGEVEN, ZORGTAFEL, "v", NU)))
                .isEmpty();
    }

    @Test
    void namesEveryChildThatIsNotAMinor() {
        var kinderen = formulier(List.of(kind("2016-01-01"), kind("2000-01-01"), kind("2027-01-01")), VRAGEN, null);
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

    @Test
    void anAnonymousConsultKeepsNoPersonalDataButNeedsAProblemType() {
        assertThat(geschondenVelden(() -> Aanmelding.ontvang(AanmeldingId.nieuw(), Gemeente.EDE, Soort.ANONIEM_CONSULT, SOCIAAL_TEAM,
                Toestemming.geen(), ANONIEM, "vraag", NU))).isEmpty();
        var zonderProblematiek = new Formulier(List.of(), List.of(), null, List.of(), null, null, Set.of());
        assertThat(geschondenVelden(() -> Aanmelding.ontvang(AanmeldingId.nieuw(), Gemeente.EDE, Soort.ANONIEM_CONSULT, SOCIAAL_TEAM,
                Toestemming.geen(), zonderProblematiek, "vraag", NU))).containsExactly("problematiek");
    }

    @Test
    void requiresCustodyOfEveryParentAndTheFormOfItsKind() {
        var vaderZonderGezag = new Formulier.Gezinslid(Formulier.Relatie.BIOLOGISCHE_VADER, "Bram", null, null, Formulier.Contact.geen(), null);
        var broer = new Formulier.Gezinslid(Formulier.Relatie.BROER_OF_ZUS, "Tim", null, null, Formulier.Contact.geen(), null);
        var formulier = new Formulier(List.of(kind("2016-01-01")), List.of(vaderZonderGezag, broer), "vader", List.of(), null,
                new Formulier.ZorgtafelVragen("a", "b", "c"), Set.of(Problematiek.ANDERS));

        assertThat(geschondenVelden(() -> Aanmelding.ontvang(AanmeldingId.nieuw(), Gemeente.EDE, Soort.JEUGDLINK, SOCIAAL_TEAM, GEGEVEN, formulier, "v", NU)))
                .containsExactly("gezinsleden[0].gezag", "jeugdlink", "zorgtafel");
    }

    @Test
    void givesEachChildAnIdDerivedFromTheReferralSoARetryNamesTheSameChildren() {
        AanmeldingId id = AanmeldingId.nieuw();
        var eerste = Aanmelding.ontvang(id, Gemeente.EDE, Soort.JEUGDLINK, SOCIAAL_TEAM, GEGEVEN, EEN_KIND, "v", NU).aanmelding();
        var herhaling = Aanmelding.ontvang(id, Gemeente.EDE, Soort.JEUGDLINK, SOCIAAL_TEAM, GEGEVEN, EEN_KIND, "v", NU.plusSeconds(5)).aanmelding();

        assertThat(eerste.minderjarigen().getFirst().kindId()).isEqualTo(herhaling.minderjarigen().getFirst().kindId());
        assertThat(eerste.zelfdeInzendingAls(herhaling)).isTrue();
    }

    @Test
    void placesEachChildInTheAgeBandOfTheContactRule() {
        var kind = kind("2014-06-01");
        assertThat(kind.leeftijdscategorie(LocalDate.parse("2018-05-31"))).isEqualTo(Minderjarige.Leeftijdscategorie.ONDER_4);
        assertThat(kind.leeftijdscategorie(LocalDate.parse("2018-06-01"))).isEqualTo(Minderjarige.Leeftijdscategorie.VAN_4_TOT_12);
        assertThat(kind.leeftijdscategorie(LocalDate.parse("2026-06-01"))).isEqualTo(Minderjarige.Leeftijdscategorie.VANAF_12);
    }

    @Test
    void theScreeningAcceptsOnceWithDistinctScreenersAndAtLeastOneCoupling() {
        var koppeling = new Screening.Koppeling("vt-1", Expertise.VEILIG_THUIS);
        assertThat(geschondenVelden(() -> ontvangen().accepteer("gw-1", "gw-1", List.of(), "gw-1", NU)))
                .containsExactly("teamleiderId", "koppelingen");
        assertThat(geschondenVelden(() -> ontvangen().accepteer("gw-1", "tl-1", List.of(koppeling, koppeling), "gw-1", NU)))
                .containsExactly("koppelingen[1].medewerkerId");

        var geaccepteerd = ontvangen().accepteer("gw-1", "tl-1", List.of(koppeling), "gw-1", NU);
        assertThat(geaccepteerd.aanmelding().status()).isEqualTo(Aanmelding.Status.GEACCEPTEERD);
        // Acceptance also hands the family's contact (sealed) to the notification-service.
        assertThat(geaccepteerd.events()).map(Object::getClass).containsExactly(AanmeldingEvent.Gescreend.class, AanmeldingEvent.GezinscontactGedeeld.class);
        assertThatThrownBy(() -> geaccepteerd.aanmelding().wijsAf("gw-1", "tl-1", Screening.AfwijzingsReden.ANDERS, "x", "tl-1", NU))
                .isInstanceOf(BesluitNietMogelijk.class);
    }

    @Test
    void aDeclineNeedsAReasonAndOtherNeedsAnExplanation() {
        assertThat(geschondenVelden(() -> ontvangen().wijsAf("gw-1", "tl-1", null, null, "tl-1", NU))).containsExactly("reden");
        assertThat(geschondenVelden(() -> ontvangen().wijsAf("gw-1", "tl-1", Screening.AfwijzingsReden.ANDERS, " ", "tl-1", NU)))
                .containsExactly("toelichting");
        var afgewezen = ontvangen().wijsAf("gw-1", "tl-1", Screening.AfwijzingsReden.ANDERE_ROUTE_PASSENDER, null, "tl-1", NU);
        assertThat(afgewezen.events()).singleElement().isInstanceOf(AanmeldingEvent.Afgewezen.class);
        assertThatThrownBy(() -> afgewezen.aanmelding().planStartoverleg(NU.plusSeconds(3600), List.of("gw-1"), "gw-1", NU))
                .isInstanceOf(BesluitNietMogelijk.class);
    }

    @Test
    void theFamilyMailGoesToTheParentsWithCustodyWhoGaveAnAddressAndToNoOneOfAnAnonymousConsult() {
        var moeder = new Formulier.Gezinslid(Formulier.Relatie.BIOLOGISCHE_MOEDER, "Anna", null, null,
                new Formulier.Contact(null, null, "anna@example.nl"), true);
        var vaderZonderGezag = new Formulier.Gezinslid(Formulier.Relatie.BIOLOGISCHE_VADER, "Bram", null, null,
                new Formulier.Contact(null, null, "bram@example.nl"), false);
        var voogdZonderAdres = new Formulier.Gezinslid(Formulier.Relatie.VOOGD, "Vera", null, null, Formulier.Contact.geen(), true);
        var formulier = new Formulier(EEN_KIND.minderjarigen(), List.of(moeder, vaderZonderGezag, voogdZonderAdres), "moeder", List.of(), VRAGEN, null,
                Set.of(Problematiek.ANDERS));

        var aanmelding = Aanmelding.ontvang(AanmeldingId.nieuw(), Gemeente.EDE, Soort.JEUGDLINK, SOCIAAL_TEAM, GEGEVEN, formulier, "vraag", NU).aanmelding();
        var anoniem = Aanmelding.ontvang(AanmeldingId.nieuw(), Gemeente.EDE, Soort.ANONIEM_CONSULT, SOCIAAL_TEAM, Toestemming.geen(), ANONIEM, "vraag", NU)
                .aanmelding();

        assertThat(aanmelding.gezinsadressen()).extracting(a -> a.relatie() + ":" + a.email())
                .containsExactly(Formulier.Relatie.BIOLOGISCHE_MOEDER + ":anna@example.nl");
        // Each parent by a pseudonymous id of their own: derived again the same, another referral's parent another one.
        assertThat(aanmelding.gezinsadressen().getFirst().ouderId()).isEqualTo(aanmelding.gezinsadressen().getFirst().ouderId())
                .isNotEqualTo(Aanmelding.ontvang(AanmeldingId.nieuw(), Gemeente.EDE, Soort.JEUGDLINK, SOCIAAL_TEAM, GEGEVEN, formulier, "vraag", NU)
                        .aanmelding().gezinsadressen().getFirst().ouderId());
        assertThat(aanmelding.gezinsadressen().toString()).as("no address in a log line").doesNotContain("anna@");
        assertThat(anoniem.gezinsadressen()).isEmpty();
    }
}
