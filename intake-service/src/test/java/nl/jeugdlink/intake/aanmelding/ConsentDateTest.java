package nl.jeugdlink.intake.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.jeugdlink.intake.aanmelding.application.ReceivingAanmelding;
import nl.jeugdlink.intake.aanmelding.domain.Aanmelding;
import nl.jeugdlink.intake.aanmelding.domain.AanmeldingEvent;
import nl.jeugdlink.intake.aanmelding.domain.AanmeldingGeweigerd;
import nl.jeugdlink.intake.aanmelding.domain.AanmeldingId;
import nl.jeugdlink.intake.aanmelding.domain.Aanmeldingen;
import nl.jeugdlink.intake.aanmelding.domain.Expertise;
import nl.jeugdlink.intake.aanmelding.domain.Formulier;
import nl.jeugdlink.intake.aanmelding.domain.Gemeente;
import nl.jeugdlink.intake.aanmelding.domain.Minderjarige;
import nl.jeugdlink.intake.aanmelding.domain.Problematiek;
import nl.jeugdlink.intake.aanmelding.domain.Regelschending;
import nl.jeugdlink.intake.aanmelding.domain.Soort;
import nl.jeugdlink.intake.aanmelding.domain.Toestemming;
import nl.jeugdlink.intake.aanmelding.domain.VerwijzendeOrganisatie;
import nl.jeugdlink.intake.aanmelding.domain.Verwijzer;
import nl.jeugdlink.platform.klok.AdjustableClock;
import org.junit.jupiter.api.Test;

/**
 * "Not in the future" is judged on the platform's clock in Europe/Amsterdam: at 00:30 Dutch time the
 * host's UTC clock still shows yesterday, and a consent dated the Dutch today is no consent from the
 * future. A date that is in the future in the Netherlands is refused, in Dutch, like every other rule.
 */
class ConsentDateTest {

    /** 00:30 on 16 June 2026 in the Netherlands (summer time, UTC+2): 22:30 on 15 June in UTC. */
    private static final Instant HALF_EEN_NEDERLANDSE_TIJD = Instant.parse("2026-06-15T22:30:00Z");

    private final List<Aanmelding> opgeslagen = new ArrayList<>();
    private final AdjustableClock klok = new AdjustableClock(Clock.systemUTC());
    private final ReceivingAanmelding receiving = new ReceivingAanmelding(new InMemoryAanmeldingen(), klok);

    @Test
    void acceptsAConsentDatedTodayAtHalfPastMidnightDutchTime() {
        klok.zet(HALF_EEN_NEDERLANDSE_TIJD);

        var resultaat = receiving.receive(aanmeldingMetToestemmingVan(LocalDate.parse("2026-06-16")));

        assertThat(resultaat.nieuw()).isTrue();
        assertThat(opgeslagen).singleElement().satisfies(a -> assertThat(a.toestemming().datum()).isEqualTo(LocalDate.parse("2026-06-16")));
    }

    @Test
    void refusesAConsentDatedTomorrowDutchTimeInDutch() {
        klok.zet(HALF_EEN_NEDERLANDSE_TIJD);

        assertThatThrownBy(() -> receiving.receive(aanmeldingMetToestemmingVan(LocalDate.parse("2026-06-17"))))
                .isInstanceOfSatisfying(AanmeldingGeweigerd.class, e -> assertThat(e.schendingen()).containsExactly(
                        new Regelschending("toestemming.datum", "past", "De toestemming kan niet in de toekomst gegeven zijn.")));
        assertThat(opgeslagen).isEmpty();
    }

    private static ReceivingAanmelding.NieuweAanmelding aanmeldingMetToestemmingVan(LocalDate datum) {
        var verwijzer = new Verwijzer(VerwijzendeOrganisatie.SOCIAAL_TEAM, "st-1", "Jet", "0318123456", "st@ede.nl");
        var moeder = new Formulier.Gezinslid(Formulier.Relatie.BIOLOGISCHE_MOEDER, "Anna", null, null, Formulier.Contact.geen(), true);
        var vragen = new Formulier.JeugdlinkVragen(null, null, null, "zorgen", null, false,
                null, null, null, null, null, null, "verwachting", Set.of(Expertise.VEILIG_THUIS));
        var kind = new Minderjarige(UUID.randomUUID(), "Kind", LocalDate.parse("2016-01-01"), null, null, Formulier.Contact.geen());
        var formulier = new Formulier(List.of(kind), List.of(moeder), "moeder", List.of(), vragen, null, Set.of(Problematiek.MULTIPROBLEEM));
        return new ReceivingAanmelding.NieuweAanmelding(Gemeente.EDE, Soort.JEUGDLINK, verwijzer, new Toestemming(true, datum, "st-1"),
                formulier, "vraag", null);
    }

    /** Keeps what was received; this test asks nothing else of the store. */
    private final class InMemoryAanmeldingen implements Aanmeldingen {

        @Override
        public boolean add(Aanmelding aanmelding, List<AanmeldingEvent> events) {
            opgeslagen.add(aanmelding);
            return true;
        }

        @Override
        public Optional<Aanmelding> find(AanmeldingId id) {
            return opgeslagen.stream().filter(a -> a.id().equals(id)).findFirst();
        }

        @Override
        public List<Aanmelding> metKindMetBsn(nl.jeugdlink.intake.aanmelding.domain.Bsn bsn) {
            throw new UnsupportedOperationException("not used by receiving");
        }

        @Override
        public Optional<Gemeente> gemeenteVan(AanmeldingId id) {
            return find(id).map(Aanmelding::gemeente);
        }

        @Override
        public Optional<Aanmelding.Resultaat> wijzig(AanmeldingId id, Function<Aanmelding, Aanmelding.Resultaat> stap) {
            throw new UnsupportedOperationException("not used by receiving");
        }

        @Override
        public Map<String, Long> caseload(Collection<String> medewerkerIds) {
            throw new UnsupportedOperationException("not used by receiving");
        }

        @Override
        public boolean casusAfgesloten(AanmeldingId id, String eventId) {
            throw new UnsupportedOperationException("not used by receiving");
        }

        @Override
        public List<nl.jeugdlink.intake.aanmelding.domain.WachtendeAanmelding> wachtendOpScreening(nl.jeugdlink.intake.aanmelding.domain.Gemeente gemeente) {
            throw new UnsupportedOperationException("not used by receiving");
        }
    }
}
