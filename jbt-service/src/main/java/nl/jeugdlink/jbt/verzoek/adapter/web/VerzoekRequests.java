package nl.jeugdlink.jbt.verzoek.adapter.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.jeugdlink.jbt.verzoek.domain.Besluit;
import nl.jeugdlink.jbt.verzoek.domain.Formulier;
import nl.jeugdlink.jbt.verzoek.domain.Gesprekstype;
import nl.jeugdlink.jbt.verzoek.domain.Verzoeksoort;
import org.jspecify.annotations.Nullable;

/** The bodies the request's endpoints accept; the form's own rules (the safety section first) are the domain's. */
final class VerzoekRequests {

    static final String UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    private VerzoekRequests() {
    }

    /** Bijlage 3 as JSON under {@code formulier}; {@code soort} says which of the two forms it is. */
    record IndieningRequest(
            @NotBlank @Pattern(regexp = UUID, message = "het id (UUID) van de casus") String casusId,
            @NotNull Verzoeksoort soort,
            @NotNull Gesprekstype gesprekstype,
            @NotNull Formulier formulier) {
    }

    /**
     * Empty: the first free moment of the own table; or a table (own or neighbouring) and a date the chair chose, and optionally
     * the talk's time within that moment ({@code tijdstip}, HH:mm Dutch local time: one of the moment's talks); without it the
     * moment's first free talk.
     */
    record PlanningRequest(@Nullable @Size(max = 64) String tafel, @Nullable LocalDate datum,
            @Nullable @Pattern(regexp = TIJD, message = "een tijdstip als UU:MM, bijvoorbeeld 10:00")
            @io.swagger.v3.oas.annotations.media.Schema(format = "time-local", example = "10:00") String tijdstip) {
    }

    /** A time of day, HH:mm, Dutch local time. */
    static final String TIJD = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

    /** {@code aanvang}: the moment's time of day, HH:mm Dutch local time (NLGov: without an offset); absent: unchanged. */
    record CapaciteitRequest(@NotNull @jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(20) Integer capaciteit,
            @Nullable @Pattern(regexp = TIJD, message = "een tijdstip als UU:MM, bijvoorbeeld 13:30")
            @io.swagger.v3.oas.annotations.media.Schema(format = "time-local", example = "13:30") String aanvang) {
    }

    record RaadsmedewerkerRequest(@NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9._:-]+$", message = "letters, cijfers en . _ : -")
            String raadsmedewerkerId) {
    }

    record BetrokkenheidRequest(@NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9._:-]+$", message = "letters, cijfers en . _ : -")
            String medewerkerId) {
    }

    record TerugsturingRequest(@NotBlank @Size(max = 1000) String reden) {
    }

    record BesluitRequest(
            @NotNull Besluit.Uitkomst uitkomst,
            @NotBlank @Size(max = 4000) String route,
            @NotBlank @Size(max = 4000) String hulp,
            @NotBlank @Size(max = 8000) String veiligheidsafspraken,
            @NotNull Besluit.Besluitvorming besluitvorming,
            @Nullable LocalDate evaluatieMoment) {
    }

    /** The table's evaluation of its decision: how, whether the agreements were kept, what follows, and the findings. */
    record TafelevaluatieRequest(
            @NotNull nl.jeugdlink.jbt.verzoek.domain.Tafelevaluatie.Vorm vorm,
            @NotNull nl.jeugdlink.jbt.verzoek.domain.Tafelevaluatie.Nakoming afsprakenNagekomen,
            @NotNull nl.jeugdlink.jbt.verzoek.domain.Tafelevaluatie.Vervolg vervolg,
            @NotBlank @Size(max = nl.jeugdlink.jbt.verzoek.domain.Tafelevaluatie.MAX_BEVINDINGEN) String bevindingen) {
    }

    /** A version of the report of the talk; the parents read it as written. */
    /** The requester's reaction to the report; a blank one is refused by the domain naming {@code tekst}. */
    record VerslagreactieRequest(@NotNull @Size(max = 10_000, message = "ten hoogste 10.000 tekens") String tekst) {
    }

    record VerslagRequest(@NotNull @Size(max = 50_000, message = "ten hoogste 50.000 tekens") String tekst) {
    }
}
