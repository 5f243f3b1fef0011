package nl.jeugdlink.intake.aanmelding.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import nl.jeugdlink.intake.aanmelding.application.ScreeningAanmelding;
import nl.jeugdlink.intake.aanmelding.domain.Gemeente;
import nl.jeugdlink.intake.aanmelding.domain.Soort;
import nl.jeugdlink.intake.aanmelding.domain.VerwijzendeOrganisatie;
import nl.jeugdlink.intake.aanmelding.domain.WachtendeAanmelding;
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
 * The screeners' worklist (issue 17): the referrals of their municipalities still waiting for
 * screening, filtered, sorted and paged as the NLGov API Design Rules ask ({@code page}/{@code pageSize},
 * {@code sorteer} with a {@code -} for descending, filters named after the fields). Served from a read
 * model keyed by municipality, never a query over every referral.
 */
@RestController
@Tag(name = "screening", description = "Screening van aanmeldingen, startoverleg en caseload")
class WerkvoorraadController {

    private static final List<String> SORTEERBAAR = List.of("ontvangenOp", "aantalMinderjarigen", "soort");

    private final ScreeningAanmelding screening;
    private final Audit audit;

    WerkvoorraadController(ScreeningAanmelding screening, Audit audit) {
        this.screening = screening;
        this.audit = audit;
    }

    /** One referral waiting for screening. */
    record Wachtend(String id, String gemeenteCode, String soort, String verwijzer, int aantalMinderjarigen, Instant ontvangenOp) {

        static Wachtend of(WachtendeAanmelding w) {
            return new Wachtend(w.id().toString(), w.gemeente().cbsCode(), w.soort().name(), w.verwijzer().name(), w.aantalMinderjarigen(),
                    w.ontvangenOp());
        }
    }

    record WerkvoorraadResponse(List<Wachtend> aanmeldingen, Pagination.PageResponse page) {
    }

    @GetMapping("/api/v1/wachtende-aanmeldingen")
    @Operation(summary = "Werkvoorraad van de screening",
            description = "Aanmeldingen die op screening wachten, van de gemeenten in uw token of van één daarvan. "
                    + "Standaard de oudste eerst (sorteer=ontvangenOp); sorteer=-ontvangenOp keert dat om.")
    @ApiResponse(responseCode = "200", description = "Een pagina wachtende aanmeldingen")
    @ApiResponse(responseCode = "400", description = "Een parameter is ongeldig; invalidParams noemt hem en de regel")
    @ApiResponse(responseCode = "403", description = "De gemeente hoort niet bij uw token, of u bent geen gedragswetenschapper of teamleider")
    WerkvoorraadResponse werkvoorraad(
            @Parameter(description = "CBS-code van de gemeente; zonder: alle gemeenten in uw token", schema = @Schema(type = "string", pattern = "^GM[0-9]{4}$"))
            @RequestParam(required = false) @Nullable String gemeenteCode,
            @Parameter(description = "Soort aanmelding", schema = @Schema(type = "string", allowableValues = {"JEUGDLINK", "ZORGTAFEL", "ANONIEM_CONSULT"}))
            @RequestParam(required = false) @Nullable String soort,
            @Parameter(description = "Verwijzende organisatie") @RequestParam(required = false) @Nullable String verwijzer,
            @Parameter(description = "Ontvangen op of na (ISO 8601 met tijdzone)", schema = @Schema(type = "string", format = "date-time"))
            @RequestParam(required = false) @Nullable String ontvangenVanaf,
            @Parameter(description = "Ontvangen voor (ISO 8601 met tijdzone)", schema = @Schema(type = "string", format = "date-time"))
            @RequestParam(required = false) @Nullable String ontvangenTot,
            @Parameter(description = "Sorteervelden, komma-gescheiden: ontvangenOp, aantalMinderjarigen, soort; met - ervoor aflopend",
                    schema = @Schema(type = "string", defaultValue = "ontvangenOp"))
            @RequestParam(required = false) @Nullable String sorteer,
            @Parameter(description = "Paginanummer, vanaf 1", schema = @Schema(type = "integer", minimum = "1", defaultValue = "1"))
            @RequestParam(required = false) @Nullable String page,
            @Parameter(description = "Aanmeldingen per pagina, 1 tot en met 200", schema = @Schema(type = "integer", minimum = "1", maximum = "200", defaultValue = "50"))
            @RequestParam(required = false) @Nullable String pageSize) {
        Gebruiker gebruiker = Toegang.metRol(Rol.GEDRAGSWETENSCHAPPER, Rol.TEAMLEIDER);
        List<InvalidParam> fouten = new ArrayList<>();
        Gemeente gemeente = null;
        if (gemeenteCode != null) {
            gemeente = Gemeente.metCbsCode(gemeenteCode).orElse(null);
            if (gemeente == null) {
                fouten.add(new InvalidParam("gemeenteCode", "gemeente", "Geen gemeente van deze jeugdhulpregio: " + gemeenteCode));
            }
        }
        Predicate<WachtendeAanmelding> filter = w -> true;
        if (soort != null) {
            Soort s = waarde(Soort.class, "soort", soort, fouten);
            filter = filter.and(w -> w.soort() == s);
        }
        if (verwijzer != null) {
            VerwijzendeOrganisatie v = waarde(VerwijzendeOrganisatie.class, "verwijzer", verwijzer, fouten);
            filter = filter.and(w -> w.verwijzer() == v);
        }
        Instant vanaf = moment("ontvangenVanaf", ontvangenVanaf, fouten);
        Instant tot = moment("ontvangenTot", ontvangenTot, fouten);
        if (vanaf != null) {
            filter = filter.and(w -> !w.ontvangenOp().isBefore(vanaf));
        }
        if (tot != null) {
            filter = filter.and(w -> w.ontvangenOp().isBefore(tot));
        }
        Comparator<WachtendeAanmelding> volgorde = volgorde(sorteer, fouten);
        Pagination paginering = Pagination.uit(page, pageSize, fouten);
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        List<Gemeente> gemeenten;
        if (gemeente != null) {
            Toegang.voorGemeente(gebruiker, gemeente.cbsCode());
            gemeenten = List.of(gemeente);
        } else {
            gemeenten = gebruiker.gemeenten().stream().map(Gemeente::metCbsCode).flatMap(java.util.Optional::stream).toList();
        }
        List<WachtendeAanmelding> gevonden = screening.werkvoorraad(gemeenten).stream().filter(filter).sorted(volgorde).toList();
        int van = (int) Math.min(gevonden.size(), (long) (paginering.pagina() - 1) * paginering.grootte());
        int totEnMet = Math.min(gevonden.size(), van + paginering.grootte());
        audit.toegestaan(gebruiker, AuditEntry.Actie.LEZEN, "werkvoorraad",
                String.join(",", gemeenten.stream().map(Gemeente::cbsCode).sorted().toList()));
        return new WerkvoorraadResponse(gevonden.subList(van, totEnMet).stream().map(Wachtend::of).toList(), paginering.antwoord(gevonden.size()));
    }

    private static <E extends Enum<E>> @Nullable E waarde(Class<E> soort, String naam, String waarde, List<InvalidParam> fouten) {
        try {
            return Enum.valueOf(soort, waarde.trim());
        } catch (IllegalArgumentException e) {
            fouten.add(new InvalidParam(naam, "enum", naam + " is een van " + java.util.Arrays.toString(soort.getEnumConstants()) + "."));
            return null;
        }
    }

    private static @Nullable Instant moment(String naam, @Nullable String waarde, List<InvalidParam> fouten) {
        if (waarde == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(waarde.trim()).toInstant();
        } catch (DateTimeParseException e) {
            fouten.add(new InvalidParam(naam, "date-time", naam + " is een tijdstip volgens ISO 8601 met tijdzone, zoals 2026-12-01T00:00:00+01:00."));
            return null;
        }
    }

    /** NLGov's {@code sorteer}: fields separated by commas, each with {@code -} for descending; the id breaks ties. */
    private static Comparator<WachtendeAanmelding> volgorde(@Nullable String sorteer, List<InvalidParam> fouten) {
        Comparator<WachtendeAanmelding> volgorde = null;
        for (String deel : (sorteer == null || sorteer.isBlank() ? "ontvangenOp" : sorteer).split(",")) {
            String veld = deel.trim();
            boolean aflopend = veld.startsWith("-");
            veld = aflopend ? veld.substring(1) : veld;
            Comparator<WachtendeAanmelding> op = switch (veld) {
                case "ontvangenOp" -> Comparator.comparing(WachtendeAanmelding::ontvangenOp);
                case "aantalMinderjarigen" -> Comparator.comparingInt(WachtendeAanmelding::aantalMinderjarigen);
                case "soort" -> Comparator.comparing(w -> w.soort().name());
                default -> null;
            };
            if (op == null) {
                fouten.add(new InvalidParam("sorteer", "enum", "Sorteren kan op " + String.join(", ", SORTEERBAAR) + ", met - ervoor aflopend."));
                return Comparator.comparing(WachtendeAanmelding::ontvangenOp);
            }
            op = aflopend ? op.reversed() : op;
            volgorde = volgorde == null ? op : volgorde.thenComparing(op);
        }
        return volgorde.thenComparing(w -> w.id().toString());
    }
}
