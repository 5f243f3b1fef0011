package nl.jeugdlink.routing.ijw.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.jeugdlink.routing.ijw.domain.Retourcode;
import nl.jeugdlink.routing.ijw.domain.Verzoek;
import nl.jeugdlink.routing.ijw.domain.VerzoekEvent;
import nl.jeugdlink.routing.ijw.domain.Verzoeken;
import org.junit.jupiter.api.Test;

class OntvangenVerzoekTest {

    private static final String AGB = "12345678";
    private static final LocalDate VANDAAG = LocalDate.of(2026, 5, 4);

    private final InMemoryVerzoeken verzoeken = new InMemoryVerzoeken();
    private final OntvangenVerzoek ontvangen = new OntvangenVerzoek(verzoeken, Set.of("0228", "0345"),
            Clock.fixed(Instant.parse("2026-05-04T08:00:00Z"), ZoneId.of("Europe/Amsterdam")));

    private static final Verzoek.Omvang DRIE_UUR_PER_WEEK = new Verzoek.Omvang(3, "04", "2");

    /** Each reference its own product code (45A01, 45A02, ...): one product twice over one period would break TR386. */
    private static Verzoek verzoek(String identificatie, String bsn, String... referenties) {
        return new Verzoek(AGB, "0228", identificatie, VANDAAG, bsn, java.util.stream.IntStream.range(0, referenties.length)
                .mapToObj(i -> product(referenties[i], "45A0" + (i + 1))).toList());
    }

    private static Verzoek.AangevraagdProduct product(String referentie, String code) {
        return new Verzoek.AangevraagdProduct(referentie, "45", code, VANDAAG.plusDays(7), VANDAAG.plusMonths(6), DRIE_UUR_PER_WEEK, null);
    }

    @Test
    void acceptsAndStoresACorrectRequest() {
        var uitkomst = ontvangen.ontvang(verzoek("V1", "999900006", "R1", "R2"), "446");

        assertThat(uitkomst.beoordeling().isAfgekeurd()).isFalse();
        assertThat(verzoeken.find(uitkomst.verzoekId())).isPresent();
        // One event per requested product, from the moment of receipt: the 5 working days of each answer run from there (OP274).
        assertThat(verzoeken.events).hasSize(2).allSatisfy(e -> {
            assertThat(e.verzoekId()).isEqualTo(uitkomst.verzoekId());
            assertThat(((VerzoekEvent.Aangevraagd) e).ontvangenOp()).isEqualTo(Instant.parse("2026-05-04T08:00:00Z"));
        });
        assertThat(verzoeken.events.stream().map(e -> ((VerzoekEvent.Aangevraagd) e).product().referentieAanbieder())).containsExactly("R1", "R2");
    }

    @Test
    void refusesTheSameBerichtIdentificatieTwiceWith9056AndNothingElse() {
        ontvangen.ontvang(verzoek("V1", "999900006", "R1"), "446");

        var tweede = ontvangen.ontvang(verzoek("V1", "111222333", "R9"), "446");

        assertThat(tweede.beoordeling().bericht()).containsExactly(Retourcode.BERICHT_AL_ONTVANGEN);
        assertThat(tweede.beoordeling().client()).isEmpty();
    }

    @Test
    void refusesASecondOpenRequestForTheSameClientWith9374AndAReusedReferenceWith9347() {
        ontvangen.ontvang(verzoek("V1", "999900006", "R1"), "446");

        var tweede = ontvangen.ontvang(verzoek("V2", "999900006", "R1", "R2"), "446");

        assertThat(tweede.beoordeling().client()).containsExactly(Retourcode.VERZOEK_ONDERHANDEN);
        assertThat(tweede.beoordeling().producten()).containsOnlyKeys("R1").containsEntry("R1", List.of(Retourcode.REFERENTIE_AL_GEBRUIKT));
        // What the refused request claimed is given back: R2 is free for the corrected request of another client.
        assertThat(ontvangen.ontvang(verzoek("V3", "111222333", "R2"), "446").beoordeling().isAfgekeurd()).isFalse();
    }

    @Test
    void reportsEveryRuleOfTheMessageItselfAtOnceOnItsLevel() {
        Verzoek fout = new Verzoek(AGB, "0307", "V1", VANDAAG.plusDays(1), "999900007",
                List.of(new Verzoek.AangevraagdProduct("R1", "45", null, VANDAAG, null, null, null), new Verzoek.AangevraagdProduct("R1", "45", null, VANDAAG, null, null, null)));

        var uitkomst = ontvangen.ontvang(fout, "446");

        assertThat(uitkomst.beoordeling().bericht()).containsExactly(Retourcode.DAGTEKENING_IN_TOEKOMST, Retourcode.ONTVANGER_ONBEKEND);
        assertThat(uitkomst.beoordeling().client()).containsExactly(Retourcode.BSN_ELFPROEF);
        assertThat(uitkomst.beoordeling().producten()).containsEntry("R1", List.of(Retourcode.REFERENTIE_DUBBEL_IN_BERICHT, Retourcode.PRODUCT_OVERLAPT));
        assertThat(verzoeken.opgeslagen).isEmpty();
        assertThat(verzoeken.events).isEmpty();
    }

    @Test
    void refusesAnotherBerichtCodeAsTechnicallyWrong() {
        assertThat(ontvangen.ontvang(verzoek("V1", "999900006", "R1"), "436").beoordeling().bericht()).containsExactly(Retourcode.BERICHTCODE);
    }

    /** The store's unique keys, in memory. */
    static final class InMemoryVerzoeken implements Verzoeken {
        private final Map<String, String> sleutels = new HashMap<>();
        final Map<String, Verzoek> opgeslagen = new HashMap<>();

        @Override
        public java.util.List<OpenProduct> openVoor(String gemeente) {
            return opgeslagen.entrySet().stream().filter(e -> e.getValue().gemeente().equals(gemeente))
                    .flatMap(e -> e.getValue().producten().stream().map(p -> new OpenProduct(e.getValue().aanbieder(), p.referentieAanbieder(),
                            e.getKey(), e.getValue().dagtekening()))).toList();
        }

        @Override
        public void productBeantwoord(String gemeente, String aanbieder, String referentieAanbieder) {
            // Not used by OntvangenVerzoek.
        }

        @Override
        public boolean reserveerBericht(String afzender, String berichtCode, String identificatie) {
            return sleutels.putIfAbsent("b:" + afzender + ":" + berichtCode + ":" + identificatie, "-") == null;
        }

        @Override
        public boolean reserveerReferentie(String aanbieder, String referentieAanbieder, String verzoekId) {
            return sleutels.putIfAbsent("r:" + aanbieder + ":" + referentieAanbieder, verzoekId) == null;
        }

        @Override
        public void geefReferentieVrij(String aanbieder, String referentieAanbieder, String verzoekId) {
            sleutels.remove("r:" + aanbieder + ":" + referentieAanbieder, verzoekId);
        }

        @Override
        public boolean reserveerOpenVerzoek(String aanbieder, String bsn, String verzoekId) {
            return sleutels.putIfAbsent("o:" + aanbieder + ":" + bsn, verzoekId) == null;
        }

        @Override
        public void geefOpenVerzoekVrij(String aanbieder, String bsn, String verzoekId) {
            sleutels.remove("o:" + aanbieder + ":" + bsn, verzoekId);
        }

        final java.util.List<VerzoekEvent> events = new java.util.ArrayList<>();
        final Map<String, java.util.List<VanClient>> perClient = new HashMap<>();

        @Override
        public void registreerVoorClient(String bsn, VanClient verzoek) {
            perClient.computeIfAbsent(bsn, b -> new java.util.ArrayList<>()).add(verzoek);
        }

        @Override
        public java.util.List<VanClient> vanClient(String bsn) {
            return java.util.List.copyOf(perClient.getOrDefault(bsn, java.util.List.of()));
        }

        @Override
        public void bewaar(String verzoekId, Verzoek verzoek, java.util.List<VerzoekEvent> events) {
            opgeslagen.put(verzoekId, verzoek);
            this.events.addAll(events);
        }

        @Override
        public Optional<Verzoek> find(String verzoekId) {
            return Optional.ofNullable(opgeslagen.get(verzoekId));
        }

        @Override
        public Optional<String> verzoekMet(String aanbieder, String referentieAanbieder) {
            return Optional.ofNullable(sleutels.get("r:" + aanbieder + ":" + referentieAanbieder));
        }
    }
}
