package nl.jeugdlink.notificatie.notificatie.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import nl.jeugdlink.platform.web.ParameterChecks;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notificaties")
@Tag(name = "notificaties", description = "Berichten die JeugdLink aan gezinnen en professionals verstuurt")
class NotificatieController {

    /** @param tekst the body; null for the family's message (their conversation's summary, for them alone) and for one holding the family's words */
    record NotificatieResponse(String id, @Nullable String casusId, String ontvangerRol, String ontvangerId, String onderwerp, @Nullable String tekst,
            Instant vastgelegdOp) {

        static NotificatieResponse of(Notificatie n) {
            return new NotificatieResponse(n.id(), n.casusId(), n.ontvanger().rol(), n.ontvanger().id(), n.onderwerp(), n.tekstAlleenVoorOntvanger() ? null : n.tekst(),
                    n.vastgelegdOp());
        }
    }

    private final Notificaties notificaties;
    private final Audit audit;

    NotificatieController(Notificaties notificaties, Audit audit) {
        this.notificaties = notificaties;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "De berichten over een casus (ook die over de aanmelding waaruit de casus kwam)")
    @ApiResponse(responseCode = "200", description = "De vastgelegde berichten, oudste eerst")
    @ApiResponse(responseCode = "400", description = "casusId ontbreekt of is geen UUID")
    List<NotificatieResponse> perCasus(@Parameter(description = "Het id van de casus", schema = @Schema(type = "string", format = "uuid"))
            @RequestParam String casusId) {
        Gebruiker gebruiker = Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL, Rol.TEAMLEIDER);
        ParameterChecks.uuid("casusId", casusId);
        List<Notificatie> berichten = notificaties.overCasus(casusId);
        berichten.forEach(n -> Toegang.voorGemeente(gebruiker, n.gemeenteCode()));
        audit.toegestaan(gebruiker, AuditEntry.Actie.LEZEN, "notificatie", casusId);
        return berichten.stream().map(NotificatieResponse::of).toList();
    }
}
