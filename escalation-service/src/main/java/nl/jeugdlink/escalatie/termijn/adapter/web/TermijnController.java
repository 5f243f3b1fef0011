package nl.jeugdlink.escalatie.termijn.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.jeugdlink.escalatie.termijn.domain.Status;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten.TermijnVanTraject;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import nl.jeugdlink.platform.web.InvalidParam;
import nl.jeugdlink.platform.web.Pagination.PageResponse;
import nl.jeugdlink.platform.web.Pagination;
import nl.jeugdlink.platform.web.ParameterChecks;
import nl.jeugdlink.platform.web.ProblemHandling.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/termijnen")
@Tag(name = "termijnen", description = "Termijnen in werkdagen of weken, per soort en onderwerp: eerste contact, plan, hulp ingezet en wat de regio configureert")
class TermijnController {

    private static final Pattern GEMEENTE = Pattern.compile("GM[0-9]{4}");
    private static final Pattern MEDEWERKER = Pattern.compile("[A-Za-z0-9._:@-]{1,100}");
    private static final Set<Status> LOPEND = EnumSet.of(Status.OPEN, Status.OPGESCHORT, Status.OVERSCHREDEN);

    /** One entry of a deadline's history. */
    record WijzigingResponse(
            @Schema(allowableValues = {"OPGESCHORT", "HERVAT", "VERLENGD"}) String aard,
            Instant op,
            @Schema(description = "Medewerker-id van wie het deed") String door,
            String reden,
            @Schema(description = "Werkdagen verschoven: bij HERVAT de werkdagen opgeschort, bij VERLENGD de verlenging") int werkdagen,
            @Schema(description = "De laatste dag na deze wijziging") LocalDate uiterlijk) {
    }

    record TermijnResponse(
            @Schema(format = "uuid") String termijnId,
            @Schema(description = "Soort termijn: een open code uit het register (ADR 0013), bijvoorbeeld EERSTE_CONTACT, PLAN, HULP_INGEZET",
                    pattern = "^[A-Z][A-Z0-9_]{0,63}$") String soort,
            @Schema(description = "Waar de termijn over gaat: voor de termijnen van de aanmelding het aanmelding-id") String onderwerpId,
            @Schema(allowableValues = {"OPEN", "OPGESCHORT", "OVERSCHREDEN", "GEHAALD", "TE_LAAT_GEHAALD", "VERVALLEN"}) String status,
            @Schema(format = "uuid") String aanmeldingId,
            @Schema(format = "uuid", nullable = true) @Nullable String casusId,
            String gemeenteCode,
            int werkdagen,
            Instant gestartOp,
            @Schema(description = "De laatste werkdag waarop de termijn gehaald wordt") LocalDate uiterlijk,
            @Nullable Instant gestoptOp,
            @Schema(description = "Wanneer de overschrijding werd vastgesteld; blijft staan als ze later is ingetrokken") @Nullable Instant overschredenOp,
            @Nullable Integer werkdagenTeLaat,
            @Schema(description = "De gemelde overschrijding is ingetrokken: het feit dat de termijn haalde kwam later binnen, maar noemt een "
                    + "moment op of voor de laatste dag (status GEHAALD, ADR 0041)") boolean overschrijdingIngetrokken,
            @Schema(description = "Sinds wanneer de termijn is opgeschort, zolang hij dat is") @Nullable Instant opgeschortOp,
            @Schema(description = "Wie een overschrijding aangaat: rol") String betreftRol,
            @Schema(description = "Wie een overschrijding aangaat: organisatie of gemeente") String betreftOrganisatie,
            @Schema(description = "Opschortingen, hervattingen en verlengingen met hun reden, oudste eerst") List<WijzigingResponse> geschiedenis) {

        static TermijnResponse of(TermijnVanTraject t) {
            var termijn = t.termijn();
            return new TermijnResponse(t.termijnId(), termijn.soort().name(), termijn.onderwerp(), termijn.status().name(), t.aanmeldingId(),
                    t.casusId(), t.gemeenteCode(), termijn.werkdagen(), termijn.gestartOp(), termijn.uiterlijk(), termijn.gestoptOp(),
                    termijn.overschredenOp(), termijn.werkdagenTeLaat(), termijn.overschrijdingIngetrokken(), termijn.opgeschortOp(), termijn.betrokkene().rol(),
                    termijn.betrokkene().organisatie(), termijn.geschiedenis().stream().map(w -> new WijzigingResponse(w.aard().name(), w.op(),
                            w.door(), w.reden(), w.werkdagen(), w.uiterlijk())).toList());
        }
    }

    record TermijnenResponse(List<TermijnResponse> termijnen, PageResponse page) {
    }

    private final Trajecten trajecten;
    private final Audit audit;

    TermijnController(Trajecten trajecten, Audit audit) {
        this.trajecten = trajecten;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Zoek termijnen per casus, aanmelding, teamlid of gemeente",
            description = "Geef ten minste één van casusId, aanmeldingId, medewerkerId of gemeenteCode. Zonder status: de lopende "
                    + "termijnen (OPEN, OPGESCHORT en OVERSCHREDEN). Meest urgente (vroegste uiterlijk) eerst. Alleen termijnen van de gemeenten in uw token.")
    @ApiResponse(responseCode = "200", description = "Een pagina termijnen",
            content = @Content(schema = @Schema(implementation = TermijnenResponse.class)))
    @ApiResponse(responseCode = "400", description = "Een parameter ontbreekt of is ongeldig; invalidParams noemt hem")
    @ApiResponse(responseCode = "403", description = "De casus, aanmelding of gemeente hoort niet bij een gemeente in uw token")
    TermijnenResponse zoek(
            @Parameter(description = "Het id van de casus", schema = @Schema(type = "string", format = "uuid"))
            @RequestParam(required = false) @Nullable String casusId,
            @Parameter(description = "Het id van de aanmelding (het traject)", schema = @Schema(type = "string", format = "uuid"))
            @RequestParam(required = false) @Nullable String aanmeldingId,
            @Parameter(description = "Een teamlid: regisseur, gekoppelde professional, gedragswetenschapper of teamleider")
            @RequestParam(required = false) @Nullable String medewerkerId,
            @Parameter(description = "CBS-code van de gemeente", schema = @Schema(type = "string", pattern = "^GM[0-9]{4}$"))
            @RequestParam(required = false) @Nullable String gemeenteCode,
            @Parameter(description = "Status(sen), herhaald of komma-gescheiden; standaard OPEN,OPGESCHORT,OVERSCHREDEN",
                    array = @ArraySchema(schema = @Schema(type = "string",
                            allowableValues = {"OPEN", "OPGESCHORT", "OVERSCHREDEN", "GEHAALD", "TE_LAAT_GEHAALD", "VERVALLEN"})))
            @RequestParam(required = false) @Nullable List<String> status,
            @Parameter(description = "Paginanummer, vanaf 1", schema = @Schema(type = "integer", minimum = "1", defaultValue = "1"))
            @RequestParam(required = false) @Nullable String page,
            @Parameter(description = "Termijnen per pagina, 1 tot en met 200",
                    schema = @Schema(type = "integer", minimum = "1", maximum = "200", defaultValue = "50"))
            @RequestParam(required = false) @Nullable String pageSize) {
        Gebruiker gebruiker = Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL, Rol.GEDRAGSWETENSCHAPPER, Rol.TEAMLEIDER);
        List<InvalidParam> fouten = new ArrayList<>();
        if (casusId == null && aanmeldingId == null && medewerkerId == null && gemeenteCode == null) {
            for (String naam : List.of("casusId", "aanmeldingId", "medewerkerId", "gemeenteCode")) {
                fouten.add(new InvalidParam(naam, "required", "Geef ten minste één van casusId, aanmeldingId, medewerkerId of gemeenteCode."));
            }
        }
        ParameterChecks.uuid("casusId", casusId, fouten);
        ParameterChecks.uuid("aanmeldingId", aanmeldingId, fouten);
        if (medewerkerId != null && !MEDEWERKER.matcher(medewerkerId).matches()) {
            fouten.add(new InvalidParam("medewerkerId", "pattern", "Een medewerker-id is 1 tot 100 letters, cijfers of . _ : @ -."));
        }
        if (gemeenteCode != null && !GEMEENTE.matcher(gemeenteCode).matches()) {
            fouten.add(new InvalidParam("gemeenteCode", "pattern", "Een gemeentecode is GM gevolgd door vier cijfers, zoals GM0228."));
        }
        Set<Status> statussen = statussen(status, fouten);
        Pagination paginering = Pagination.uit(page, pageSize, fouten);
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        if (casusId != null || aanmeldingId != null) {
            trajecten.gemeentenVan(casusId, aanmeldingId).forEach(gemeente -> Toegang.voorGemeente(gebruiker, gemeente));
        }
        if (gemeenteCode != null) {
            Toegang.voorGemeente(gebruiker, gemeenteCode);
        }
        var gevonden = trajecten.zoek(new Trajecten.Zoekvraag(casusId, aanmeldingId, medewerkerId, gemeenteCode, gebruiker.gemeenten(),
                statussen, paginering.pagina(), paginering.grootte()));
        String betreft = casusId != null ? casusId : aanmeldingId != null ? aanmeldingId : medewerkerId != null ? medewerkerId : gemeenteCode;
        audit.toegestaan(gebruiker, AuditEntry.Actie.LEZEN, "termijn", betreft);
        return new TermijnenResponse(gevonden.termijnen().stream().map(TermijnResponse::of).toList(), paginering.antwoord(gevonden.totaal()));
    }

    private static Set<Status> statussen(@Nullable List<String> waarden, List<InvalidParam> fouten) {
        if (waarden == null || waarden.isEmpty()) {
            return LOPEND;
        }
        Set<Status> statussen = EnumSet.noneOf(Status.class);
        for (String waarde : waarden) {
            for (String deel : waarde.split(",")) {
                try {
                    statussen.add(Status.valueOf(deel.trim()));
                } catch (IllegalArgumentException e) {
                    fouten.add(new InvalidParam("status", "enum", "Een status is OPEN, OPGESCHORT, OVERSCHREDEN, GEHAALD, TE_LAAT_GEHAALD of VERVALLEN."));
                    return LOPEND;
                }
            }
        }
        return statussen;
    }
}
