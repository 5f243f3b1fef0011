package nl.jeugdlink.casus.casus.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.Casusbetrokkenen;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.casus.casus.domain.JbtStanden;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Where the casus stands at the Jeugdbeschermingstafel and what was decided, for whoever may see the casus. */
@RestController
@Tag(name = "casussen")
class JbtController extends CasusApi {

    /** {@code status} GEEN when the casus has never been at the table. */
    record JbtResponse(String status, @Nullable String verzoekId, @Nullable String uitkomst, @Nullable String besluitvorming,
            @Nullable LocalDate gesprekOp, @Nullable LocalDate evaluatieMoment, @Nullable Instant bijgewerktOp) {
    }

    private final JbtStanden standen;

    JbtController(Casussen casussen, Casusbetrokkenen betrokkenen, JbtStanden standen, Audit audit) {
        super(casussen, betrokkenen, audit);
        this.standen = standen;
    }

    @GetMapping("/api/v1/casussen/{casusId}/jbt")
    @Operation(summary = "Haal de stand van de casus bij de Jeugdbeschermingstafel op", description = "Ingediend, teruggestuurd, gepland "
            + "(met de dag van het gesprek) of besloten (met de uitkomst, consensus of mandaat en het evaluatiemoment), zoals de jbt-service "
            + "het meldt; GEEN als de casus niet aan tafel is geweest.")
    @ApiResponse(responseCode = "200", description = "De stand bij de JBT")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit id")
    ResponseEntity<JbtResponse> stand(@CasusIdParameter @PathVariable String casusId) {
        Gebruiker gebruiker = Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL, Rol.GEDRAGSWETENSCHAPPER, Rol.TEAMLEIDER,
                Rol.JEUGDBESCHERMER, Rol.JBT_VOORZITTER);
        CasusId id = toegang(casusId, gebruiker, "casus");
        audit.toegestaan(gebruiker, AuditEntry.Actie.LEZEN, "casus", id.toString());
        return ResponseEntity.ok(standen.van(id).map(s -> new JbtResponse(s.status().name(), s.verzoekId(), s.uitkomst(), s.besluitvorming(),
                s.gesprekOp(), s.evaluatieMoment(), s.bijgewerktOp())).orElse(new JbtResponse("GEEN", null, null, null, null, null, null)));
    }
}
