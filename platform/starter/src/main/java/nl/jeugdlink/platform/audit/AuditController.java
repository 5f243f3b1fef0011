package nl.jeugdlink.platform.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.jeugdlink.platform.audit.AuditEntry.Actie;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import nl.jeugdlink.platform.web.ProblemHandling.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail of this service, for a beheerder: by casus or record, by person, and its verification. */
@RestController
@RequestMapping("/api/v1/audit-records")
@Tag(name = "audit-records", description = "Het auditspoor van deze service (NEN 7513): wie zag of wijzigde welk gegeven")
class AuditController {

    private final AuditTrail trail;
    private final AuditAnker anker;
    private final Audit audit;

    AuditController(AuditTrail trail, AuditAnker anker, Audit audit) {
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
