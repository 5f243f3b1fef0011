package nl.jeugdlink.routing.toewijzing.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Whether the municipality contracted the provider for the care (its contract register; a municipality without a register is not
 * checked). A toewijzing outside the contract is refused (GEEN_CONTRACT): non-contracted care needs the approval of the designated
 * municipal official, which the bepaling is to record (not built yet).
 */
@FunctionalInterface
public interface Contractering {

    boolean gecontracteerd(String gemeenteCode, String agbCode, @Nullable Product product, LocalDate ingangsdatum);

    /** For tests and for a deployment without a register. */
    Contractering ALLES = (gemeente, agb, product, datum) -> true;
}
