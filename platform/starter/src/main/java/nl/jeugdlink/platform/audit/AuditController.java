package nl.jeugdlink.platform.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.concurrent.TimeoutException;
import nl.jeugdlink.platform.audit.AuditEntry.Actie;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import nl.jeugdlink.platform.web.ProblemHandling.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail of this service, for a beheerder: by casus or record, by person, and its verification. */
@RestController
@RequestMapping("/api/v1/audit-records")
@Tag(name = "audit-records", description = "Het auditspoor van deze service (NEN 7513): wie zag of wijzigde welk gegeven")
class AuditController {

    private final AuditTrail trail;
    private final AuditAnchor anker;
    private final Audit audit;

    AuditController(AuditTrail trail, AuditAnchor anker, Audit audit) {
        this.trail = trail;
        this.anker = anker;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Zoek auditrecords op casus of record, of op gebruiker")
    @ApiResponse(responseCode = "200", description = "De records, oudste eerst")
    @ApiResponse(responseCode = "400", description = "Geef precies een van betreft en gebruikerId")
    List<AuditRecord> zoek(@Parameter(description = "Het id van de casus, aanmelding of ander record") @RequestParam(required = false) @Nullable String betreft,
            @Parameter(description = "Het id van de gebruiker") @RequestParam(required = false) @Nullable String gebruikerId) {
        Gebruiker beheerder = Toegang.metRol(Rol.BEHEERDER);
        if ((betreft == null) == (gebruikerId == null)) {
            throw new InvalidInputException("betreft", "exactlyOne", "Geef precies een van betreft en gebruikerId.");
        }
        audit.toegestaan(beheerder, Actie.LEZEN, "audit", betreft != null ? betreft : "gebruiker:" + gebruikerId);
        return betreft != null ? trail.about(betreft) : trail.by(gebruikerId);
    }

    /** Why the beheerder accepts the stored chain as the new base of its anchor. */
    record Herijking(@Schema(description = "Waarom de opgeslagen keten als nieuwe basis wordt aanvaard,"
            + " bijvoorbeeld: teruggezette back-up van 26-11-2026 02:00", maxLength = 500) @Nullable String reden) {
    }

    @PostMapping("/anker-herijking")
    @Operation(summary = "Aanvaard de opgeslagen keten als nieuwe basis van het externe anker",
            description = "Na een teruggezette back-up of een opslag die haar laatste schrijfacties verloor. De keten moet zelf intact zijn;"
                    + " de herijking is een auditrecord dat het oude anker noemt, en dat record wordt het nieuwe anker.")
    @ApiResponse(responseCode = "200", description = "De verificatie na de herijking")
    @ApiResponse(responseCode = "400", description = "Geen reden opgegeven")
    @ApiResponse(responseCode = "409", description = "De keten zelf is niet intact: zoek eerst uit wat er gebeurd is")
    @ApiResponse(responseCode = "503", description = "Het ankertopic is niet bereikbaar; er is niets veranderd")
    ResponseEntity<?> herijk(@RequestBody Herijking herijking) {
        Gebruiker beheerder = Toegang.metRol(Rol.BEHEERDER);
        if (herijking.reden() == null || herijking.reden().isBlank() || herijking.reden().length() > 500) {
            throw new InvalidInputException("reden", "required", "Geef in ten hoogste 500 tekens op waarom de keten als nieuwe basis wordt aanvaard.");
        }
        try {
            return ResponseEntity.ok(anker.herijk(beheerder, herijking.reden().strip()));
        } catch (AuditAnchor.KetenNietIntact e) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
            problem.setTitle("Keten niet intact");
            return ResponseEntity.status(409).body(problem);
        } catch (TimeoutException e) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "Het externe anker is niet bereikbaar; er is niets veranderd. Probeer het zo opnieuw.");
            problem.setTitle("Tijdelijk niet beschikbaar");
            return ResponseEntity.status(503).body(problem);
        }
    }

    @GetMapping("/verificatie")
    @Operation(summary = "Controleer de hele keten van auditrecords, en haar einde tegen het externe anker")
    @ApiResponse(responseCode = "200", description = "Of de keten intact is, en zo niet waar hij breekt; of het anker gelezen kon worden")
    AuditTrail.Verificatie verifieer() {
        Gebruiker beheerder = Toegang.metRol(Rol.BEHEERDER);
        AuditTrail.Verificatie verificatie = anker.verify();
        audit.toegestaan(beheerder, Actie.LEZEN, "audit", "verificatie");
        return verificatie;
    }
}
