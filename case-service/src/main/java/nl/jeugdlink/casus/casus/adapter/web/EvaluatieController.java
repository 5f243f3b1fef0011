package nl.jeugdlink.casus.casus.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.jeugdlink.casus.casus.application.ChangingCasus;
import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.Casusbetrokkenen;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.casus.casus.domain.Evaluatie;
import nl.jeugdlink.casus.casus.domain.Evaluatieschema;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import nl.jeugdlink.platform.web.ProblemHandling.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evaluations at the region's moments (3, 6 and 9 months by default), each with its purpose; the minutes within 5
 * working days (deadline EVALUATIEVERSLAG of the escalation-service, started by EvaluatieGehouden); at the last moment
 * going on requires a new risk assessment and plan before more help.
 */
@RestController
@RequestMapping("/api/v1/casussen/{casusId}/evaluaties")
@Tag(name = "evaluaties", description = "Evaluaties op de momenten van de regio, met doel en verslag")
class EvaluatieController extends CasusApi {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    record EvaluatieRequest(@NotNull @Min(1) Integer maanden, @NotNull LocalDate gehoudenOp, @NotNull Evaluatie.Vervolg vervolg) {
    }

    record VerslagRequest(@NotBlank @Size(max = 16000) String verslag) {
    }

    /** One moment of the schema: when it falls, its purpose, and the evaluation held at it (if any). */
    record MomentResponse(int maanden, String doel, LocalDate gepland, @Nullable EvaluatieResponse evaluatie) {
    }

    record EvaluatieResponse(String id, int maanden, String doel, LocalDate gehoudenOp, String vervolg, boolean nieuweAnalyseEnPlanVereist,
            String vastgelegdDoor, Instant vastgelegdOp, @Nullable String verslag, @Nullable Instant verslagOp) {

        static EvaluatieResponse of(Evaluatie e) {
            return new EvaluatieResponse(e.id(), e.maanden(), e.doel(), e.gehoudenOp(), e.vervolg().name(), e.nieuweAnalyseEnPlanVereist(),
                    e.vastgelegdDoor(), e.vastgelegdOp(), e.verslag(), e.verslagOp());
        }
    }

    record EvaluatiesResponse(List<MomentResponse> momenten, List<String> nodigVoorVervolg) {
    }

    private final ChangingCasus changing;
    private final Evaluatieschema schema;

    EvaluatieController(Casussen casussen, Casusbetrokkenen betrokkenen, ChangingCasus changing, Evaluatieschema schema, Audit audit) {
        super(casussen, betrokkenen, audit);
        this.changing = changing;
        this.schema = schema;
    }

    @PostMapping
    @Operation(summary = "Leg een gehouden evaluatie vast", description = "Op een van de evaluatiemomenten van de regio (maanden na opening), "
            + "eenmaal per moment, met het vervolg (DOORGAAN of AFSLUITEN). Meldt EvaluatieGehouden: het verslag is binnen 5 werkdagen nodig. "
            + "Doorgaan op het laatste moment vraagt een nieuwe risicotaxatie en een nieuw plan voordat er meer hulp wordt ingezet.")
    @ApiResponse(responseCode = "201", description = "De evaluatie")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer, of geen evaluatiemoment van de regio; invalidParams noemt het veld")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit id")
    @ApiResponse(responseCode = "409", description = "Dit moment is al geëvalueerd, de casus is afgesloten, of gelijktijdig gewijzigd")
    ResponseEntity<EvaluatieResponse> legVast(@CasusIdParameter @PathVariable String casusId, @Valid @RequestBody EvaluatieRequest request) {
        Gebruiker gebruiker = Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL);
        Casus casus = wijzig(casusId, gebruiker, AuditEntry.Actie.AANMAKEN, "evaluatie",
                (id, door) -> changing.legEvaluatieVast(id, request.maanden(), request.gehoudenOp(), request.vervolg(), door)).casus();
        Evaluatie evaluatie = casus.evaluaties().getLast();
        return ResponseEntity.created(adres(casus.id(), "/evaluaties/" + evaluatie.id())).body(EvaluatieResponse.of(evaluatie));
    }

    @PostMapping("/{evaluatieId}/verslag")
    @Operation(summary = "Leg het verslag van een evaluatie vast", description = "Eenmaal; versleuteld opgeslagen. Meldt EvaluatieverslagVastgelegd, "
            + "dat de termijn van het verslag haalt.")
    @ApiResponse(responseCode = "201", description = "De evaluatie met verslag")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt het veld")
    @ApiResponse(responseCode = "404", description = "Geen casus of evaluatie met dit id")
    @ApiResponse(responseCode = "409", description = "Het verslag is al vastgelegd, de casus is afgesloten, of gelijktijdig gewijzigd")
    ResponseEntity<EvaluatieResponse> legVerslagVast(@CasusIdParameter @PathVariable String casusId,
            @Parameter(description = "Het id van de evaluatie") @PathVariable String evaluatieId, @Valid @RequestBody VerslagRequest request) {
        Gebruiker gebruiker = Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL);
        if (!evaluatieId.matches(CasusRequests.UUID)) {
            throw new InvalidInputException("evaluatieId", "uuid", "Een evaluatie-id is een UUID.");
        }
        Casus casus = wijzig(casusId, gebruiker, AuditEntry.Actie.AANMAKEN, "evaluatie",
                (id, door) -> changing.legEvaluatieverslagVast(id, evaluatieId, request.verslag(), door)).casus();
        Evaluatie evaluatie = casus.evaluaties().stream().filter(e -> e.id().equals(evaluatieId)).findFirst().orElseThrow();
        return ResponseEntity.created(adres(casus.id(), "/evaluaties/" + evaluatieId)).body(EvaluatieResponse.of(evaluatie));
    }

    @GetMapping
    @Operation(summary = "De evaluatiemomenten van de casus", description = "Per moment van de regio: wanneer het valt (maanden na opening), "
            + "het doel, en de gehouden evaluatie met verslag; en wat er nog nodig is voor vervolg na het laatste moment.")
    @ApiResponse(responseCode = "200", description = "De momenten")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit id")
    ResponseEntity<EvaluatiesResponse> lijst(@CasusIdParameter @PathVariable String casusId) {
        Casus casus = lees(casusId, Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL, Rol.GEDRAGSWETENSCHAPPER, Rol.TEAMLEIDER,
                Rol.JEUGDBESCHERMER, Rol.JBT_VOORZITTER), "evaluatie");
        LocalDate geopend = LocalDate.ofInstant(casus.geopendOp(), NEDERLAND);
        return ResponseEntity.ok(new EvaluatiesResponse(schema.momenten().stream().map(m -> new MomentResponse(m.maanden(), m.doel(),
                geopend.plusMonths(m.maanden()), casus.evaluaties().stream().filter(e -> e.maanden() == m.maanden()).findFirst()
                        .map(EvaluatieResponse::of).orElse(null))).toList(), casus.ontbrekendVoorVervolg()));
    }
}
