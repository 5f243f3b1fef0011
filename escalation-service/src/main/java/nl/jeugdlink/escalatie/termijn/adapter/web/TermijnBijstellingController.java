package nl.jeugdlink.escalatie.termijn.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.jeugdlink.escalatie.termijn.adapter.web.TermijnController.TermijnResponse;
import nl.jeugdlink.escalatie.termijn.application.AdjustingTermijnen.Welke;
import nl.jeugdlink.escalatie.termijn.application.AdjustingTermijnen;
import nl.jeugdlink.escalatie.termijn.domain.OnbekendeTermijn;
import nl.jeugdlink.escalatie.termijn.domain.Termijn;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten.TermijnVanTraject;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import nl.jeugdlink.platform.web.InvalidParam;
import nl.jeugdlink.platform.web.ParameterChecks;
import nl.jeugdlink.platform.web.ProblemHandling.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Suspending (opschorting), resuming and extending (verlenging) deadlines, each with its reason, by
 * the teamleider or beheerder of the municipality. Modelled as sub-resources (NLGov API-10): a POST
 * records the act; the deadline's history shows it, and an event on the topic announces it.
 */
@RestController
@Tag(name = "termijnen")
class TermijnBijstellingController {

    static final int REDEN_MAXIMUM = 500;
    static final int WERKDAGEN_MAXIMUM = 250;

    @Schema(description = "Waarom; blijft in de geschiedenis van de termijn (niet op Kafka)")
    record RedenRequest(@Schema(minLength = 1, maxLength = REDEN_MAXIMUM) @Nullable String reden) {
    }

    record VerlengingRequest(
            @Schema(description = "Met hoeveel werkdagen", minimum = "1", maximum = "250") @Nullable Integer werkdagen,
            @Schema(minLength = 1, maxLength = REDEN_MAXIMUM) @Nullable String reden) {
    }

    record TermijnenResponse(List<TermijnResponse> termijnen) {
    }

    private final AdjustingTermijnen bijstellen;
    private final Audit audit;

    TermijnBijstellingController(AdjustingTermijnen bijstellen, Audit audit) {
        this.bijstellen = bijstellen;
        this.audit = audit;
    }

    @PostMapping("/api/v1/termijnen/{termijnId}/opschorting")
    @Operation(summary = "Schort een open termijn op", description = "De klok staat stil tot hervatting; zolang kan de termijn niet verstrijken.")
    @ApiResponse(responseCode = "200", description = "De termijn zoals hij nu staat",
            content = @Content(schema = @Schema(implementation = TermijnResponse.class)))
    @ApiResponse(responseCode = "400", description = "Een veld ontbreekt of is ongeldig; invalidParams noemt veld en regel")
    @ApiResponse(responseCode = "403", description = "Geen teamleider of beheerder van de gemeente van de termijn")
    @ApiResponse(responseCode = "404", description = "Geen termijn met dit id")
    @ApiResponse(responseCode = "409", description = "De termijn is niet open")
    TermijnResponse schortOp(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable String termijnId,
            @RequestBody(required = false) @Nullable RedenRequest body) {
        String reden = reden(body == null ? null : body.reden(), termijnId, null);
        Welke welke = new Welke.Termijn(termijnId);
        return een(welke, gebruiker -> bijstellen.schortOp(welke, gebruiker.id(), reden));
    }

    @PostMapping("/api/v1/termijnen/{termijnId}/hervatting")
    @Operation(summary = "Hervat een opgeschorte termijn",
            description = "De laatste dag schuift precies de werkdagen op dat de termijn stilstond (na de dag van opschorting tot en met vandaag).")
    @ApiResponse(responseCode = "200", description = "De termijn zoals hij nu staat",
            content = @Content(schema = @Schema(implementation = TermijnResponse.class)))
    @ApiResponse(responseCode = "400", description = "Een veld ontbreekt of is ongeldig; invalidParams noemt veld en regel")
    @ApiResponse(responseCode = "403", description = "Geen teamleider of beheerder van de gemeente van de termijn")
    @ApiResponse(responseCode = "404", description = "Geen termijn met dit id")
    @ApiResponse(responseCode = "409", description = "De termijn is niet opgeschort")
    TermijnResponse hervat(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable String termijnId,
            @RequestBody(required = false) @Nullable RedenRequest body) {
        String reden = reden(body == null ? null : body.reden(), termijnId, null);
        Welke welke = new Welke.Termijn(termijnId);
        return een(welke, gebruiker -> bijstellen.hervat(welke, gebruiker.id(), reden));
    }

    @PostMapping("/api/v1/termijnen/{termijnId}/verlenging")
    @Operation(summary = "Verleng een open of opgeschorte termijn met een aantal werkdagen")
    @ApiResponse(responseCode = "200", description = "De termijn zoals hij nu staat",
            content = @Content(schema = @Schema(implementation = TermijnResponse.class)))
    @ApiResponse(responseCode = "400", description = "Een veld ontbreekt of is ongeldig; invalidParams noemt veld en regel")
    @ApiResponse(responseCode = "403", description = "Geen teamleider of beheerder van de gemeente van de termijn")
    @ApiResponse(responseCode = "404", description = "Geen termijn met dit id")
    @ApiResponse(responseCode = "409", description = "De termijn is niet open of opgeschort")
    TermijnResponse verleng(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable String termijnId,
            @RequestBody(required = false) @Nullable VerlengingRequest body) {
        List<InvalidParam> fouten = new ArrayList<>();
        Integer werkdagen = body == null ? null : body.werkdagen();
        if (werkdagen == null) {
            fouten.add(new InvalidParam("werkdagen", "required", "Geef het aantal werkdagen van de verlenging."));
        } else if (werkdagen < 1 || werkdagen > WERKDAGEN_MAXIMUM) {
            fouten.add(new InvalidParam("werkdagen", "range", "Een verlenging is 1 tot en met " + WERKDAGEN_MAXIMUM + " werkdagen."));
        }
        String reden = reden(body == null ? null : body.reden(), termijnId, fouten);
        int extra = werkdagen == null ? 0 : werkdagen;
        return een(new Welke.Termijn(termijnId), gebruiker -> bijstellen.verleng(termijnId, extra, gebruiker.id(), reden));
    }

    @PostMapping("/api/v1/casussen/{casusId}/termijnen/opschorting")
    @Operation(summary = "Schort alle open termijnen van een casus op")
    @ApiResponse(responseCode = "200", description = "De opgeschorte termijnen",
            content = @Content(schema = @Schema(implementation = TermijnenResponse.class)))
    @ApiResponse(responseCode = "400", description = "Een veld ontbreekt of is ongeldig; invalidParams noemt veld en regel")
    @ApiResponse(responseCode = "403", description = "Geen teamleider of beheerder van de gemeente van de casus")
    @ApiResponse(responseCode = "404", description = "Geen termijnen bij deze casus")
    @ApiResponse(responseCode = "409", description = "De casus heeft geen open termijn")
    TermijnenResponse schortCasusOp(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable String casusId,
            @RequestBody(required = false) @Nullable RedenRequest body) {
        ParameterChecks.uuid("casusId", casusId);
        String reden = reden(body == null ? null : body.reden(), null, null);
        Welke welke = new Welke.VanCasus(casusId);
        return alle(welke, casusId, gebruiker -> bijstellen.schortOp(welke, gebruiker.id(), reden));
    }

    @PostMapping("/api/v1/casussen/{casusId}/termijnen/hervatting")
    @Operation(summary = "Hervat alle opgeschorte termijnen van een casus",
            description = "Elke termijn schuift precies de werkdagen op dat hij stilstond.")
    @ApiResponse(responseCode = "200", description = "De hervatte termijnen",
            content = @Content(schema = @Schema(implementation = TermijnenResponse.class)))
    @ApiResponse(responseCode = "400", description = "Een veld ontbreekt of is ongeldig; invalidParams noemt veld en regel")
    @ApiResponse(responseCode = "403", description = "Geen teamleider of beheerder van de gemeente van de casus")
    @ApiResponse(responseCode = "404", description = "Geen termijnen bij deze casus")
    @ApiResponse(responseCode = "409", description = "De casus heeft geen opgeschorte termijn")
    TermijnenResponse hervatCasus(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable String casusId,
            @RequestBody(required = false) @Nullable RedenRequest body) {
        ParameterChecks.uuid("casusId", casusId);
        String reden = reden(body == null ? null : body.reden(), null, null);
        Welke welke = new Welke.VanCasus(casusId);
        return alle(welke, casusId, gebruiker -> bijstellen.hervat(welke, gebruiker.id(), reden));
    }

    /** The reason, checked with the termijnId (if any) and whatever else was found wrong: every broken rule at once. */
    private static String reden(@Nullable String reden, @Nullable String termijnId, @Nullable List<InvalidParam> eerder) {
        List<InvalidParam> fouten = eerder == null ? new ArrayList<>() : eerder;
        if (termijnId != null) {
            ParameterChecks.uuid("termijnId", termijnId, fouten);
        }
        if (reden == null || reden.isBlank()) {
            fouten.add(new InvalidParam("reden", "required", "Geef de reden; die blijft in de geschiedenis van de termijn."));
        } else if (reden.length() > REDEN_MAXIMUM) {
            fouten.add(new InvalidParam("reden", "maxLength", "Een reden is hoogstens " + REDEN_MAXIMUM + " tekens."));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        return reden.strip();
    }

    private TermijnResponse een(Welke welke, Function<Gebruiker, List<TermijnVanTraject>> wijziging) {
        String termijnId = ((Welke.Termijn) welke).termijnId();
        List<TermijnVanTraject> gewijzigd = toegestaan(welke, termijnId, wijziging);
        return TermijnResponse.of(gewijzigd.getFirst());
    }

    private TermijnenResponse alle(Welke welke, String casusId, Function<Gebruiker, List<TermijnVanTraject>> wijziging) {
        return new TermijnenResponse(toegestaan(welke, casusId, wijziging).stream().map(TermijnResponse::of).toList());
    }

    /** Role, then the deadline's municipality (404 before 403, as the other endpoints here), then the change; the change is audited. */
    private List<TermijnVanTraject> toegestaan(Welke welke, String betreft, Function<Gebruiker, List<TermijnVanTraject>> wijziging) {
        Gebruiker gebruiker = Toegang.metRol(Rol.TEAMLEIDER, Rol.BEHEERDER);
        String gemeente = bijstellen.gemeenteVan(welke).orElseThrow(onbekend(betreft));
        Toegang.voorGemeente(gebruiker, gemeente);
        List<TermijnVanTraject> gewijzigd = wijziging.apply(gebruiker);
        audit.toegestaan(gebruiker, AuditEntry.Actie.WIJZIGEN, "termijn", betreft);
        return gewijzigd;
    }

    private static Supplier<OnbekendeTermijn> onbekend(String betreft) {
        return () -> new OnbekendeTermijn(betreft);
    }

    @ExceptionHandler(OnbekendeTermijn.class)
    ResponseEntity<ProblemDetail> onbekend(OnbekendeTermijn e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(Termijn.OngeldigeOvergang.class)
    ResponseEntity<ProblemDetail> ongeldig(Termijn.OngeldigeOvergang e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Termijn staat dit niet toe");
        problem.setProperty("invalidParams", List.of(new InvalidParam("status", "state", e.getMessage())));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
