package nl.jeugdlink.routing.ijw.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a provider's receipt (JW302), start (JW305) and stop (JW307) of a toewijzing land. A port of the message
 * API, implemented by the toewijzing feature (which owns the toewijzingen), so that the message API does
 * not depend on it.
 */
public interface Leveringen {

    /**
     * One StartProduct or StopProduct.
     *
     * @param gemeenteCode the municipality the message is addressed to, as CBS code with GM
     * @param einddatum and {@code redenBeeindiging} only for a stop
     */
    record Melding(String agbCode, String gemeenteCode, String bsn, long toewijzingNummer, LocalDate begindatum, @Nullable LocalDate einddatum,
            @Nullable String redenBeeindiging) {
    }

    /** Empty when the start was accepted; else the retourcode of the rule it breaks. */
    Optional<Retourcode> start(Melding melding);

    /** Empty when the stop was accepted; else the retourcode of the rule it breaks. */
    Optional<Retourcode> stop(Melding melding);

    /** Empty when the withdrawal of the start (StatusAanlevering 3) was accepted; else the retourcode of the rule it breaks (TR063, TR071). */
    Optional<Retourcode> verwijderStart(Melding melding);

    /** Empty when the withdrawal of the stop (StatusAanlevering 3) was accepted; else the retourcode of the rule it breaks (TR063). */
    Optional<Retourcode> verwijderStop(Melding melding);

    /**
     * The provider's JW302 on the JW301 of its toewijzing under {@code toewijzingNummer}: stored with the toewijzing.
     *
     * @return false when there is no such toewijzing addressed to this provider (nothing stored)
     */
    boolean ontvangen(String agbCode, String gemeenteCode, long toewijzingNummer, java.util.List<String> retourcodes);
}
