package nl.jeugdlink.intake.aanmelding.adapter.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The body of {@code POST /api/v1/aanmeldingen/{id}/startoverleg}. */
record StartoverlegRequest(
        @NotNull Instant geplandOp,
        @NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "letters, cijfers en . _ : -") String> deelnemers) {
}
