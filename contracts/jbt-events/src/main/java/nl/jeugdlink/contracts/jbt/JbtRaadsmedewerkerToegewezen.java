package nl.jeugdlink.contracts.jbt;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The chair assigned the raadsmedewerker who does the Raad voor de Kinderbescherming's independent test at
 * the table (seed 000 §6.10), after checking they were not involved with the family before. When the talk is
 * planned already, the notification-service invites them by name for it; otherwise {@link JbtVerzoekGepland}
 * names them when it is.
 *
 * @param verzoekId the request id (UUID)
 * @param casusId the casus the request is about
 * @param aanmeldingId the referral the casus came from
 * @param gemeenteCode the municipality responsible, CBS code
 * @param raadsmedewerkerId the raadsmedewerker's pseudonymous id
 * @param tafel the table the talk is planned at; absent when not planned yet
 * @param datum the day of the talk; absent when not planned yet
 * @param toegewezenDoor the chair's pseudonymous id
 * @param toegewezenOp when the assignment was recorded
 * @param aanvang the time of day the talk's table moment begins, {@code HH:mm} in Dutch local time (Europe/Amsterdam); absent when
 *        not planned yet or in events published before moments had a time of day
 * @param tijdstip when the request's own talk begins within that moment, {@code HH:mm} in Dutch local time: the time to invite
 *        the raadsmedewerker for; absent when not planned yet or in events published before talks had a time of their own
 * @param gesprekEinde when that talk ends, {@code HH:mm} in Dutch local time (ADR 0036); absent when not planned yet or in events
 *        published before talks had an end
 */
public record JbtRaadsmedewerkerToegewezen(
        String verzoekId,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String raadsmedewerkerId,
        @Nullable String tafel,
        @Nullable LocalDate datum,
        String toegewezenDoor,
        Instant toegewezenOp,
        @Nullable String aanvang,
        @Nullable String tijdstip,
        @Nullable String gesprekEinde) {

    /** The record as published before moments had a time of day. */
    public JbtRaadsmedewerkerToegewezen(String verzoekId, String casusId, String aanmeldingId, String gemeenteCode, String raadsmedewerkerId,
            @Nullable String tafel, @Nullable LocalDate datum, String toegewezenDoor, Instant toegewezenOp) {
        this(verzoekId, casusId, aanmeldingId, gemeenteCode, raadsmedewerkerId, tafel, datum, toegewezenDoor, toegewezenOp, null);
    }

    /** The record as published before a talk had its own time within the moment. */
    public JbtRaadsmedewerkerToegewezen(String verzoekId, String casusId, String aanmeldingId, String gemeenteCode, String raadsmedewerkerId,
            @Nullable String tafel, @Nullable LocalDate datum, String toegewezenDoor, Instant toegewezenOp, @Nullable String aanvang) {
        this(verzoekId, casusId, aanmeldingId, gemeenteCode, raadsmedewerkerId, tafel, datum, toegewezenDoor, toegewezenOp, aanvang, null);
    }

    /** The record as published before a talk had an end. */
    public JbtRaadsmedewerkerToegewezen(String verzoekId, String casusId, String aanmeldingId, String gemeenteCode, String raadsmedewerkerId,
            @Nullable String tafel, @Nullable LocalDate datum, String toegewezenDoor, Instant toegewezenOp, @Nullable String aanvang,
            @Nullable String tijdstip) {
        this(verzoekId, casusId, aanmeldingId, gemeenteCode, raadsmedewerkerId, tafel, datum, toegewezenDoor, toegewezenOp, aanvang, tijdstip, null);
    }
}
