package nl.jeugdlink.notificatie.notificatie.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.jeugdlink.notificatie.gezinscontact.domain.Gezinscontact;
import nl.jeugdlink.notificatie.gezinscontact.domain.Gezinscontacten;
import nl.jeugdlink.notificatie.notificatie.domain.GedeeldVerslag;
import nl.jeugdlink.notificatie.notificatie.domain.GeparkeerdeVerslagen;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.notificatie.notificatie.domain.Ontzegeling;
import org.junit.jupiter.api.Test;

/** The family's summary with in-memory stores: what the broker cannot be made to show on cue - a contact arriving mid-way, a key gone. */
class SharingVerslagMetGezinTest {

    private static final Instant NU = Instant.parse("2026-11-25T16:12:40Z");
    private static final String AANMELDING = "0b7c5a3e-4f1d-4c2a-9a51-2f6d1c0e7b11";

    private final InMemory.Berichten notificaties = new InMemory.Berichten();
    private final InMemory.Contacten contacten = new InMemory.Contacten();
    private final InMemory.Parkeerplaats parkeerplaats = new InMemory.Parkeerplaats();
    private final AtomicBoolean sleutelWeg = new AtomicBoolean();
    private final List<Notificatie> aangeboden = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    /** Opens a "sealed" value that is the summary reversed: enough to tell opened from sealed. */
    private final Ontzegeling ontzegeling = verslag -> {
        if (sleutelWeg.get() || verslag.verzegeld().startsWith("!")) {
            throw new Ontzegeling.Onleesbaar("sealed value does not open");
        }
        return new StringBuilder(verslag.verzegeld()).reverse().toString();
    };

    private final SharingVerslagMetGezin verslagVoorGezin = new SharingVerslagMetGezin(notificaties, contacten, parkeerplaats, ontzegeling, new Sjablonen(),
            Clock.fixed(NU, ZoneOffset.UTC), aangeboden::add, meters);

    private static GedeeldVerslag verslag(String casusId, String samenvatting) {
        return new GedeeldVerslag(casusId, AANMELDING, "GM0228", "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "EVALUATIE",
                Instant.parse("2026-11-25T14:00:00Z"), new StringBuilder(samenvatting).reverse().toString(), NU);
    }

    private static Gezinscontact contact(Gezinscontact.Adres... adressen) {
        return new Gezinscontact(AANMELDING, "GM0228", Gezinscontact.Grondslag.TOESTEMMING, LocalDate.parse("2026-11-20"), List.of(adressen));
    }

    private double teller(String uitkomst) {
        return meters.get("jeugdlink.notificaties.gezinsverslagen").tag("uitkomst", uitkomst).counter().count();
    }

    @Test
    void writesTheSummaryWhenTheContactArrivesWhileItIsBeingParked() {
        // The contact's consumer stored it and found nothing parked just before this summary was parked.
        contacten.naDeEersteVraag = contact(new Gezinscontact.Adres("BIOLOGISCHE_MOEDER", "o.jansen@example.nl"));

        assertThat(verslagVoorGezin.verslagGedeeld("event-1", verslag("casus-1", "We spraken over school."))).isTrue();

        assertThat(aangeboden).singleElement().satisfies(n -> {
            assertThat(n.adres()).isEqualTo("o.jansen@example.nl");
            assertThat(n.tekst()).contains("We spraken over school.");
            assertThat(n.status()).isEqualTo(Notificatie.Status.WACHTEND);
        });
        assertThat(parkeerplaats.verslagen).isEmpty();
        assertThat(teller("geparkeerd")).isEqualTo(1);
        assertThat(teller("verstuurd")).isEqualTo(1);
    }

    @Test
    void writesTheFamilysMessageInPlainDutchWithTheSummaryAndWhereToReact() {
        contacten.legVast(contact(new Gezinscontact.Adres("VOOGD", "v.bos@example.nl")));

        verslagVoorGezin.verslagGedeeld("event-1", verslag("casus-1", "  Afspraak: we bellen vrijdag.\n"));

        Notificatie bericht = aangeboden.getFirst();
        assertThat(bericht.onderwerp()).isEqualTo("Verslag van ons gesprek");
        assertThat(bericht.tekst()).startsWith("Beste ouder of verzorger,\n\nOp 25 november 2026 hadden we een gesprek over hoe het nu gaat.\n")
                .contains("Dit hebben we besproken:\n\nAfspraak: we bellen vrijdag.\n\nKlopt er iets niet?",
                        "Neem dan contact op met uw regisseur.", "Stuur uw reactie daarom niet naar dit adres, maar naar uw regisseur.")
                .doesNotContain("{{", "EVALUATIE", "casus-1", AANMELDING);
    }

    @Test
    void namesEachParentByRelationAndNumbersTwoWithTheSameOne() {
        contacten.legVast(contact(new Gezinscontact.Adres("PLEEGOUDER", "a@example.nl"), new Gezinscontact.Adres("PLEEGOUDER", "b@example.nl"),
                new Gezinscontact.Adres("BIOLOGISCHE_MOEDER", "c@example.nl")));

        verslagVoorGezin.verslagGedeeld("event-1", verslag("casus-1", "Samen gepraat."));

        assertThat(aangeboden).extracting(n -> n.ontvanger().rol() + "/" + n.ontvanger().id() + " " + n.adres())
                .containsExactly("GEZIN/pleegouder a@example.nl", "GEZIN/pleegouder-2 b@example.nl", "GEZIN/biologische-moeder c@example.nl");
    }

    @Test
    void givingUpAfterTheTermWritesToTheFamilyAfterAllWhenItsContactHasJustArrived() {
        verslagVoorGezin.verslagGedeeld("event-1", verslag("casus-1", "Samen gepraat."));
        // The contact is stored, its consumer not yet at the parked summary, when the round comes by.
        contacten.contacten.put(AANMELDING, contact(new Gezinscontact.Adres("BIOLOGISCHE_MOEDER", "o.jansen@example.nl")));
        var later = new SharingVerslagMetGezin(notificaties, contacten, parkeerplaats, ontzegeling, new Sjablonen(),
                Clock.fixed(NU.plus(java.time.Duration.ofDays(4)), ZoneOffset.UTC), aangeboden::add, meters);

        assertThat(later.geefOpNa(java.time.Duration.ofDays(3))).isZero();

        assertThat(aangeboden).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(Notificatie.Status.WACHTEND);
            assertThat(n.adres()).isEqualTo("o.jansen@example.nl");
        });
        assertThat(parkeerplaats.verslagen).isEmpty();
    }

    @Test
    void givesUpASummaryParkedLongerThanTheTermCountedFromItsParking() {
        verslagVoorGezin.verslagGedeeld("event-1", verslag("casus-1", "Samen gepraat."));

        var bijna = new SharingVerslagMetGezin(notificaties, contacten, parkeerplaats, ontzegeling, new Sjablonen(),
                Clock.fixed(NU.plus(java.time.Duration.ofDays(3)).minusSeconds(1), ZoneOffset.UTC), aangeboden::add, meters);
        assertThat(bijna.geefOpNa(java.time.Duration.ofDays(3))).isZero();
        var later = new SharingVerslagMetGezin(notificaties, contacten, parkeerplaats, ontzegeling, new Sjablonen(),
                Clock.fixed(NU.plus(java.time.Duration.ofDays(3)).plusSeconds(1), ZoneOffset.UTC), aangeboden::add, meters);
        assertThat(later.geefOpNa(java.time.Duration.ofDays(3))).isEqualTo(1);

        assertThat(aangeboden).singleElement().satisfies(n -> assertThat(n.status()).isEqualTo(Notificatie.Status.ONBESTELBAAR));
        assertThat(parkeerplaats.verslagen).isEmpty();
    }

    @Test
    void recordsAParkedSummaryThatNoLongerOpensAsUndeliverableAndParksItNoLonger() {
        verslagVoorGezin.verslagGedeeld("event-1", verslag("casus-1", "Samen gepraat."));
        assertThat(parkeerplaats.verslagen).hasSize(1);
        sleutelWeg.set(true);

        assertThat(verslagVoorGezin.contactenGedeeld(List.of(contact(new Gezinscontact.Adres("BIOLOGISCHE_VADER", "p@example.nl"))))).containsExactly(true);

        assertThat(aangeboden).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(Notificatie.Status.ONBESTELBAAR);
            assertThat(n.laatsteFout()).isEqualTo("het verslag kon niet meer worden geopend");
            assertThat(n.tekst()).isEmpty();
        });
        assertThat(parkeerplaats.verslagen).isEmpty();
    }

    @Test
    void aPollsContactsAreKeptTogetherAndTheFirstOfAReferralWritesWhatWaitedForIt() {
        verslagVoorGezin.verslagGedeeld("event-1", verslag("casus-1", "Samen gepraat."));
        assertThat(aangeboden).isEmpty();
        Gezinscontact eerste = contact(new Gezinscontact.Adres("BIOLOGISCHE_MOEDER", "o.jansen@example.nl"));
        Gezinscontact tweede = contact(new Gezinscontact.Adres("VOOGD", "v.bos@example.nl"));
        Gezinscontact ander = new Gezinscontact("aanmelding-2", "GM0228", Gezinscontact.Grondslag.TOESTEMMING, LocalDate.parse("2026-11-20"),
                List.of(new Gezinscontact.Adres("PLEEGOUDER", "p@example.nl")));

        assertThat(verslagVoorGezin.contactenGedeeld(List.of(eerste, ander, tweede))).containsExactly(true, true, false);

        // One event at a time would have written the parked summary with the first contact, and the second found nothing.
        assertThat(aangeboden).singleElement().satisfies(n -> assertThat(n.adres()).isEqualTo("o.jansen@example.nl"));
        assertThat(parkeerplaats.verslagen).isEmpty();
        assertThat(contacten.contacten).containsEntry(AANMELDING, tweede).containsEntry("aanmelding-2", ander);
    }

    @Test
    void keepsNoAddressWithoutConsent() {
        var zonder = new Gezinscontact(AANMELDING, "GM0228", Gezinscontact.Grondslag.GEEN, null,
                List.of(new Gezinscontact.Adres("BIOLOGISCHE_MOEDER", "o@example.nl")));

        assertThat(zonder.adressen()).isEmpty();
        assertThat(zonder.toString()).doesNotContain("o@example.nl");
    }

    @Test
    void refusesASummaryThatDoesNotOpenBeforeRecordingOrParkingAnything() {
        assertThatThrownBy(() -> verslagVoorGezin.verslagGedeeld("event-1", new GedeeldVerslag("casus-1", AANMELDING, "GM0228", "g", "EVALUATIE",
                NU, "!kapot", NU))).isInstanceOf(Ontzegeling.Onleesbaar.class);

        assertThat(parkeerplaats.verslagen).isEmpty();
        assertThat(notificaties.berichten).isEmpty();
        assertThat(notificaties.koppelingen).isEmpty();
    }

    /** Just enough of each store to run the use case. */
    static final class InMemory {

        static final class Berichten implements Notificaties {
            final Map<String, Notificatie> berichten = new LinkedHashMap<>();
            final Map<String, String> koppelingen = new HashMap<>();
            final Map<String, String> indieners = new HashMap<>();

            final Map<String, List<String>> deelnemers = new HashMap<>();

            @Override
            public boolean add(Notificatie n) {
                return berichten.putIfAbsent(n.id(), n) == null;
            }

            @Override
            public Optional<String> aanmeldingVan(String casusId) {
                return Optional.ofNullable(koppelingen.get(casusId));
            }

            @Override
            public boolean koppelCasus(String casusId, String aanmeldingId) {
                return koppelingen.putIfAbsent(casusId, aanmeldingId) == null;
            }

            @Override
            public boolean onthoudIndiener(String verzoekId, String indienerId) {
                return !indienerId.equals(indieners.put(verzoekId, indienerId));
            }

            @Override
            public Optional<String> indienerVan(String verzoekId) {
                return Optional.ofNullable(indieners.get(verzoekId));
            }

            @Override
            public boolean onthoudDeelnemers(String verslagId, List<String> deelnemerIds) {
                return deelnemers.putIfAbsent(verslagId, List.copyOf(deelnemerIds)) == null;
            }

            @Override
            public List<String> deelnemersVan(String verslagId) {
                return deelnemers.getOrDefault(verslagId, List.of());
            }

            @Override
            public Optional<Notificatie> vind(String id) {
                return Optional.ofNullable(berichten.get(id));
            }

            @Override
            public void vergeetTekstVanGezin(String id) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Notificatie> overCasus(String casusId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Notificatie> overAanmelding(String aanmeldingId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Notificatie> voorOntvanger(String ontvangerId) {
                throw new UnsupportedOperationException();
            }
        }

        static final class Contacten implements Gezinscontacten {
            final Map<String, Gezinscontact> contacten = new HashMap<>();
            /** Stored by "another consumer" right after the first lookup, as if it arrived in between. */
            Gezinscontact naDeEersteVraag;

            @Override
            public Optional<Gezinscontact> vind(String aanmeldingId) {
                Optional<Gezinscontact> gevonden = Optional.ofNullable(contacten.get(aanmeldingId));
                if (naDeEersteVraag != null) {
                    legVast(naDeEersteVraag);
                    naDeEersteVraag = null;
                }
                return gevonden;
            }

            @Override
            public boolean legVast(Gezinscontact contact) {
                return contacten.put(contact.aanmeldingId(), contact) == null;
            }
        }

        static final class Parkeerplaats implements GeparkeerdeVerslagen {
            final Map<String, GedeeldVerslag> verslagen = new LinkedHashMap<>();
            final Map<String, java.time.Instant> geparkeerdOp = new LinkedHashMap<>();

            @Override
            public boolean parkeer(String eventId, GedeeldVerslag verslag, java.time.Instant op) {
                geparkeerdOp.putIfAbsent(eventId, op);
                return verslagen.putIfAbsent(eventId, verslag) == null;
            }

            @Override
            public Map<String, List<Geparkeerd>> voorAanmeldingen(java.util.Collection<String> aanmeldingIds) {
                Map<String, List<Geparkeerd>> wachtend = new LinkedHashMap<>();
                verslagen.forEach((eventId, verslag) -> {
                    if (aanmeldingIds.contains(verslag.aanmeldingId())) {
                        wachtend.computeIfAbsent(verslag.aanmeldingId(), a -> new java.util.ArrayList<>()).add(new Geparkeerd(eventId, verslag));
                    }
                });
                return Map.copyOf(wachtend);
            }

            @Override
            public List<Geparkeerd> geparkeerdVoor(java.time.Instant grens, int max) {
                return verslagen.entrySet().stream().filter(e -> geparkeerdOp.get(e.getKey()).isBefore(grens)).limit(max)
                        .map(e -> new Geparkeerd(e.getKey(), e.getValue())).toList();
            }

            @Override
            public Stand stand() {
                return new Stand(verslagen.size(), geparkeerdOp.values().stream().min(java.util.Comparator.naturalOrder()).orElse(null));
            }

            @Override
            public void verwijder(String eventId) {
                verslagen.remove(eventId);
                geparkeerdOp.remove(eventId);
            }
        }
    }
}
