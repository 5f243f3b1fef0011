package nl.jeugdlink.routing.contract.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import nl.jeugdlink.platform.web.InvalidParam;
import nl.jeugdlink.platform.web.ProblemHandling;
import nl.jeugdlink.routing.contract.application.BijhoudenContracten;
import nl.jeugdlink.routing.contract.domain.Contract;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The municipality's contract register: its back office records per care provider the contracted products and period; back office,
 * local team and youth protector of the municipality read it. A toewijzing in a municipality that keeps a register is checked
 * against it (rule GEEN_CONTRACT). No personal data.
 */
@RestController
@Tag(name = "contracten", description = "Het contractregister van een gemeente")
class ContractController {

    private static final String CATEGORIE = "contract";
    private static final Set<Rol> LEZERS = EnumSet.of(Rol.BACKOFFICE, Rol.REGISSEUR, Rol.JEUGDBESCHERMER);

    record ProductVraag(@Schema(example = "45") @Nullable String categorie,
            @Schema(description = "Productcode; zonder code de hele categorie", example = "45A01", nullable = true) @Nullable String code) {
    }

    record ContractVraag(@Nullable List<ProductVraag> producten, @Nullable LocalDate van, @Schema(nullable = true) @Nullable LocalDate tot) {
    }

    private final BijhoudenContracten contracten;
    private final Audit audit;
    private final Clock clock;

    ContractController(BijhoudenContracten contracten, Audit audit, Clock clock) {
        this.contracten = contracten;
        this.audit = audit;
        this.clock = clock;
    }

    @PutMapping(path = "/api/v1/gemeenten/{gemeenteCode}/contracten/{agbCode}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "Leg het contract van de gemeente met een zorgaanbieder vast", description = "Door de backoffice van de gemeente: "
            + "de gecontracteerde producten (categorie JZ020, eventueel met productcode) en de periode. Vervangt wat er was. Vanaf het eerste "
            + "contract toetst de routing elke toewijzing in de gemeente aan het register (GEEN_CONTRACT).")
    @ApiResponse(responseCode = "200", description = "Het bewaarde contract")
    @ApiResponse(responseCode = "400", description = "Ongeldig contract; invalidParams noemt veld en regel")
    @ApiResponse(responseCode = "403", description = "Geen backoffice van deze gemeente")
    ResponseEntity<?> bewaar(@Parameter(schema = @Schema(type = "string", pattern = "^GM[0-9]{4}$")) @PathVariable String gemeenteCode,
            @Parameter(schema = @Schema(type = "string", pattern = "^[0-9]{8}$")) @PathVariable String agbCode, @RequestBody ContractVraag vraag) {
        Gebruiker gebruiker = Toegang.gebruiker();
        if (!gebruiker.heeftEenVan(EnumSet.of(Rol.BACKOFFICE)) || !gebruiker.werktVoor(gemeenteCode)) {
            throw new Toegang.Geweigerd("alleen de backoffice van gemeente " + gemeenteCode, CATEGORIE, gemeenteCode);
        }
        List<InvalidParam> fouten = new ArrayList<>(paden(gemeenteCode, agbCode));
        if (vraag.van() == null) {
            fouten.add(new InvalidParam("van", "verplicht", "De begindatum van het contract."));
        }
        if (!fouten.isEmpty()) {
            return probleem(fouten);
        }
        List<Contract.Gecontracteerd> producten = vraag.producten() == null ? List.of() : vraag.producten().stream()
                .map(p -> new Contract.Gecontracteerd(p.categorie() == null ? "" : p.categorie(), p.code())).toList();
        Contract bewaard = contracten.bewaar(new Contract(gemeenteCode, agbCode, producten, vraag.van(), vraag.tot(), clock.instant(), gebruiker.id()));
        audit.toegestaan(gebruiker, AuditEntry.Actie.WIJZIGEN, CATEGORIE, gemeenteCode);
        return ResponseEntity.ok(bewaard);
    }

    @GetMapping(path = "/api/v1/gemeenten/{gemeenteCode}/contracten/{agbCode}",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "Lees het contract van de gemeente met een zorgaanbieder", description = "Voor backoffice, regisseur en "
            + "jeugdbeschermer van de gemeente.")
    @ApiResponse(responseCode = "200", description = "Het contract")
    @ApiResponse(responseCode = "403", description = "Rol niet toegestaan, of niet de eigen gemeente")
    @ApiResponse(responseCode = "404", description = "Geen contract met deze zorgaanbieder")
    ResponseEntity<?> lees(@Parameter(schema = @Schema(type = "string", pattern = "^GM[0-9]{4}$")) @PathVariable String gemeenteCode,
            @Parameter(schema = @Schema(type = "string", pattern = "^[0-9]{8}$")) @PathVariable String agbCode) {
        Gebruiker gebruiker = Toegang.gebruiker();
        if (!gebruiker.heeftEenVan(LEZERS) || !gebruiker.werktVoor(gemeenteCode)) {
            throw new Toegang.Geweigerd("alleen backoffice, regisseur of jeugdbeschermer van gemeente " + gemeenteCode, CATEGORIE, gemeenteCode);
        }
        List<InvalidParam> fouten = paden(gemeenteCode, agbCode);
        if (!fouten.isEmpty()) {
            return probleem(fouten);
        }
        audit.toegestaan(gebruiker, AuditEntry.Actie.LEZEN, CATEGORIE, gemeenteCode);
        return contracten.find(gemeenteCode, agbCode).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(404).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatus.NOT_FOUND,
                                "Gemeente " + gemeenteCode + " heeft geen contract met zorgaanbieder " + agbCode + ".")));
    }

    private static List<InvalidParam> paden(String gemeenteCode, String agbCode) {
        List<InvalidParam> fouten = new ArrayList<>();
        if (!gemeenteCode.matches("GM[0-9]{4}")) {
            fouten.add(new InvalidParam("gemeenteCode", "cbs-code", "Een CBS-code als GM0228."));
        }
        if (!agbCode.matches("[0-9]{8}")) {
            fouten.add(new InvalidParam("agbCode", "agb-code", "Een AGB-code van 8 cijfers."));
        }
        return fouten;
    }

    @ExceptionHandler(BijhoudenContracten.OngeldigContract.class)
    ResponseEntity<ProblemDetail> ongeldig(BijhoudenContracten.OngeldigContract e) {
        return probleem(e.fouten().stream().map(f -> new InvalidParam(f.veld(), f.regel(), f.reden())).toList());
    }

    private static ResponseEntity<ProblemDetail> probleem(List<InvalidParam> params) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ProblemHandling.invalidInput(params));
    }
}
