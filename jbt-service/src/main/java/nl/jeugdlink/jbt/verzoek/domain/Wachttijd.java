package nl.jeugdlink.jbt.verzoek.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The first free moment of the request's own table lies more than two weeks after the filing (002:491):
 * the chair and the municipal contact are told, and the neighbouring table's free moments offered.
 *
 * @param tafel the request's own table
 * @param eersteVrijeMoment its first free moment, null when none within the horizon looked at
 * @param buurtafel the neighbouring table, if one is configured
 * @param aanbod the neighbouring table's free moments
 * @param contactpersoonId the municipal contact to be told
 */
public record Wachttijd(String tafel, @Nullable LocalDate eersteVrijeMoment, @Nullable String buurtafel, List<LocalDate> aanbod,
        String contactpersoonId, String vastgesteldDoor, Instant vastgesteldOp) {

    /** A talk within two weeks of the request (002:491). */
    public static final int HOOGSTENS_DAGEN = 14;

    public Wachttijd {
        aanbod = List.copyOf(aanbod);
    }
}
