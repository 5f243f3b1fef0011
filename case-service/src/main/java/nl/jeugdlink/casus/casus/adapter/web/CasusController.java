package nl.jeugdlink.casus.casus.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import nl.jeugdlink.platform.web.ProblemHandling.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/casussen")
@Tag(name = "casussen", description = "De casus van een gezin: één regisseur, één plan, één team")
class CasusController {

    record CasusResponse(String id, String aanmeldingId, String gemeenteCode, String dossierhouderRol,
            String dossierhouderOrganisatie, String dossierhouderId, Instant geopendOp) {

        static CasusResponse of(Casus c) {
            return new CasusResponse(c.id().toString(), c.aanmeldingId(), c.gemeenteCode(), c.dossierhouder().rol().name(),
                    c.dossierhouder().organisatie(), c.dossierhouder().medewerkerId(), c.geopendOp());
        }
    }

    private final Casussen casussen;
    private final Audit audit;

    CasusController(Casussen casussen, Audit audit) {
        this.casussen = casussen;
        this.audit = audit;
    }

    @GetMapping("/{casusId}")
    @Operation(summary = "Haal een casus op")
    @ApiResponse(responseCode = "200", description = "De casus",
            content = @Content(schema = @Schema(implementation = CasusResponse.class)))
    @ApiResponse(responseCode = "400", description = "Het id is geen UUID")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit id")
    ResponseEntity<?> haalOp(
            @Parameter(description = "Het id van de casus", schema = @Schema(type = "string", format = "uuid"))
            @PathVariable String casusId) {
        Gebruiker gebruiker = Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL, Rol.GEDRAGSWETENSCHAPPER, Rol.TEAMLEIDER,
                Rol.JEUGDBESCHERMER, Rol.JBT_VOORZITTER);
        UUID id;
        try {
            id = UUID.fromString(casusId);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("casusId", "uuid", "Een casus-id is een UUID.");
        }
        return casussen.find(new CasusId(id))
                .<ResponseEntity<?>>map(c -> {
                    Toegang.voorGemeente(gebruiker, c.gemeenteCode());
                    audit.toegestaan(gebruiker, AuditEntry.Actie.LEZEN, "casus", c.id().toString());
                    return ResponseEntity.ok(CasusResponse.of(c));
                })
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Geen casus met id " + id)));
    }
}
