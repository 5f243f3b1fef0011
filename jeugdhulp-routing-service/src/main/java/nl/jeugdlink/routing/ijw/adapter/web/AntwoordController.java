package nl.jeugdlink.routing.ijw.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import nl.jeugdlink.platform.web.InvalidParam;
import nl.jeugdlink.platform.web.ProblemHandling;
import nl.jeugdlink.routing.ijw.application.BeantwoordenVerzoek;
import nl.jeugdlink.routing.ijw.domain.Antwoord;
import nl.jeugdlink.routing.ijw.xml.Jw319;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The answer to a requested product of a JW315, as a JW319: given by the back office of the municipality
 * the request was addressed to, fetched as XML by the provider that sent it. A product is named as iJw
 * names it, by the provider's AGB code and its ReferentieAanbieder (unique per provider, TR347). A request
 * of another provider, or to another municipality, is not found (404), never confirmed.
 */
@RestController
@Tag(name = "ijw-antwoorden", description = "Het antwoord op een aangevraagd product van een JW315 (JW319)")
class AntwoordController {

    /** The answer as the back office gives it. */
    record AntwoordVraag(@Schema(description = "AFGEWEZEN (VerzoekAntwoord 1) of IN_ONDERZOEK (2, ten hoogste eenmaal)") @Nullable String verzoekAntwoord,
            @Schema(description = "WJ759, bij AFGEWEZEN: 1 tot en met 9", example = "3") @Nullable String redenAfwijzingVerzoek,
            @Schema(description = "CBS-code (4 cijfers) van de verantwoordelijke gemeente, precies bij reden 8") @Nullable String woonplaatsbeginselGemeente) {
    }

    record AntwoordAntwoord(String referentieAanbieder, String verzoekAntwoord, @Nullable String redenAfwijzingVerzoek,
            @Nullable String woonplaatsbeginselGemeente, String berichtIdentificatie) {
    }

    static final class NietGevonden extends RuntimeException {
        NietGevonden() {
            super("Geen verzoek met deze ReferentieAanbieder.");
        }
    }

    private final BeantwoordenVerzoek beantwoorden;
    private final ApiPostvak postvak;
    private final Audit audit;

    AntwoordController(BeantwoordenVerzoek beantwoorden, ApiPostvak postvak, Audit audit) {
        this.beantwoorden = beantwoorden;
        this.postvak = postvak;
        this.audit = audit;
    }

    record OpenProduct(String agbCode, String referentieAanbieder, @Schema(format = "uuid") String verzoekId,
            @Schema(description = "Dagtekening van de JW315") java.time.LocalDate dagtekening,
            @Schema(description = "Al eens 'in onderzoek' beantwoord; nu volgt een toewijzing of een afwijzing") boolean inOnderzoek) {
    }

    record OpenProducten(List<OpenProduct> producten) {
    }

    @GetMapping(path = "/api/v1/gemeenten/{gemeenteCode}/verzoeken", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "De aangevraagde producten (JW315) die nog een definitief antwoord wachten", description = "Voor de backoffice van de "
            + "gemeente: per product de AGB-code en ReferentieAanbieder waarmee het beantwoord wordt, oudste dagtekening eerst. Een definitief "
            + "antwoord (afwijzing) haalt het van de lijst; 'in onderzoek' niet.")
    @ApiResponse(responseCode = "200", description = "De open producten")
    @ApiResponse(responseCode = "400", description = "Geen CBS-code als GM0228")
    @ApiResponse(responseCode = "403", description = "Geen backoffice van deze gemeente")
    ResponseEntity<?> open(@Parameter(schema = @Schema(type = "string", pattern = "^GM[0-9]{4}$")) @PathVariable String gemeenteCode) {
        Gebruiker gebruiker = Toegang.gebruiker();
        if (!gebruiker.rollen().contains(Rol.BACKOFFICE) || !gebruiker.werktVoor(gemeenteCode)) {
            throw new Toegang.Geweigerd("alleen de backoffice van gemeente " + gemeenteCode, BerichtenController.CATEGORIE, gemeenteCode);
        }
        if (!gemeenteCode.matches("GM[0-9]{4}")) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemHandling.invalidInput(List.of(new InvalidParam("gemeenteCode", "cbs-code", "Een CBS-code als GM0228."))));
        }
        List<OpenProduct> open = beantwoorden.open(gemeenteCode.substring(2)).stream()
                .sorted(java.util.Comparator.comparing(nl.jeugdlink.routing.ijw.domain.Verzoeken.OpenProduct::dagtekening))
                .map(p -> new OpenProduct(p.aanbieder(), p.referentieAanbieder(), p.verzoekId(), p.dagtekening(),
                        beantwoorden.antwoord(p.aanbieder(), p.referentieAanbieder()).isPresent()))
                .toList();
        audit.toegestaan(gebruiker, AuditEntry.Actie.LEZEN, BerichtenController.CATEGORIE, gemeenteCode);
        return ResponseEntity.ok(new OpenProducten(open));
    }

    @PostMapping(path = "/api/v1/zorgaanbieders/{agbCode}/verzoeken/{referentieAanbieder}/antwoord", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "Beantwoord een aangevraagd product met een JW319", description = "Door de backoffice van de gemeente waaraan het verzoek "
            + "(JW315) gericht is: afgewezen met een reden uit WJ759 (8 woonplaatsbeginsel met de verantwoordelijke gemeente, TR377) of in onderzoek "
            + "(ten hoogste eenmaal, TR360). Als elk product definitief beantwoord is, is het verzoek niet meer onderhanden (TR374).")
    @ApiResponse(responseCode = "201", description = "Het antwoord; de zorgaanbieder haalt de JW319 op")
    @ApiResponse(responseCode = "400", description = "Ongeldig antwoord; invalidParams noemt veld en regel")
    @ApiResponse(responseCode = "403", description = "Geen backoffice")
    @ApiResponse(responseCode = "404", description = "Geen verzoek met deze referentie aan een gemeente van de vrager")
    @ApiResponse(responseCode = "409", description = "Al definitief beantwoord, of al eens in onderzoek")
    ResponseEntity<?> beantwoord(
            @Parameter(schema = @Schema(type = "string", pattern = "^[0-9]{8}$")) @PathVariable String agbCode,
            @Parameter(schema = @Schema(type = "string", maxLength = 20)) @PathVariable String referentieAanbieder,
            @RequestBody AntwoordVraag vraag) {
        Gebruiker gebruiker = Toegang.gebruiker();
        if (!gebruiker.rollen().contains(Rol.BACKOFFICE)) {
            throw new Toegang.Geweigerd("rol niet toegestaan: nodig is BACKOFFICE", BerichtenController.CATEGORIE, agbCode);
        }
        Antwoord.Soort soort = soort(vraag.verzoekAntwoord());
        var gevonden = beantwoorden.verzoek(agbCode, referentieAanbieder)
                .filter(g -> gebruiker.werktVoor("GM" + g.verzoek().gemeente()))
                .orElseThrow(NietGevonden::new);
        Antwoord antwoord = beantwoorden.beantwoord(gevonden, referentieAanbieder, soort, vraag.redenAfwijzingVerzoek(), vraag.woonplaatsbeginselGemeente(),
                gebruiker.id());
        audit.toegestaan(gebruiker, AuditEntry.Actie.AANMAKEN, BerichtenController.CATEGORIE, gevonden.verzoekId());
        return ResponseEntity.status(HttpStatus.CREATED).body(new AntwoordAntwoord(referentieAanbieder, antwoord.soort().name(), antwoord.reden(),
                antwoord.woonplaatsGemeente(), antwoord.identificatie()));
    }

    @GetMapping(path = "/api/v1/zorgaanbieders/{agbCode}/verzoeken/{referentieAanbieder}/jw319",
            produces = {MediaType.APPLICATION_XML_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "Haal de JW319 op een eigen aangevraagd product op", description = "Door de zorgaanbieder zelf (agb-claim gelijk aan het pad). "
            + "Het bericht voldoet aan het XSD van JeugdLink en is bij elke keer ophalen hetzelfde.")
    @ApiResponse(responseCode = "200", description = "De JW319", content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE,
            schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "403", description = "Geen zorgaanbieder, of een andere AGB-code")
    @ApiResponse(responseCode = "404", description = "Geen verzoek of (nog) geen antwoord met deze referentie")
    @ApiResponse(responseCode = "503", description = "Het bericht is verschuldigd maar kon nog niet worden verstuurd; probeer het zo opnieuw")
    ResponseEntity<?> jw319(@Parameter(schema = @Schema(type = "string", pattern = "^[0-9]{8}$")) @PathVariable String agbCode,
            @Parameter(schema = @Schema(type = "string", maxLength = 20)) @PathVariable String referentieAanbieder) {
        Gebruiker gebruiker = Toegang.gebruiker();
        if (!gebruiker.rollen().contains(Rol.ZORGAANBIEDER) || !agbCode.equals(gebruiker.agbCode())) {
            throw new Toegang.Geweigerd("alleen de zorgaanbieder met AGB-code " + agbCode, BerichtenController.CATEGORIE, agbCode);
        }
        var gevonden = beantwoorden.verzoek(agbCode, referentieAanbieder).orElseThrow(NietGevonden::new);
        beantwoorden.antwoord(agbCode, referentieAanbieder).filter(a -> a.soort() != Antwoord.Soort.TOEGEWEZEN).orElseThrow(NietGevonden::new);
        // A JW319 still due after a crash or a failed transport is sent now (ADR 0047); then the JW319 as it was sent when the answer
        // was given (ADR 0046), by _id.
        if (!beantwoorden.verstuurTeVersturen(gevonden.verzoekId())) {
            throw ApiPostvak.nogNietVerstuurd();
        }
        String bericht = postvak.bericht(agbCode, Jw319.BERICHTCODE, referentieAanbieder).orElseThrow(NietGevonden::new);
        audit.toegestaan(gebruiker, AuditEntry.Actie.LEZEN, BerichtenController.CATEGORIE, gevonden.verzoekId());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(bericht);
    }

    private static Antwoord.Soort soort(@Nullable String waarde) {
        if (waarde != null) {
            for (Antwoord.Soort s : Antwoord.Soort.values()) {
                if (s.name().equals(waarde)) {
                    return s;
                }
            }
        }
        throw new Antwoord.Geweigerd(400, "verzoekAntwoord", "WJ760", "AFGEWEZEN of IN_ONDERZOEK (een toewijzing gaat als JW301).");
    }

    @ExceptionHandler(Antwoord.Geweigerd.class)
    ResponseEntity<ProblemDetail> geweigerd(Antwoord.Geweigerd e) {
        InvalidParam param = new InvalidParam(e.veld(), e.regel(), e.getMessage());
        if (e.status() == 409) {
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemHandling.ruleBroken(java.net.URI.create("https://jeugdlink.nl/problemen/verzoekregel"), "Verzoekregel", param));
        }
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ProblemHandling.invalidInput(List.of(param)));
    }

    @ExceptionHandler(NietGevonden.class)
    ResponseEntity<ProblemDetail> nietGevonden(NietGevonden e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
