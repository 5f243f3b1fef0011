package nl.jeugdlink.escalatie.escalatie.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.jeugdlink.escalatie.escalatie.adapter.web.EscalatieApi.LeerverslagResponse;
import nl.jeugdlink.escalatie.escalatie.adapter.web.EscalatieApi.LeerverslagRijResponse;
import nl.jeugdlink.escalatie.escalatie.application.HandlingEscalaties;
import nl.jeugdlink.escalatie.escalatie.domain.Leerverslag;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import nl.jeugdlink.platform.web.InvalidParam;
import nl.jeugdlink.platform.web.Pagination;
import nl.jeugdlink.platform.web.ProblemHandling.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The learning report of a municipality (seed 002:838): from the minutes approved in a period, per
 * situation and step, how many, how long and how resolved. For the teamleider, the regional contact person
 * and the municipality's own contact (gemeentelijk-contactpersoon: the municipality evaluates the model yearly,
 * seed 002 B6) of the municipality asked about; counts only, no casus or person.
 */
@RestController
@Tag(name = "escalaties")
class LeerverslagController {

    private static final Pattern GEMEENTE = Pattern.compile("GM[0-9]{4}");
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final HandlingEscalaties escaleren;
    private final Audit audit;
    private final Clock clock;

    LeerverslagController(HandlingEscalaties escaleren, Audit audit, Clock clock) {
        this.escaleren = escaleren;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/api/v1/escalatie-leerverslagen")
    @Operation(summary = "Het leerverslag van de escalaties van een gemeente over een periode",
            description = "Per situatie en stap: het aantal stappen met een goedgekeurd verslag in de periode, hoe ze afliepen (opgelost, "
                    + "geëscaleerd, lopend) en hoe lang ze duurden (gemiddeld, in werkdagen en in dagen). Zonder van/tot: het lopende kalenderjaar.")
    @ApiResponse(responseCode = "200", description = "Een pagina rijen van het leerverslag",
            content = @Content(schema = @Schema(implementation = LeerverslagResponse.class)))
    @ApiResponse(responseCode = "400", description = "Een parameter ontbreekt of is ongeldig; invalidParams noemt hem")
    @ApiResponse(responseCode = "403", description = "Geen teamleider, regionale of gemeentelijke contactpersoon van deze gemeente")
    LeerverslagResponse leerverslag(
            @Parameter(description = "CBS-code van de gemeente", required = true, schema = @Schema(type = "string", pattern = "^GM[0-9]{4}$"))
            @RequestParam(required = false) @Nullable String gemeenteCode,
            @Parameter(description = "Eerste dag van de periode (ISO-datum)", schema = @Schema(type = "string", format = "date"))
            @RequestParam(required = false) @Nullable String van,
            @Parameter(description = "Dag na de periode (ISO-datum, niet inbegrepen)", schema = @Schema(type = "string", format = "date"))
            @RequestParam(required = false) @Nullable String tot,
            @Parameter(description = "Paginanummer, vanaf 1", schema = @Schema(type = "integer", minimum = "1", defaultValue = "1"))
            @RequestParam(required = false) @Nullable String page,
            @Parameter(description = "Rijen per pagina, 1 tot en met 200",
                    schema = @Schema(type = "integer", minimum = "1", maximum = "200", defaultValue = "50"))
            @RequestParam(required = false) @Nullable String pageSize) {
        Gebruiker gebruiker = Toegang.metRol(Rol.TEAMLEIDER, Rol.REGIONALE_CONTACTPERSOON, Rol.GEMEENTELIJK_CONTACTPERSOON);
        List<InvalidParam> fouten = new ArrayList<>();
        if (gemeenteCode == null || !GEMEENTE.matcher(gemeenteCode).matches()) {
            fouten.add(new InvalidParam("gemeenteCode", gemeenteCode == null ? "required" : "pattern",
                    "Een gemeentecode is GM gevolgd door vier cijfers, zoals GM0228."));
        }
        int jaar = LocalDate.now(clock.withZone(NEDERLAND)).getYear();
        LocalDate vanaf = datum("van", van, LocalDate.of(jaar, 1, 1), fouten);
        LocalDate totDag = datum("tot", tot, LocalDate.of(jaar + 1, 1, 1), fouten);
        if (!totDag.isAfter(vanaf)) {
            fouten.add(new InvalidParam("tot", "after", "tot ligt na van."));
        }
        Pagination paginering = Pagination.uit(page, pageSize, fouten);
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        Toegang.voorGemeente(gebruiker, gemeenteCode);
        Leerverslag verslag = escaleren.leerverslag(Set.of(gemeenteCode), vanaf.atStartOfDay(NEDERLAND).toInstant(),
                totDag.atStartOfDay(NEDERLAND).toInstant());
        audit.toegestaan(gebruiker, AuditEntry.Actie.LEZEN, "escalatie-leerverslag", gemeenteCode);
        List<Leerverslag.Rij> rijen = verslag.rijen();
        int begin = (int) Math.min(rijen.size(), (long) (paginering.pagina() - 1) * paginering.grootte());
        return new LeerverslagResponse(gemeenteCode, vanaf, totDag, rijen.subList(begin, Math.min(rijen.size(), begin + paginering.grootte())).stream()
                .map(LeerverslagRijResponse::of).toList(), paginering.antwoord(rijen.size()));
    }

    private static LocalDate datum(String naam, @Nullable String tekst, LocalDate standaard, List<InvalidParam> fouten) {
        if (tekst == null) {
            return standaard;
        }
        try {
            return LocalDate.parse(tekst);
        } catch (DateTimeParseException e) {
            fouten.add(new InvalidParam(naam, "format", naam + " is een datum als 2026-01-01."));
            return standaard;
        }
    }
}
