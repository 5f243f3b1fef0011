package nl.jeugdlink.intake.aanmelding.adapter.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdlink.intake.aanmelding.domain.Soort;
import nl.jeugdlink.intake.aanmelding.domain.VerwijzendeOrganisatie;
import org.jspecify.annotations.Nullable;

/** The body of {@code POST /api/v1/aanmeldingen}. Form rules beyond single fields live in the domain. */
record AanmeldingRequest(
        @NotBlank @Pattern(regexp = "GM[0-9]{4}", message = "een CBS-gemeentecode, zoals GM0228") String gemeenteCode,
        @NotNull Soort soort,
        @NotNull @Valid VerwijzerRequest verwijzer,
        @NotNull @Valid ToestemmingRequest toestemming,
        @Size(max = 20) List<@NotNull @Valid MinderjarigeRequest> minderjarigen,
        @NotBlank @Size(max = 4000) String vraag) {

    record VerwijzerRequest(
            @NotNull VerwijzendeOrganisatie organisatie,
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "letters, cijfers en . _ : -") String medewerkerId,
            @NotBlank @Email @Size(max = 254) String email) {
    }

    record ToestemmingRequest(
            @NotNull Boolean gegeven,
            @Nullable @PastOrPresent LocalDate datum,
            @Nullable @Size(max = 200) String vastgelegdDoor) {
    }

    /** The BSN is checked with the elfproef in the controller, so that its value never appears in an error. */
    record MinderjarigeRequest(@NotNull @PastOrPresent LocalDate geboortedatum, @Nullable String bsn) {
    }
}
