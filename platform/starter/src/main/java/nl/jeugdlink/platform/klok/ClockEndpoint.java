package nl.jeugdlink.platform.klok;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code /actuator/klok}: reads and sets the adjustable clock. Only present when the clock is
 * adjustable, and only for a beheerder. After a set, the listeners run (e.g. a deadline sweep), so
 * that what became due by moving the clock is handled at once.
 */
@Endpoint(id = "klok")
public class ClockEndpoint {

    private final AdjustableClock klok;
    private final List<? extends Consumer<Instant>> naVerzetten;

    public ClockEndpoint(AdjustableClock klok, List<? extends Consumer<Instant>> naVerzetten) {
        this.klok = klok;
        this.naVerzetten = naVerzetten;
    }

    @ReadOperation
    public Map<String, Object> nu() {
        return Map.of("nu", klok.instant().toString(), "verschuiving", klok.verschuiving().toString());
    }

    /** Body {@code {"tijdstip": "2026-04-29T06:00:00Z"}}. */
    @WriteOperation
    public Map<String, Object> zet(String tijdstip) {
        Instant nieuw;
        try {
            nieuw = Instant.parse(tijdstip);
        } catch (DateTimeParseException e) {
            throw new InvalidEndpointRequestException("tijdstip: een ISO-8601 tijdstip in UTC, zoals 2026-04-29T06:00:00Z", "tijdstip ongeldig");
        }
        klok.zet(nieuw);
        naVerzetten.forEach(listener -> listener.accept(nieuw));
        return nu();
    }
}
