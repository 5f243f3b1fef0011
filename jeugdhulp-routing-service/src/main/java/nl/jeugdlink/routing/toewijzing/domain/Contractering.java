package nl.jeugdlink.routing.toewijzing.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Whether the municipality contracted the provider for the care (its contract register; a municipality without a register is not
 * checked). A toewijzing outside the contract is refused (GEEN_CONTRACT) unless it carries out a bepaling of the same provider and
 * product that the designated municipal official approved ({@link Bepaling.Akkoord}).
 */
@FunctionalInterface
public interface Contractering {

    boolean gecontracteerd(String gemeenteCode, String agbCode, @Nullable Product product, LocalDate ingangsdatum);

    /** For tests and for a deployment without a register. */
    Contractering ALLES = (gemeente, agb, product, datum) -> true;
}
