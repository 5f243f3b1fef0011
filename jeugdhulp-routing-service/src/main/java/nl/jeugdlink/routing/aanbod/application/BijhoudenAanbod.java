package nl.jeugdlink.routing.aanbod.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import nl.jeugdlink.routing.aanbod.domain.Aanbiedingen;
import nl.jeugdlink.routing.aanbod.domain.Aanbod;
import nl.jeugdlink.routing.aanbod.domain.Contractering;

/** The provider keeps its supply current; the region reads who is contracted and available per product. */
public class BijhoudenAanbod {

    /** One provider's offer of the asked product. */
    public record Beschikbaar(Aanbod aanbieder, Aanbod.Beschikbaarheid product) {
    }

    private final Aanbiedingen aanbiedingen;
    private final Contractering contractering;
    private final Clock clock;

    public BijhoudenAanbod(Aanbiedingen aanbiedingen, Contractering contractering, Clock clock) {
        this.aanbiedingen = aanbiedingen;
        this.contractering = contractering;
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    /** @throws OngeldigAanbod with every rule broken; nothing is stored then */
    public Aanbod bewaar(Aanbod aanbod) {
        List<Aanbod.Overtreding> fouten = aanbod.controleer();
        if (!fouten.isEmpty()) {
            throw new OngeldigAanbod(fouten);
        }
        aanbiedingen.bewaar(aanbod);
        return aanbod;
    }

    /**
     * Contracted for the municipality today and offering the product; shortest waiting time first (free
     * places without a waiting time count as none), then most free places, then AGB code. Contracted is what the municipality's
     * contract register says - that product by that provider today - where it keeps one; else what the provider states.
     */
    public List<Beschikbaar> perProduct(String categorie, String code, String gemeente) {
        LocalDate vandaag = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")));
        return aanbiedingen.perProduct(categorie, code).stream()
                .filter(a -> switch (contractering.dekking(gemeente, a.agbCode(), categorie, code, vandaag)) {
                    case GECONTRACTEERD -> true;
                    case NIET_GECONTRACTEERD -> false;
                    case GEEN_REGISTER -> a.isGecontracteerd(gemeente, vandaag);
                })
                .flatMap(a -> a.producten().stream().filter(p -> p.categorie().equals(categorie) && p.code().equals(code))
                        .map(p -> new Beschikbaar(a, p)))
                .sorted(Comparator.<Beschikbaar>comparingInt(b -> wachttijd(b.product()))
                        .thenComparing(b -> -(b.product().vrijePlaatsen() == null ? 0 : b.product().vrijePlaatsen()))
                        .thenComparing(b -> b.aanbieder().agbCode()))
                .toList();
    }

    private static int wachttijd(Aanbod.Beschikbaarheid p) {
        if (p.wachttijdDagen() != null) {
            return p.wachttijdDagen();
        }
        return p.vrijePlaatsen() != null && p.vrijePlaatsen() > 0 ? 0 : Integer.MAX_VALUE;
    }

    public static class OngeldigAanbod extends RuntimeException {
        private final List<Aanbod.Overtreding> fouten;

        public OngeldigAanbod(List<Aanbod.Overtreding> fouten) {
            super(fouten.toString());
            this.fouten = List.copyOf(fouten);
        }

        public List<Aanbod.Overtreding> fouten() {
            return fouten;
        }
    }
}
