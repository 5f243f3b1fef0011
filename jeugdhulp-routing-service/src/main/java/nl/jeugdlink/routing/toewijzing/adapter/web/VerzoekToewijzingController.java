package nl.jeugdlink.routing.toewijzing.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import nl.jeugdlink.platform.web.InvalidParam;
import nl.jeugdlink.platform.web.ParameterChecks;
import nl.jeugdlink.platform.web.ProblemHandling;
import nl.jeugdlink.routing.ijw.domain.Antwoord;
import nl.jeugdlink.routing.toewijzing.adapter.web.ToewijzingBerichten.OmvangBericht;
import nl.jeugdlink.routing.toewijzing.adapter.web.ToewijzingBerichten.ToewijzingResponse;
import nl.jeugdlink.routing.toewijzing.application.HonouringVerzoek;
import nl.jeugdlink.routing.toewijzing.domain.CasusOnbekend;
import nl.jeugdlink.routing.toewijzing.domain.OngeldigeToewijzing;
import nl.jeugdlink.routing.toewijzing.domain.Regelschending;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingen;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingsopdracht;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 315 route's approval: the back office of the municipality a JW315 was addressed to honours one requested product with a
 * toewijzing in the casus it names. The provider then fetches the JW301 as on the 301 route. A request of another provider, or to
 * another municipality, is not found (404), never confirmed.
 */
@RestController
@Tag(name = "ijw-antwoorden", description = "Het antwoord op een aangevraagd product van een JW315 (JW319)")
class VerzoekToewijzingController {

    record VerzoekToewijzingRequest(
            @Schema(description = "De casus van de client van het verzoek (zijn client, gegeven met PUT .../client, heeft hetzelfde BSN)",
                    format = "uuid") @Nullable String casusId,
            @Schema(description = "De toegekende omvang (bij een specifiek product); zonder omvang en budget de in de JW315 gevraagde", nullable = true) @Nullable OmvangBericht omvang,
            @Schema(description = "Budget in eurocent; niet samen met een omvang", nullable = true) @Nullable Long budget,
            @Schema(description = "De bepaling met akkoord, voor niet-gecontracteerde hulp", format = "uuid", nullable = true) @Nullable String bepalingId) {
    }

    static final class NietGevonden extends RuntimeException {
        NietGevonden() {
            super("Geen verzoek met deze ReferentieAanbieder.");
        }
    }

    private final HonouringVerzoek honouring;
    private final Audit audit;

    VerzoekToewijzingController(HonouringVerzoek honouring, Audit audit) {
        this.honouring = honouring;
        this.audit = audit;
    }

    @PostMapping(path = "/api/v1/zorgaanbieders/{agbCode}/verzoeken/{referentieAanbieder}/toewijzing", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "Wijs een aangevraagd product (JW315) toe; het antwoord is een JW301", description = "Door de backoffice van de gemeente "
            + "waaraan het verzoek gericht is. Noemt de casus; de client van die casus moet de client van het verzoek zijn. Het product wordt een "
            + "toewijzing zoals op de 301-route (regels, contractregister, TR302, ToewijzingNummer, JeugdhulpToegewezen); de zorgaanbieder haalt "
            + "de JW301 op. Het product verdwijnt van de lijst open verzoeken.")
    @ApiResponse(responseCode = "201", description = "De toewijzing", content = @Content(schema = @Schema(implementation = ToewijzingResponse.class)))
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt veld en regel")
    @ApiResponse(responseCode = "403", description = "Geen backoffice")
    @ApiResponse(responseCode = "404", description = "Geen verzoek met deze referentie aan een gemeente van de vrager, of de casus is onbekend")
    @ApiResponse(responseCode = "409", description = "Al definitief beantwoord (AL_BEANTWOORD), een andere client of gemeente (ANDERE_CLIENT, "
            + "CLIENT_ONBEKEND, ANDERE_GEMEENTE), of een toewijzingsregel (TR302, GEEN_CONTRACT)")
    ResponseEntity<ToewijzingResponse> wijsToe(
            @Parameter(schema = @Schema(type = "string", pattern = "^[0-9]{8}$")) @PathVariable String agbCode,
            @Parameter(schema = @Schema(type = "string", maxLength = 20)) @PathVariable String referentieAanbieder,
            @RequestBody VerzoekToewijzingRequest request) {
        Gebruiker gebruiker = Toegang.gebruiker();
        if (!gebruiker.rollen().contains(Rol.BACKOFFICE)) {
            throw new Toegang.Geweigerd("rol niet toegestaan: nodig is BACKOFFICE", ToewijzingController.CATEGORIE, agbCode);
        }
        var gevonden = honouring.verzoek(agbCode, referentieAanbieder)
                .filter(g -> gebruiker.werktVoor("GM" + g.verzoek().gemeente()))
                .orElseThrow(NietGevonden::new);
        String casusId = request.casusId();
        if (casusId == null || casusId.isBlank()) {
            throw new OngeldigeToewijzing(List.of(new nl.jeugdlink.routing.toewijzing.domain.Overtreding("casusId", "required",
                    "Noem de casus waarin het product wordt toegewezen.")));
        }
        ParameterChecks.uuid("casusId", casusId);
        if (request.bepalingId() != null) {
            ParameterChecks.uuid("bepalingId", request.bepalingId());
        }
        OmvangBericht omvang = request.omvang();
        Toewijzingen.InCasus toegewezen = honouring.wijsToe(gevonden, referentieAanbieder, casusId,
                omvang == null ? null : new Toewijzingsopdracht.OmvangInvoer(omvang.volume(), omvang.eenheid(), omvang.frequentie()),
                request.budget(), request.bepalingId(), gebruiker.id());
        audit.toegestaan(gebruiker, AuditEntry.Actie.AANMAKEN, ToewijzingController.CATEGORIE, casusId);
        return ResponseEntity.created(URI.create("/api/v1/toewijzingen/" + toegewezen.toewijzing().toewijzingId()))
                .body(ToewijzingResponse.of(toegewezen));
    }

    @ExceptionHandler(OngeldigeToewijzing.class)
    ResponseEntity<ProblemDetail> ongeldig(OngeldigeToewijzing e) {
        return ResponseEntity.badRequest().body(ProblemHandling.invalidInput(
                e.overtredingen().stream().map(o -> new InvalidParam(o.veld(), o.regel(), o.reden())).toList()));
    }

    @ExceptionHandler(Regelschending.class)
    ResponseEntity<ProblemDetail> regelschending(Regelschending e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemHandling.ruleBroken(ToewijzingController.TOEWIJZINGSREGEL, "Toewijzingsregel",
                new InvalidParam(e.veld(), e.regel(), e.getMessage())));
    }

    @ExceptionHandler(Antwoord.Geweigerd.class)
    ResponseEntity<ProblemDetail> geweigerd(Antwoord.Geweigerd e) {
        InvalidParam param = new InvalidParam(e.veld(), e.regel(), e.getMessage());
        if (e.status() == 409) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemHandling.ruleBroken(URI.create("https://jeugdlink.nl/problemen/verzoekregel"),
                    "Verzoekregel", param));
        }
        return ResponseEntity.badRequest().body(ProblemHandling.invalidInput(List.of(param)));
    }

    @ExceptionHandler({NietGevonden.class, CasusOnbekend.class})
    ResponseEntity<ProblemDetail> nietGevonden(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
