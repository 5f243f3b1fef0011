package nl.jeugdlink.routing.toewijzing.domain;

import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who sees which toewijzingen. A care provider sees by the AGB code its token carries, and only what
 * is addressed to that code, whatever municipalities the token names; another provider's toewijzing is
 * to it as if it did not exist. Back office and regisseur see the toewijzingen of the municipalities
 * they work for: those in a casus of theirs, and those they assigned themselves in another municipality's
 * casus under the woonplaatsbeginsel - of that casus nothing else (need-to-know). Which role asks as which is the web adapter's; the rules are here.
 */
public final class Toewijzingsinzage {

    private Toewijzingsinzage() {
    }

    /** Who asks, as far as toewijzingen go. */
    public sealed interface Vrager permits Zorgaanbieder, Gemeentelijk {
    }

    /** A care provider, by the AGB code of its token: null or blank when the token carries none. */
    public record Zorgaanbieder(@Nullable String agbCode) implements Vrager {
    }

    /** Someone working for these municipalities (back office, regisseur). */
    public record Gemeentelijk(Set<String> gemeenten) implements Vrager {

        public Gemeentelijk {
            gemeenten = Set.copyOf(gemeenten);
        }
    }

    /** What the asker is told about one toewijzing. */
    public enum Oordeel {
        TOEGESTAAN,
        /** A 403: the asker may know it exists, not see it. */
        GEWEIGERD,
        /** Refused, but answered as if it did not exist: a care provider never learns of another's toewijzing. */
        NIET_GEVONDEN
    }

    /** Why this asker may see no toewijzing at all: a care provider without an AGB code. */
    public static Optional<String> weigering(Vrager vrager) {
        if (vrager instanceof Zorgaanbieder(String agb) && (agb == null || agb.isBlank())) {
            return Optional.of("zorgaanbieder zonder agb-claim in het token");
        }
        return Optional.empty();
    }

    /** May the asker see this toewijzing of a casus of this municipality? */
    public static Oordeel oordeel(Vrager vrager, Toewijzing toewijzing, String gemeenteCode) {
        return switch (vrager) {
            case Zorgaanbieder(String agb) -> weigering(vrager).isPresent() ? Oordeel.GEWEIGERD
                    : toewijzing.isVoor(agb) ? Oordeel.TOEGESTAAN : Oordeel.NIET_GEVONDEN;
            case Gemeentelijk(Set<String> gemeenten) -> gemeenten.contains(gemeenteCode) || gemeenten.contains(toewijzing.gemeente(gemeenteCode))
                    ? Oordeel.TOEGESTAAN : Oordeel.GEWEIGERD;
        };
    }

    /**
     * A municipal asker naming a casus of another municipality is refused when it assigned none of the casus's toewijzingen, with
     * the same answer whether the casus exists or not; one that did sees only those (the search is limited so).
     *
     * @param vanHem how many toewijzingen in the casus it may see
     */
    public static Optional<String> weigeringVoorCasus(Gemeentelijk vrager, String gemeenteCode, long vanHem) {
        return vrager.gemeenten().contains(gemeenteCode) || vanHem > 0 ? Optional.empty()
                : Optional.of("geen toegang tot gegevens van gemeente " + gemeenteCode);
    }

    /** Why a municipal asker may not see (or assign in) a casus of this municipality, or empty when they may. */
    public static Optional<String> weigeringVoorGemeente(Gemeentelijk vrager, String gemeenteCode) {
        return vrager.gemeenten().contains(gemeenteCode) ? Optional.empty()
                : Optional.of("geen toegang tot gegevens van gemeente " + gemeenteCode);
    }

    /**
     * Why a municipal asker may not give the client of a casus (the BSN and name a JW301 carries), or empty when they may: the back
     * office of the casus's municipality, or of a municipality a bepaling of the casus makes responsible under the woonplaatsbeginsel
     * (it assigns the care there, under its own Afzender, and its JW301 needs the client).
     *
     * @param verantwoordelijk the municipalities the casus's bepalingen make responsible
     */
    public static Optional<String> weigeringVoorClient(Gemeentelijk vrager, String casusGemeente, java.util.Set<String> verantwoordelijk) {
        if (vrager.gemeenten().contains(casusGemeente) || verantwoordelijk.stream().anyMatch(vrager.gemeenten()::contains)) {
            return Optional.empty();
        }
        return Optional.of("geen toegang tot gegevens van gemeente " + casusGemeente + " (en geen bepaling van de casus maakt een eigen gemeente "
                + "verantwoordelijk)");
    }

    /**
     * A care provider asking for the toewijzingen of one casus is refused when none is addressed to it,
     * with the same answer whether the casus exists or not.
     *
     * @param aanHem how many toewijzingen in the casus are addressed to its AGB code
     */
    public static Optional<String> weigeringVoorCasus(Zorgaanbieder vrager, long aanHem) {
        return aanHem == 0 ? Optional.of("geen toewijzing aan AGB-code " + vrager.agbCode() + " in deze casus") : Optional.empty();
    }

    /**
     * A search limited to what the asker may see: its own AGB code, or its own municipalities.
     *
     * @throws IllegalArgumentException for an asker refused by {@link #weigering}: a search without an AGB code would limit nothing
     */
    public static Toewijzingen.Zoekvraag zoekvraag(Vrager vrager, @Nullable String casusId, int pagina, int paginaGrootte) {
        weigering(vrager).ifPresent(reden -> {
            throw new IllegalArgumentException(reden);
        });
        return switch (vrager) {
            case Zorgaanbieder(String agb) -> new Toewijzingen.Zoekvraag(agb, null, casusId, pagina, paginaGrootte);
            case Gemeentelijk(Set<String> gemeenten) -> new Toewijzingen.Zoekvraag(null, gemeenten, casusId, pagina, paginaGrootte);
        };
    }
}
