package nl.jeugdlink.routing.aanbod.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
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
import nl.jeugdlink.routing.aanbod.application.BijhoudenAanbod;
import nl.jeugdlink.routing.aanbod.domain.Aanbod;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supply: a care provider keeps its own contract and availability current; the local team (regisseur),
 * the youth protector and the back office of a municipality read per product who is contracted there and
 * available, shortest waiting time first. No personal data.
 */
@RestController
@Tag(name = "aanbod", description = "Gecontracteerd aanbod en beschikbaarheid per product")
class AanbodController {

    private static final String CATEGORIE = "aanbod";
    private static final Set<Rol> LEZERS = EnumSet.of(Rol.REGISSEUR, Rol.JEUGDBESCHERMER, Rol.BACKOFFICE);

    record ProductVraag(@Schema(example = "45") @Nullable String categorie, @Schema(example = "45A01") @Nullable String code,
            @Schema(description = "Wachttijd in dagen") @Nullable Integer wachttijdDagen, @Nullable Integer vrijePlaatsen) {
    }

    record AanbodVraag(@Nullable String naam, @Schema(description = "CBS-codes, zoals GM0228") @Nullable List<String> gemeenten,
            @Nullable LocalDate contractVan, @Nullable LocalDate contractTot, @Nullable List<ProductVraag> producten) {
    }

    record Beschikbaar(String agbCode, String naam, String categorie, String code, @Nullable Integer wachttijdDagen, @Nullable Integer vrijePlaatsen,
            Instant bijgewerktOp) {
    }

    record BeschikbaarLijst(List<Beschikbaar> aanbieders) {
    }

    private final BijhoudenAanbod aanbod;
    private final Audit audit;

    AanbodController(BijhoudenAanbod aanbod, Audit audit) {
        this.aanbod = aanbod;
        this.audit = audit;
    }

    @PutMapping(path = "/api/v1/zorgaanbieders/{agbCode}/aanbod", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "Houd het eigen aanbod en de beschikbaarheid bij", description = "Door de zorgaanbieder zelf (agb-claim gelijk aan het "
            + "pad): naam, gecontracteerde gemeenten, contractperiode en per product (categorie JZ020, code) een wachttijd in dagen of vrije "
            + "plaatsen. Vervangt wat er was.")
    @ApiResponse(responseCode = "200", description = "Het bewaarde aanbod")
    @ApiResponse(responseCode = "400", description = "Ongeldig aanbod; invalidParams noemt veld en regel")
    @ApiResponse(responseCode = "403", description = "Geen zorgaanbieder, of een andere AGB-code")
    ResponseEntity<?> bewaar(@Parameter(schema = @Schema(type = "string", pattern = "^[0-9]{8}$")) @PathVariable String agbCode,
            @RequestBody AanbodVraag vraag) {
        Gebruiker gebruiker = Toegang.gebruiker();
        if (!gebruiker.rollen().contains(Rol.ZORGAANBIEDER) || !agbCode.equals(gebruiker.agbCode())) {
            throw new Toegang.Geweigerd("alleen de zorgaanbieder met AGB-code " + agbCode, CATEGORIE, agbCode);
        }
        if (vraag.contractVan() == null) {
            return probleem(List.of(new InvalidParam("contractVan", "verplicht", "De begindatum van het contract.")));
        }
        List<Aanbod.Beschikbaarheid> producten = vraag.producten() == null ? List.of() : vraag.producten().stream()
                .map(p -> new Aanbod.Beschikbaarheid(p.categorie() == null ? "" : p.categorie(), p.code() == null ? "" : p.code(), p.wachttijdDagen(),
                        p.vrijePlaatsen())).toList();
        Aanbod bewaard = aanbod.bewaar(new Aanbod(agbCode, vraag.naam() == null ? "" : vraag.naam(),
                vraag.gemeenten() == null ? Set.of() : Set.copyOf(vraag.gemeenten()), vraag.contractVan(), vraag.contractTot(), producten,
                aanbod.clock().instant()));
        audit.toegestaan(gebruiker, AuditEntry.Actie.WIJZIGEN, CATEGORIE, agbCode);
        return ResponseEntity.ok(bewaard);
    }

    @GetMapping(path = "/api/v1/aanbod", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "Wie is gecontracteerd en beschikbaar voor een product", description = "Voor regisseur, jeugdbeschermer en backoffice, "
            + "alleen voor hun eigen gemeenten: de zorgaanbieders die vandaag voor die gemeente gecontracteerd zijn en het product bieden, de "
            + "kortste wachttijd eerst (vrije plaatsen zonder wachttijd tellen als geen wachttijd).")
    @ApiResponse(responseCode = "200", description = "De aanbieders, gesorteerd op wachttijd")
    @ApiResponse(responseCode = "400", description = "Ontbrekende of ongeldige parameter")
    @ApiResponse(responseCode = "403", description = "Rol niet toegestaan, of niet de eigen gemeente")
    ResponseEntity<?> perProduct(@Parameter(schema = @Schema(type = "string", pattern = "^[0-9]{2}$")) @RequestParam String categorie,
            @Parameter(schema = @Schema(type = "string", pattern = "^[0-9A-Z]{1,5}$")) @RequestParam String code,
            @Parameter(schema = @Schema(type = "string", pattern = "^GM[0-9]{4}$")) @RequestParam String gemeente) {
        Gebruiker gebruiker = Toegang.gebruiker();
        if (!gebruiker.heeftEenVan(LEZERS)) {
            throw new Toegang.Geweigerd("rol niet toegestaan: nodig is REGISSEUR, JEUGDBESCHERMER of BACKOFFICE", CATEGORIE, gemeente);
        }
        if (!gemeente.matches("GM[0-9]{4}")) {
            return probleem(List.of(new InvalidParam("gemeente", "cbs-code", "Een CBS-code als GM0228.")));
        }
        if (!gebruiker.werktVoor(gemeente)) {
            throw new Toegang.Geweigerd("gemeente " + gemeente + " is niet van de vrager", CATEGORIE, gemeente);
        }
        List<Beschikbaar> lijst = aanbod.perProduct(categorie, code, gemeente).stream()
                .map(b -> new Beschikbaar(b.aanbieder().agbCode(), b.aanbieder().naam(), b.product().categorie(), b.product().code(),
                        b.product().wachttijdDagen(), b.product().vrijePlaatsen(), b.aanbieder().bijgewerktOp())).toList();
        audit.toegestaan(gebruiker, AuditEntry.Actie.LEZEN, CATEGORIE, gemeente);
        return ResponseEntity.ok(new BeschikbaarLijst(lijst));
    }

    @ExceptionHandler(BijhoudenAanbod.OngeldigAanbod.class)
    ResponseEntity<ProblemDetail> ongeldig(BijhoudenAanbod.OngeldigAanbod e) {
        return probleem(e.fouten().stream().map(f -> new InvalidParam(f.veld(), f.regel(), f.reden())).toList());
    }

    private static ResponseEntity<ProblemDetail> probleem(List<InvalidParam> params) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ProblemHandling.invalidInput(params));
    }
}
