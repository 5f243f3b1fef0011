package nl.jeugdlink.notificatie.notificatie.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import nl.jeugdlink.platform.web.ParameterChecks;
import nl.jeugdlink.platform.web.ProblemHandling.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The delivery log: what went to whom (recipient id and address), from which template, when, every
 * attempt (each recorded before it was made, so one cut short by a crash shows too), and where it stands. For the teamleider and the beheerder of the municipality.
 * A message to the family shows as recipient GEZIN with the parent's relation and a masked address:
 * the log tells whether the family was reached, not where they can be reached.
 */
@RestController
@RequestMapping("/api/v1/verzendingen")
@Tag(name = "verzendingen", description = "Het verzendlog: welk bericht naar wie ging, wanneer, en of het aankwam")
class VerzendingController {

    record VerzendingResponse(String id, String sjabloon, String ontvangerRol, String ontvangerId, @Nullable String adres, String aanmeldingId,
            @Nullable String casusId, String gemeenteCode, String onderwerp, String status, int pogingen, Instant vastgelegdOp,
            @Nullable Instant laatstePogingOp, @Nullable Instant verzondenOp, @Nullable Instant volgendePogingNa, @Nullable String laatsteFout,
            String aanleiding, List<PogingResponse> verzendpogingen) {

        static VerzendingResponse of(Notificatie n) {
            return new VerzendingResponse(n.id(), n.sjabloon(), n.ontvanger().rol(), n.ontvanger().id(), n.adresInLog(), n.aanmeldingId(), n.casusId(),
                    n.gemeenteCode(), n.onderwerp(), n.status().name(), n.pogingen(), n.vastgelegdOp(), n.laatstePogingOp(), n.verzondenOp(),
                    n.status() == Notificatie.Status.WACHTEND ? n.volgendePogingNa() : null, n.laatsteFout(), n.aanleiding(),
                    n.verzendpogingen().stream().map(PogingResponse::of).toList());
        }
    }

    /**
     * One sending attempt, recorded before it was made.
     *
     * @param uitkomst BEZIG, VERZONDEN, MISLUKT, or ONBEKEND: the service stopped after the attempt began and before its
     *     outcome was written - the mail server may have accepted it; the next attempt carries the same Message-ID
     */
    record PogingResponse(int nummer, Instant begonnenOp, @Nullable Instant geeindigdOp, String uitkomst, @Nullable String fout) {

        static PogingResponse of(Notificatie.Poging p) {
            return new PogingResponse(p.nummer(), p.begonnenOp(), p.geeindigdOp(), p.uitkomst(), p.fout());
        }
    }

    private final Notificaties notificaties;
    private final Audit audit;

    VerzendingController(Notificaties notificaties, Audit audit) {
        this.notificaties = notificaties;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Het verzendlog van een casus, een aanmelding of een ontvanger (precies een van de drie)")
    @ApiResponse(responseCode = "200", description = "De berichten, oudste eerst. Per ontvanger alleen die van uw gemeenten.")
    @ApiResponse(responseCode = "400", description = "Niet precies een zoekvraag gegeven, of casusId/aanmeldingId is geen UUID")
    List<VerzendingResponse> zoek(
            @Parameter(description = "Het id van de casus (ook berichten over de aanmelding waaruit de casus kwam)", schema = @Schema(type = "string", format = "uuid"))
            @RequestParam(required = false) @Nullable String casusId,
            @Parameter(description = "Het id van de aanmelding", schema = @Schema(type = "string", format = "uuid"))
            @RequestParam(required = false) @Nullable String aanmeldingId,
            @Parameter(description = "Het medewerker-id van de ontvanger")
            @RequestParam(required = false) @Nullable String ontvanger) {
        Gebruiker gebruiker = Toegang.metRol(Rol.TEAMLEIDER, Rol.BEHEERDER);
        long gegeven = Stream.of(casusId, aanmeldingId, ontvanger).filter(v -> v != null && !v.isBlank()).count();
        if (gegeven != 1) {
            throw new InvalidInputException("casusId", "oneOf", "Geef precies een van casusId, aanmeldingId of ontvanger.");
        }
        List<Notificatie> gevonden;
        String betreft;
        if (casusId != null && !casusId.isBlank()) {
            ParameterChecks.uuid("casusId", casusId);
            gevonden = notificaties.overCasus(casusId);
            gevonden.forEach(n -> Toegang.voorGemeente(gebruiker, n.gemeenteCode()));
            betreft = casusId;
        } else if (aanmeldingId != null && !aanmeldingId.isBlank()) {
            ParameterChecks.uuid("aanmeldingId", aanmeldingId);
            gevonden = notificaties.overAanmelding(aanmeldingId);
            gevonden.forEach(n -> Toegang.voorGemeente(gebruiker, n.gemeenteCode()));
            betreft = aanmeldingId;
        } else {
            // One person gets messages about several municipalities: show those of the asker's.
            gevonden = notificaties.voorOntvanger(ontvanger).stream().filter(n -> gebruiker.werktVoor(n.gemeenteCode())).toList();
            betreft = ontvanger;
        }
        audit.toegestaan(gebruiker, AuditEntry.Actie.LEZEN, "verzending", betreft);
        return gevonden.stream().map(VerzendingResponse::of).toList();
    }
}
