package nl.jeugdlink.intake.aanmelding.adapter.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.jeugdlink.intake.aanmelding.domain.Expertise;
import nl.jeugdlink.intake.aanmelding.domain.Screening;
import org.jspecify.annotations.Nullable;

/** The body of {@code POST /api/v1/aanmeldingen/{id}/screening}: accept with couplings, or decline with a reason. */
record ScreeningRequest(
        @NotNull Screening.Besluit besluit,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "letters, cijfers en . _ : -") String gedragswetenschapperId,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "letters, cijfers en . _ : -") String teamleiderId,
        @Nullable @Size(max = 10) List<@NotNull @Valid KoppelingRequest> koppelingen,
        Screening.@Nullable AfwijzingsReden reden,
        @Nullable @Size(max = 4000) String toelichting) {

    record KoppelingRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "letters, cijfers en . _ : -") String medewerkerId,
            @NotNull Expertise expertise) {
    }
}
