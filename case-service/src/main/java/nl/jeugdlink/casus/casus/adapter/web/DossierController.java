package nl.jeugdlink.casus.casus.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.jeugdlink.casus.casus.application.ChangingCasus;
import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.Casusbetrokkenen;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.casus.casus.domain.Dossieritem;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dossier entries with their source (child, parent, professional, other) and whether they are fact or opinion
 * (000:536-565); the child's own opinion is an entry of the child, an opinion, named with its conversation. Part of the
 * dossier, unlike working notes: same need-to-know as the casus, texts stored encrypted, every read audited.
 */
@RestController
@RequestMapping("/api/v1/casussen/{casusId}/dossieritems")
@Tag(name = "dossier", description = "Dossieritems met bron en feit of mening, en de eigen mening van het kind per gesprek")
class DossierController extends CasusApi {

    record DossieritemRequest(@NotNull Dossieritem.Bron bron, @NotNull Dossieritem.Aard aard, @NotBlank @Size(max = 8000) String tekst,
            @Nullable @Pattern(regexp = CasusRequests.UUID, message = "een UUID") String kindId,
            @Nullable @Pattern(regexp = CasusRequests.UUID, message = "een UUID") String gesprekId) {
    }

    record DossieritemResponse(String id, String bron, String aard, String tekst, @Nullable String kindId, @Nullable String gesprekId,
            String vastgelegdDoor, Instant vastgelegdOp) {

        static DossieritemResponse of(Dossieritem i) {
            return new DossieritemResponse(i.id(), i.bron().name(), i.aard().name(), i.tekst(), i.kindId(), i.gesprekId(), i.vastgelegdDoor(),
                    i.vastgelegdOp());
        }
    }

    private final ChangingCasus changing;

    DossierController(Casussen casussen, Casusbetrokkenen betrokkenen, ChangingCasus changing, Audit audit) {
        super(casussen, betrokkenen, audit);
        this.changing = changing;
    }

    @PostMapping
    @Operation(summary = "Leg een dossieritem vast, met bron en feit of mening",
            description = "Komt het van het kind (bron KIND), dan noemt kindId welk kind; gesprekId noemt het gesprek waarin het is gezegd. "
                    + "De eigen mening van het kind (KIND, MENING) staat daarna bij dat gesprek. Versleuteld opgeslagen; in geen enkel event.")
    @ApiResponse(responseCode = "201", description = "Het dossieritem")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt het veld")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit id")
    @ApiResponse(responseCode = "409", description = "De casus is afgesloten, of gelijktijdig gewijzigd")
    ResponseEntity<DossieritemResponse> legVast(@CasusIdParameter @PathVariable String casusId, @Valid @RequestBody DossieritemRequest request) {
        Gebruiker gebruiker = Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL, Rol.GEDRAGSWETENSCHAPPER);
        Casus casus = wijzig(casusId, gebruiker, AuditEntry.Actie.AANMAKEN, "dossier", (id, door) -> changing.legDossieritemVast(id, request.bron(),
                request.aard(), request.tekst(), request.kindId(), request.gesprekId(), door)).casus();
        Dossieritem item = casus.dossieritems().getLast();
        return ResponseEntity.created(adres(casus.id(), "/dossieritems/" + item.id())).body(DossieritemResponse.of(item));
    }

    @GetMapping
    @Operation(summary = "Lijst de dossieritems, oudste eerst, eventueel op bron en aard")
    @ApiResponse(responseCode = "200", description = "De dossieritems")
    @ApiResponse(responseCode = "400", description = "Een filter is ongeldig; invalidParams noemt hem")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit id")
    ResponseEntity<List<DossieritemResponse>> lijst(@CasusIdParameter @PathVariable String casusId,
            @Parameter(description = "KIND, OUDER, PROFESSIONAL of ANDERS", schema = @Schema(type = "string")) @RequestParam(required = false) @Nullable String bron,
            @Parameter(description = "FEIT of MENING", schema = @Schema(type = "string")) @RequestParam(required = false) @Nullable String aard) {
        Dossieritem.Bron welkeBron = bron == null ? null : keuze("bron", bron, Dossieritem.Bron.class);
        Dossieritem.Aard welkeAard = aard == null ? null : keuze("aard", aard, Dossieritem.Aard.class);
        Casus casus = lees(casusId, Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL, Rol.GEDRAGSWETENSCHAPPER, Rol.TEAMLEIDER,
                Rol.JEUGDBESCHERMER, Rol.JBT_VOORZITTER), "dossier");
        return ResponseEntity.ok(casus.dossieritems().stream().filter(i -> welkeBron == null || i.bron() == welkeBron)
                .filter(i -> welkeAard == null || i.aard() == welkeAard).map(DossieritemResponse::of).toList());
    }

    private static <E extends Enum<E>> E keuze(String naam, String waarde, Class<E> soort) {
        try {
            return Enum.valueOf(soort, waarde.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(naam, "enum", naam + " is een van " + List.of(soort.getEnumConstants()) + ".");
        }
    }
}
