package nl.jeugdlink.routing.toewijzing.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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
import nl.jeugdlink.platform.web.ParameterChecks;
import nl.jeugdlink.platform.web.ProblemHandling;
import nl.jeugdlink.routing.toewijzing.adapter.web.ToewijzingBerichten.OmvangBericht;
import nl.jeugdlink.routing.toewijzing.adapter.web.ToewijzingBerichten.ProductBericht;
import nl.jeugdlink.routing.toewijzing.application.DeterminingCare;
import nl.jeugdlink.routing.toewijzing.domain.Bepaling;
import nl.jeugdlink.routing.toewijzing.domain.Casus;
import nl.jeugdlink.routing.toewijzing.domain.CasusOnbekend;
import nl.jeugdlink.routing.toewijzing.domain.OngeldigeToewijzing;
import nl.jeugdlink.routing.toewijzing.domain.Regelschending;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingsopdracht;
import nl.jeugdlink.routing.toewijzing.domain.Voornemen;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bepaling jeugdhulp (301 steps 1-3): the youth protector or the local team records the care decided in a casus of their
 * municipality; the back office reads it, and the official the municipality designated (its own role, not the back office) reads it
 * and approves care outside the contracts. Audited
 * under category {@code bepaling}, about the casus. No BSN or name here: the client is given with the toewijzing.
 */
@RestController
@Tag(name = "bepalingen", description = "Bepaling jeugdhulp (301-route, stap 1-3)")
class BepalingController {

    private static final String CATEGORIE = "bepaling";
    private static final Set<Rol> BEPALERS = EnumSet.of(Rol.JEUGDBESCHERMER, Rol.REGISSEUR);
    /** The designated official reads the bepalingen it must judge. */
    private static final Set<Rol> LEZERS = EnumSet.of(Rol.JEUGDBESCHERMER, Rol.REGISSEUR, Rol.BACKOFFICE, Rol.AANGEWEZEN_FUNCTIONARIS);

    record BepalingRequest(
            @Schema(description = "AGB-code van de voorkeursaanbieder", pattern = "^[0-9]{8}$", example = "98000011") @Nullable String voorkeursAanbieder,
            @Nullable ProductBericht product,
            @Schema(description = "Eerste dag van de hulp", example = "2026-12-01") @Nullable LocalDate ingangsdatum,
            @Schema(description = "Laatste dag (de duur); verplicht bij een budget of een omvang per week", example = "2027-05-31") @Nullable LocalDate einddatum,
            @Nullable OmvangBericht omvang,
            @Schema(description = "Budget in eurocent; niet samen met een omvang", minimum = "1", maximum = "99999999") @Nullable Long budget,
            @Schema(description = "Evaluatiemomenten binnen de periode, 1 tot 24") @Nullable List<LocalDate> evaluatiemomenten,
            @Schema(description = "Wanneer het verwijsformulier naar het lokale team ging") @Nullable LocalDate verwezenNaarLokaalTeamOp,
            @Schema(description = "Stap 1: wanneer de jeugdbeschermer het lokale team raadpleegde over de voorgenomen bepaling; de termijnen "
                    + "van Bouwsteen 5 tellen vanaf die dag", nullable = true) @Nullable LocalDate lokaalTeamGeraadpleegdOp,
            @Schema(description = "De gemeente die volgens het woonplaatsbeginsel verantwoordelijk is (waar de ouder met gezag woont); "
                    + "standaard de gemeente van de casus", pattern = "^GM[0-9]{4}$", example = "GM0228", nullable = true)
            @Nullable String woonplaatsbeginselGemeente,
            @Schema(description = "Het voornemen dat deze bepaling volgt (POST .../voornemens): zijn route bepaalt wat stap 1 vastlegt, en de "
                    + "bepaling rondt stap 1 af", format = "uuid", nullable = true) @Nullable String voornemenId,
            @Schema(description = "Route 315, stap 1: wanneer de jeugdbeschermer de zorgaanbieder raadpleegde", nullable = true)
            @Nullable LocalDate zorgaanbiederGeraadpleegdOp) {

        Toewijzingsopdracht.ParameterChecks zorg() {
            return new Toewijzingsopdracht.ParameterChecks(voorkeursAanbieder,
                    product == null ? null : new Toewijzingsopdracht.ProductInvoer(product.categorie(), product.code()), ingangsdatum, einddatum,
                    omvang == null ? null : new Toewijzingsopdracht.OmvangInvoer(omvang.volume(), omvang.eenheid(), omvang.frequentie()), budget);
        }
    }

    record VoornemenRequest(
            @Schema(description = "De route: 301 (lokale toegang: stap 1 binnen 3 werkdagen) of 315 (zorgaanbieder: stap 1 binnen 5 werkdagen)",
                    allowableValues = {"301", "315"}, example = "301") @Nullable String route,
            @Schema(description = "Wanneer de bepaling voorgenomen werd; standaard vandaag. De termijn van stap 1 telt vanaf die dag",
                    nullable = true) @Nullable LocalDate voorgenomenOp) {
    }

    record VoornemenResponse(@Schema(format = "uuid") String voornemenId, @Schema(format = "uuid") String casusId,
            @Schema(allowableValues = {"301", "315"}) String route, LocalDate voorgenomenOp, Instant vastgelegdOp, String vastgelegdDoor) {
    }

    record RaadplegingRequest(
            @Schema(description = "De dag waarop het lokale team (route 315: met de zorgaanbieder) geraadpleegd werd; niet in de toekomst en "
                    + "niet voor het voornemen. Die dag haalt de termijn van stap 1", example = "2026-11-18") @Nullable LocalDate geraadpleegdOp,
            @Schema(description = "Route 315 (verplicht): de AGB-code van de zorgaanbieder die geraadpleegd werd; route 301 noemt er geen",
                    pattern = "^[0-9]{8}$", example = "98000091", nullable = true) @Nullable String agbCode,
            @Schema(description = "Een korte notitie; blijft in de jeugdhulprouting", maxLength = 500, nullable = true) @Nullable String notitie) {
    }

    record RaadplegingResponse(@Schema(format = "uuid") String voornemenId, @Schema(format = "uuid") String casusId,
            @Schema(allowableValues = {"301", "315"}) String route, LocalDate voorgenomenOp, LocalDate geraadpleegdOp,
            @Schema(nullable = true) @Nullable String agbCode, @Schema(nullable = true) @Nullable String notitie, Instant vastgelegdOp,
            String vastgelegdDoor) {

        static RaadplegingResponse of(String casusId, Voornemen v) {
            var r = java.util.Objects.requireNonNull(v.raadpleging());
            return new RaadplegingResponse(v.voornemenId(), casusId, v.route().code(), v.voorgenomenOp(), r.geraadpleegdOp(), r.agbCode(),
                    r.notitie(), r.vastgelegdOp(), r.vastgelegdDoor());
        }
    }

    record AkkoordRequest(@Schema(description = "Waarom hulp buiten de contracten nodig is", maxLength = 2000) @Nullable String toelichting) {
    }

    record BepalingResponse(@Schema(format = "uuid") String bepalingId, @Schema(format = "uuid") String casusId, String voorkeursAanbieder,
            @Schema(nullable = true) @Nullable String productcategorie, @Schema(nullable = true) @Nullable String productcode, LocalDate ingangsdatum,
            @Schema(nullable = true) @Nullable LocalDate einddatum, @Schema(nullable = true) @Nullable Integer volume,
            @Schema(nullable = true) @Nullable String eenheid, @Schema(nullable = true) @Nullable String frequentie,
            @Schema(nullable = true) @Nullable Long budget, List<LocalDate> evaluatiemomenten, LocalDate verwezenNaarLokaalTeamOp,
            @Schema(description = "Stap 1: het overleg met het lokale team", nullable = true) @Nullable LocalDate lokaalTeamGeraadpleegdOp,
            @Schema(description = "Of het contractregister de hulp dekte toen zij bepaald werd") boolean gecontracteerd,
            @Schema(description = "Of de backoffice haar mag toewijzen: gecontracteerd, of met akkoord") boolean toewijsbaar,
            Instant bepaaldOp, String bepaaldDoor, @Schema(nullable = true) @Nullable Instant akkoordOp,
            @Schema(nullable = true) @Nullable String akkoordDoor,
            @Schema(description = "De gemeente die volgens het woonplaatsbeginsel verantwoordelijk is; alleen zij wijst de hulp toe",
                    example = "GM0228") String verantwoordelijkeGemeente,
            @Schema(description = "Het voornemen dat zij volgt", format = "uuid", nullable = true) @Nullable String voornemenId,
            @Schema(description = "De route van dat voornemen", nullable = true) @Nullable String route,
            @Schema(description = "Route 315, stap 1: het overleg met de zorgaanbieder", nullable = true) @Nullable LocalDate zorgaanbiederGeraadpleegdOp,
            @Schema(description = "Wanneer stap 1 rond was (route 315: het laatste van beide overleggen)", nullable = true) @Nullable LocalDate afgestemdOp) {

        static BepalingResponse of(String casusId, String casusGemeente, Bepaling b) {
            var z = b.zorg();
            var p = z.product();
            var o = z.omvang();
            var a = b.akkoord();
            return new BepalingResponse(b.bepalingId(), casusId, z.agbCode(), p == null ? null : p.categorie(), p == null ? null : p.code(),
                    z.ingangsdatum(), z.einddatum(), o == null ? null : o.volume(), o == null ? null : o.eenheid().code(),
                    o == null ? null : o.frequentie().code(), z.budget(), b.evaluatiemomenten(), b.verwezenNaarLokaalTeamOp(), b.lokaalTeamGeraadpleegdOp(), b.gecontracteerd(),
                    b.isToewijsbaar(), b.bepaaldOp(), b.bepaaldDoor(), a == null ? null : a.gegevenOp(), a == null ? null : a.gegevenDoor(),
                    b.verantwoordelijkVoor(casusGemeente), b.afstemming() == null ? null : b.afstemming().voornemenId(),
                    b.afstemming() == null ? null : b.afstemming().route().code(),
                    b.afstemming() == null ? null : b.afstemming().zorgaanbiederGeraadpleegdOp(), b.afgestemdOp());
        }
    }

    record BepalingenResponse(List<BepalingResponse> bepalingen) {
    }

    private final DeterminingCare determining;
    private final Audit audit;

    BepalingController(DeterminingCare determining, Audit audit) {
        this.determining = determining;
        this.audit = audit;
    }

    @PostMapping("/api/v1/casussen/{casusId}/bepalingen")
    @Operation(summary = "Leg een bepaling jeugdhulp vast (301-route, stap 1-3)", description = "Door de jeugdbeschermer of het lokale team "
            + "(regisseur) van de gemeente van de casus: hulpvorm (product), duur, omvang per periode of budget (de regels van een JW301-product), "
            + "evaluatiemomenten, de verwijzing naar het lokale team en de voorkeursaanbieder. Getoetst aan het contractregister van de gemeente: "
            + "hulp buiten de contracten is pas toewijsbaar na het akkoord van de aangewezen functionaris. Het woonplaatsbeginsel bepaalt de "
            + "gemeente (standaard die van de casus): haar contractregister geldt, en alleen zij wijst de hulp toe.")
    @ApiResponse(responseCode = "201", description = "De bepaling")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt veld en regel")
    @ApiResponse(responseCode = "403", description = "Rol niet toegestaan, of de casus hoort bij een andere gemeente")
    @ApiResponse(responseCode = "404", description = "De casus is (nog) niet bekend bij de jeugdhulprouting")
    @ApiResponse(responseCode = "409", description = "De casus is afgesloten (CASUS_AFGESLOTEN)")
    ResponseEntity<BepalingResponse> bepaal(
            @Parameter(description = "Het id van de casus", schema = @Schema(type = "string", format = "uuid")) @PathVariable String casusId,
            @RequestBody BepalingRequest request) {
        Gebruiker gebruiker = toegang(casusId, BEPALERS, "JEUGDBESCHERMER of REGISSEUR");
        Bepaling bepaling = determining.bepaal(casusId, request.zorg(), request.evaluatiemomenten(), request.verwezenNaarLokaalTeamOp(),
                request.lokaalTeamGeraadpleegdOp(), request.woonplaatsbeginselGemeente(), gebruiker.id(),
                gebruiker.heeftEenVan(EnumSet.of(Rol.JEUGDBESCHERMER)) ? new Bepaling.Gi(gebruiker.id(), gebruiker.organisatie()) : null,
                request.voornemenId(), request.zorgaanbiederGeraadpleegdOp());
        audit.toegestaan(gebruiker, AuditEntry.Actie.AANMAKEN, CATEGORIE, casusId);
        return ResponseEntity.created(URI.create("/api/v1/casussen/" + casusId + "/bepalingen")).body(BepalingResponse.of(casusId, determining.casus(casusId).gemeenteCode(), bepaling));
    }

    @PostMapping("/api/v1/casussen/{casusId}/voornemens")
    @Operation(summary = "Leg een voorgenomen bepaling jeugdhulp vast (stap 1 van route 301 of 315)", description = "Door de jeugdbeschermer "
            + "of het lokale team (regisseur) van de gemeente van de casus, zodra een bepaling jeugdhulp voorgenomen is: de termijn van stap 1 "
            + "telt vanaf die dag - het overleg met het lokale team binnen 3 werkdagen (route 301), met het lokale team en een zorgaanbieder "
            + "binnen 5 werkdagen (route 315). De bepaling die het voornemen noemt (voornemenId) rondt stap 1 af.")
    @ApiResponse(responseCode = "201", description = "Het voornemen")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt veld en regel")
    @ApiResponse(responseCode = "403", description = "Rol niet toegestaan, of de casus hoort bij een andere gemeente")
    @ApiResponse(responseCode = "404", description = "De casus is (nog) niet bekend bij de jeugdhulprouting")
    @ApiResponse(responseCode = "409", description = "De casus is afgesloten (CASUS_AFGESLOTEN)")
    ResponseEntity<VoornemenResponse> neemVoor(
            @Parameter(description = "Het id van de casus", schema = @Schema(type = "string", format = "uuid")) @PathVariable String casusId,
            @RequestBody VoornemenRequest request) {
        Gebruiker gebruiker = toegang(casusId, BEPALERS, "JEUGDBESCHERMER of REGISSEUR");
        Voornemen v = determining.neemVoor(casusId, request.route(), request.voorgenomenOp(), gebruiker.id(),
                gebruiker.heeftEenVan(EnumSet.of(Rol.JEUGDBESCHERMER)) ? new Bepaling.Gi(gebruiker.id(), gebruiker.organisatie()) : null);
        audit.toegestaan(gebruiker, AuditEntry.Actie.AANMAKEN, CATEGORIE, casusId);
        return ResponseEntity.created(URI.create("/api/v1/casussen/" + casusId + "/bepalingen"))
                .body(new VoornemenResponse(v.voornemenId(), casusId, v.route().code(), v.voorgenomenOp(), v.vastgelegdOp(), v.vastgelegdDoor()));
    }

    @PostMapping("/api/v1/casussen/{casusId}/voornemens/{voornemenId}/raadpleging")
    @Operation(summary = "Leg het overleg van stap 1 vast, als het plaatsvond", description = "Door de jeugdbeschermer of het lokale team "
            + "(regisseur) van de gemeente van de casus: de dag waarop het lokale team geraadpleegd werd over het voornemen (route 315: met de "
            + "zorgaanbieder, met zijn AGB-code), met een korte notitie. Die dag haalt de termijn van stap 1, hoe veel later de bepaling ook "
            + "volgt. Eenmaal per voornemen; gepubliceerd als LokaalTeamGeraadpleegd.")
    @ApiResponse(responseCode = "201", description = "Het vastgelegde overleg")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt veld en regel")
    @ApiResponse(responseCode = "403", description = "Rol niet toegestaan, of de casus hoort bij een andere gemeente")
    @ApiResponse(responseCode = "404", description = "Casus of voornemen onbekend")
    @ApiResponse(responseCode = "409", description = "Het overleg is al vastgelegd (AL_GERAADPLEEGD)")
    ResponseEntity<RaadplegingResponse> raadpleeg(
            @Parameter(description = "Het id van de casus", schema = @Schema(type = "string", format = "uuid")) @PathVariable String casusId,
            @Parameter(description = "Het id van het voornemen", schema = @Schema(type = "string", format = "uuid")) @PathVariable String voornemenId,
            @RequestBody RaadplegingRequest request) {
        Gebruiker gebruiker = toegang(casusId, BEPALERS, "JEUGDBESCHERMER of REGISSEUR");
        ParameterChecks.uuid("voornemenId", voornemenId);
        if (determining.casus(casusId).voornemen(voornemenId).isEmpty()) {
            throw new VoornemenOnbekend(voornemenId);
        }
        Voornemen v = determining.raadpleeg(casusId, voornemenId, request.geraadpleegdOp(), request.agbCode(), request.notitie(), gebruiker.id(),
                gebruiker.heeftEenVan(EnumSet.of(Rol.JEUGDBESCHERMER)) ? new Bepaling.Gi(gebruiker.id(), gebruiker.organisatie()) : null);
        audit.toegestaan(gebruiker, AuditEntry.Actie.AANMAKEN, CATEGORIE, casusId);
        return ResponseEntity.created(URI.create("/api/v1/casussen/" + casusId + "/voornemens/" + voornemenId + "/raadpleging"))
                .body(RaadplegingResponse.of(casusId, v));
    }

    @GetMapping("/api/v1/casussen/{casusId}/bepalingen")
    @Operation(summary = "Lees de bepalingen jeugdhulp van een casus", description = "Voor jeugdbeschermer, regisseur, backoffice en de "
            + "aangewezen functionaris (die het akkoord op hulp buiten de contracten geeft) van de gemeente van de casus; oudste eerst.")
    @ApiResponse(responseCode = "200", description = "De bepalingen")
    @ApiResponse(responseCode = "403", description = "Rol niet toegestaan, of de casus hoort bij een andere gemeente")
    @ApiResponse(responseCode = "404", description = "De casus is (nog) niet bekend bij de jeugdhulprouting")
    BepalingenResponse lees(
            @Parameter(description = "Het id van de casus", schema = @Schema(type = "string", format = "uuid")) @PathVariable String casusId) {
        Gebruiker gebruiker = toegang(casusId, LEZERS, "JEUGDBESCHERMER, REGISSEUR, BACKOFFICE of AANGEWEZEN_FUNCTIONARIS");
        Casus casus = determining.casus(casusId);
        audit.toegestaan(gebruiker, AuditEntry.Actie.LEZEN, CATEGORIE, casusId);
        return new BepalingenResponse(casus.bepalingen().stream().map(b -> BepalingResponse.of(casusId, casus.gemeenteCode(), b)).toList());
    }

    @PostMapping("/api/v1/casussen/{casusId}/bepalingen/{bepalingId}/akkoord")
    @Operation(summary = "Geef akkoord op hulp buiten de contracten", description = "Alleen door de door de gemeente aangewezen functionaris "
            + "(rol aangewezen-functionaris) van de gemeente van de casus - niet door de backoffice (403) - met een toelichting; eenmaal, en "
            + "alleen voor een bepaling die het contractregister niet dekte.")
    @ApiResponse(responseCode = "201", description = "De bepaling met het akkoord")
    @ApiResponse(responseCode = "400", description = "Geen toelichting; invalidParams noemt het veld")
    @ApiResponse(responseCode = "403", description = "Rol niet toegestaan (alleen AANGEWEZEN_FUNCTIONARIS; ook de backoffice niet), of de casus "
            + "hoort bij een andere gemeente")
    @ApiResponse(responseCode = "404", description = "Casus of bepaling onbekend")
    @ApiResponse(responseCode = "409", description = "Gecontracteerd (GECONTRACTEERD) of al akkoord (AL_AKKOORD)")
    ResponseEntity<BepalingResponse> keurGoed(
            @Parameter(description = "Het id van de casus", schema = @Schema(type = "string", format = "uuid")) @PathVariable String casusId,
            @Parameter(description = "Het id van de bepaling", schema = @Schema(type = "string", format = "uuid")) @PathVariable String bepalingId,
            @RequestBody AkkoordRequest request) {
        Gebruiker gebruiker = toegang(casusId, EnumSet.of(Rol.AANGEWEZEN_FUNCTIONARIS), "AANGEWEZEN_FUNCTIONARIS");
        ParameterChecks.uuid("bepalingId", bepalingId);
        String toelichting = request.toelichting() == null ? "" : request.toelichting().strip();
        if (toelichting.isEmpty() || toelichting.length() > 2000) {
            throw new OngeldigeToewijzing(List.of(new nl.jeugdlink.routing.toewijzing.domain.Overtreding("toelichting", "required",
                    "Een toelichting van 1 tot 2000 tekens: waarom hulp buiten de contracten nodig is.")));
        }
        if (determining.casus(casusId).bepaling(bepalingId).isEmpty()) {
            throw new BepalingOnbekend(bepalingId);
        }
        Bepaling goedgekeurd = determining.keurGoed(casusId, bepalingId, toelichting, gebruiker.id());
        audit.toegestaan(gebruiker, AuditEntry.Actie.WIJZIGEN, CATEGORIE, casusId);
        return ResponseEntity.created(URI.create("/api/v1/casussen/" + casusId + "/bepalingen")).body(BepalingResponse.of(casusId, determining.casus(casusId).gemeenteCode(), goedgekeurd));
    }

    /** The role first, then the casus's municipality: a 403 is audited about the casus. */
    private Gebruiker toegang(String casusId, Set<Rol> rollen, String nodig) {
        Gebruiker gebruiker = Toegang.gebruiker();
        ParameterChecks.uuid("casusId", casusId);
        if (!gebruiker.heeftEenVan(rollen)) {
            throw new Toegang.Geweigerd("rol niet toegestaan: nodig is " + nodig, CATEGORIE, casusId);
        }
        String gemeente = determining.casus(casusId).gemeenteCode();
        if (!gebruiker.werktVoor(gemeente)) {
            throw new Toegang.Geweigerd("geen toegang tot gegevens van gemeente " + gemeente, CATEGORIE, casusId);
        }
        return gebruiker;
    }

    @ExceptionHandler(OngeldigeToewijzing.class)
    ResponseEntity<ProblemDetail> ongeldig(OngeldigeToewijzing e) {
        return ResponseEntity.badRequest().body(ProblemHandling.invalidInput(
                e.overtredingen().stream().map(o -> new InvalidParam(o.veld(), o.regel(), o.reden())).toList()));
    }

    @ExceptionHandler(Regelschending.class)
    ResponseEntity<ProblemDetail> regelschending(Regelschending e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemHandling.ruleBroken(URI.create("https://jeugdlink.nl/problemen/bepalingsregel"),
                "Bepalingsregel", new InvalidParam(e.veld(), e.regel(), e.getMessage())));
    }

    static final class BepalingOnbekend extends RuntimeException {
        BepalingOnbekend(String bepalingId) {
            super("Deze casus heeft geen bepaling " + bepalingId + ".");
        }
    }

    static final class VoornemenOnbekend extends RuntimeException {
        VoornemenOnbekend(String voornemenId) {
            super("Deze casus heeft geen voornemen " + voornemenId + ".");
        }
    }

    @ExceptionHandler({CasusOnbekend.class, BepalingOnbekend.class, VoornemenOnbekend.class})
    ResponseEntity<ProblemDetail> onbekend(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
