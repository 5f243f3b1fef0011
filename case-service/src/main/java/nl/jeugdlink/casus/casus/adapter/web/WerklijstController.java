package nl.jeugdlink.casus.casus.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.jeugdlink.casus.casus.application.Werklijst;
import nl.jeugdlink.casus.casus.domain.TeamRol;
import nl.jeugdlink.casus.casus.domain.Werklijstregel;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import nl.jeugdlink.platform.web.InvalidParam;
import nl.jeugdlink.platform.web.Pagination;
import nl.jeugdlink.platform.web.Pagination.PageResponse;
import nl.jeugdlink.platform.web.ProblemHandling.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The worklists: "mijn casussen" for whoever works in the team of a casus, "de casussen van mijn team" for the
 * teamleider. Filters and sorting as query parameters (NLGov API Design Rules: {@code sorteer} with a minus for
 * descending, {@code page} and {@code pageSize}); only casussen of the caller's own municipalities, and only those the
 * caller is in the team of now, so the list never shows a casus its reader may not open.
 */
@RestController
@RequestMapping("/api/v1/casussen")
@Tag(name = "werklijsten", description = "Mijn casussen en de casussen van mijn team")
class WerklijstController {

    record WerklijstregelResponse(String casusId, String gemeenteCode, String rol, String status, Instant geopendOp,
            @Nullable Instant afgeslotenOp, @Nullable String regisseurId, int aantalKinderen, int aantalGesprekken, String href) {

        static WerklijstregelResponse of(Werklijstregel r) {
            return new WerklijstregelResponse(r.casusId().toString(), r.gemeenteCode(), r.rol().name(), r.open() ? "OPEN" : "AFGESLOTEN",
                    r.geopendOp(), r.afgeslotenOp(), r.regisseurId(), r.aantalKinderen(), r.aantalGesprekken(), "/api/v1/casussen/" + r.casusId());
        }
    }

    record WerklijstResponse(List<WerklijstregelResponse> casussen, PageResponse page) {
    }

    private final Werklijst werklijst;
    private final Audit audit;

    WerklijstController(Werklijst werklijst, Audit audit) {
        this.werklijst = werklijst;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Lijst mijn casussen, of als teamleider de casussen van mijn team",
            description = "betrokkenheid=eigen (standaard): de casussen in wier team de gebruiker nu werkt, als regisseur, JeugdLink-professional "
                    + "of gedragswetenschapper; betrokkenheid=team: de casussen die de teamleider screende en wier team hij leidt. "
                    + "Alleen casussen van de eigen gemeenten.")
    @ApiResponse(responseCode = "200", description = "Een pagina van de werklijst",
            content = @Content(schema = @Schema(implementation = WerklijstResponse.class)))
    @ApiResponse(responseCode = "400", description = "Een parameter is ongeldig; invalidParams noemt hem en de regel")
    @ApiResponse(responseCode = "403", description = "Deze rol heeft deze werklijst niet")
    ResponseEntity<WerklijstResponse> lijst(
            @Parameter(description = "eigen of team", schema = @Schema(type = "string", allowableValues = {"eigen", "team"}, defaultValue = "eigen"))
            @RequestParam(required = false) @Nullable String betrokkenheid,
            @Parameter(description = "open of afgesloten; zonder: beide", schema = @Schema(type = "string", allowableValues = {"open", "afgesloten"}))
            @RequestParam(required = false) @Nullable String status,
            @Parameter(description = "Alleen casussen waarin de gebruiker deze teamrol heeft, komma-gescheiden",
                    schema = @Schema(type = "string", example = "REGISSEUR,JEUGDLINK_PROFESSIONAL"))
            @RequestParam(required = false) @Nullable String rol,
            @Parameter(description = "Alleen casussen van deze gemeenten (CBS-code), komma-gescheiden", schema = @Schema(type = "string", example = "GM0228"))
            @RequestParam(required = false) @Nullable String gemeente,
            @Parameter(description = "geopendOp, afgeslotenOp of aantalGesprekken; met een min ervoor aflopend",
                    schema = @Schema(type = "string", defaultValue = "-geopendOp"))
            @RequestParam(required = false) @Nullable String sorteer,
            @Parameter(description = "Paginanummer, vanaf 1", schema = @Schema(type = "integer", minimum = "1", defaultValue = "1"))
            @RequestParam(required = false) @Nullable String page,
            @Parameter(description = "Casussen per pagina, 1 tot en met 200", schema = @Schema(type = "integer", minimum = "1", maximum = "200", defaultValue = "50"))
            @RequestParam(required = false) @Nullable String pageSize) {
        List<InvalidParam> fouten = new ArrayList<>();
        Werklijst.Betrokkenheid welke = betrokkenheid == null ? Werklijst.Betrokkenheid.EIGEN
                : keuze("betrokkenheid", betrokkenheid, Werklijst.Betrokkenheid.class, fouten, Werklijst.Betrokkenheid.EIGEN);
        Werklijst.Status staat = status == null ? null : keuze("status", status, Werklijst.Status.class, fouten, null);
        Set<TeamRol> rollen = new LinkedHashSet<>();
        for (String r : lijstVan(rol)) {
            TeamRol teamrol = keuze("rol", r, TeamRol.class, fouten, null);
            if (teamrol != null) {
                rollen.add(teamrol);
            }
        }
        Set<String> gemeenten = new LinkedHashSet<>();
        for (String g : lijstVan(gemeente)) {
            if (g.matches("GM\\d{4}")) {
                gemeenten.add(g);
            } else {
                fouten.add(new InvalidParam("gemeente", "pattern", "Een gemeente is een CBS-code als GM0228."));
            }
        }
        String sortering = sorteer == null ? "-geopendOp" : sorteer.trim();
        boolean aflopend = sortering.startsWith("-");
        Werklijst.Sortering op = switch (aflopend ? sortering.substring(1) : sortering) {
            case "geopendOp" -> Werklijst.Sortering.GEOPEND_OP;
            case "afgeslotenOp" -> Werklijst.Sortering.AFGESLOTEN_OP;
            case "aantalGesprekken" -> Werklijst.Sortering.AANTAL_GESPREKKEN;
            default -> {
                fouten.add(new InvalidParam("sorteer", "enum", "Sorteer op geopendOp, afgeslotenOp of aantalGesprekken, met een min ervoor aflopend."));
                yield Werklijst.Sortering.GEOPEND_OP;
            }
        };
        Pagination paginering = Pagination.uit(page, pageSize, fouten);
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        Gebruiker gebruiker = welke == Werklijst.Betrokkenheid.TEAM ? Toegang.metRol(Rol.TEAMLEIDER)
                : Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL, Rol.GEDRAGSWETENSCHAPPER);
        // Never wider than the caller's own municipalities (need-to-know, ADR 0017).
        Set<String> eigenGemeenten = gemeenten.isEmpty() ? gebruiker.gemeenten()
                : Set.copyOf(gemeenten.stream().filter(gebruiker.gemeenten()::contains).toList());
        List<Werklijstregel> alle = eigenGemeenten.isEmpty() ? List.of()
                : werklijst.lijst(new Werklijst.Vraag(gebruiker.id(), welke, staat, rollen, eigenGemeenten, op, aflopend));
        audit.toegestaan(gebruiker, AuditEntry.Actie.LEZEN, "werklijst", gebruiker.id());
        int vanaf = (int) Math.min(alle.size(), (long) (paginering.pagina() - 1) * paginering.grootte());
        List<WerklijstregelResponse> pagina = alle.subList(vanaf, Math.min(alle.size(), vanaf + paginering.grootte())).stream()
                .map(WerklijstregelResponse::of).toList();
        return ResponseEntity.ok(new WerklijstResponse(pagina, paginering.antwoord(alle.size())));
    }

    private static List<String> lijstVan(@Nullable String waarde) {
        return waarde == null ? List.of() : List.of(waarde.split(",")).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static <E extends Enum<E>> @Nullable E keuze(String naam, String waarde, Class<E> soort, List<InvalidParam> fouten, @Nullable E anders) {
        try {
            return Enum.valueOf(soort, waarde.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            fouten.add(new InvalidParam(naam, "enum", naam + " is een van " + List.of(soort.getEnumConstants()) + "."));
            return anders;
        }
    }
}
