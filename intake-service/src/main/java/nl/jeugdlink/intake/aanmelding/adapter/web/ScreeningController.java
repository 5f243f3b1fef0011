package nl.jeugdlink.intake.aanmelding.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import nl.jeugdlink.intake.aanmelding.application.ScreeningAanmelding;
import nl.jeugdlink.intake.aanmelding.domain.Aanmelding;
import nl.jeugdlink.intake.aanmelding.domain.AanmeldingGeweigerd;
import nl.jeugdlink.intake.aanmelding.domain.AanmeldingId;
import nl.jeugdlink.intake.aanmelding.domain.Gemeente;
import nl.jeugdlink.intake.aanmelding.domain.BesluitNietMogelijk;
import nl.jeugdlink.intake.aanmelding.domain.Screening;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import nl.jeugdlink.platform.web.ProblemHandling.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The screening of referrals by the gedragswetenschapper and the teamleider (seed 000:163, 000:199):
 * the decision, the startoverleg, and the caseload of the professionals they consider coupling.
 */
@RestController
@Tag(name = "screening", description = "Screening van aanmeldingen, startoverleg en caseload")
class ScreeningController {

    private final ScreeningAanmelding screening;
    private final IntakeMonitoring monitoring;
    private final Audit audit;

    ScreeningController(ScreeningAanmelding screening, IntakeMonitoring monitoring, Audit audit) {
        this.screening = screening;
        this.monitoring = monitoring;
        this.audit = audit;
    }

    /** The caseload of one professional: referrals coupled to them whose casus is still open. */
    record Caseload(String medewerkerId, long openAanmeldingen) {
    }


    @PostMapping("/api/v1/aanmeldingen/{aanmeldingId}/screening")
    @Operation(summary = "Leg het besluit van de screening vast",
            description = "Accepteren koppelt JeugdLink-professionals (AanmeldingGescreend); afwijzen vraagt een reden (AanmeldingAfgewezen). "
                    + "Gedragswetenschapper en teamleider screenen samen; wie het vastlegt is één van beiden.")
    @ApiResponse(responseCode = "201", description = "Besluit vastgelegd")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt elk veld en de regel")
    @ApiResponse(responseCode = "404", description = "Geen aanmelding met dit id")
    @ApiResponse(responseCode = "409", description = "De aanmelding is al gescreend")
    ResponseEntity<AanmeldingResponse> screen(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable String aanmeldingId,
            @Valid @RequestBody ScreeningRequest request) {
        Gebruiker gebruiker = Toegang.metRol(Rol.GEDRAGSWETENSCHAPPER, Rol.TEAMLEIDER);
        AanmeldingId id = id(aanmeldingId);
        if (!gebruiker.id().equals(request.gedragswetenschapperId()) && !gebruiker.id().equals(request.teamleiderId())) {
            // Who records the decision is one of the two screeners, as the token says.
            throw new InvalidInputException("gedragswetenschapperId", "aangemeldeGebruiker",
                    "De aangemelde gebruiker is de gedragswetenschapper of de teamleider van deze screening.");
        }
        var koppelingen = request.koppelingen() == null ? List.<Screening.Koppeling>of()
                : request.koppelingen().stream().map(k -> new Screening.Koppeling(k.medewerkerId(), k.expertise())).toList();
        if (request.besluit() == Screening.Besluit.AFWIJZEN && !koppelingen.isEmpty()) {
            throw new InvalidInputException("koppelingen", "afwijzen", "Bij afwijzen wordt niemand gekoppeld.");
        }
        Aanmelding na = uitvoeren(() -> screening.besluit(id, new ScreeningAanmelding.Besluit(request.besluit(), request.gedragswetenschapperId(),
                request.teamleiderId(), koppelingen, request.reden(), request.toelichting()), gebruiker.id(), toegang(gebruiker)), id);
        audit.toegestaan(gebruiker, AuditEntry.Actie.WIJZIGEN, "aanmelding", id.toString());
        monitoring.gescreend(na);
        // The screeners look at caseloads before they couple (GET /api/v1/caseloads); the answer here is the referral.
        return ResponseEntity.status(HttpStatus.CREATED).body(AanmeldingResponse.of(na));
    }

    @PostMapping("/api/v1/aanmeldingen/{aanmeldingId}/startoverleg")
    @Operation(summary = "Plan het startoverleg", description = "Na acceptatie: verwijzer, gedragswetenschapper en gekoppelde professionals (StartoverlegGepland).")
    @ApiResponse(responseCode = "201", description = "Startoverleg gepland")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt elk veld en de regel")
    @ApiResponse(responseCode = "404", description = "Geen aanmelding met dit id")
    @ApiResponse(responseCode = "409", description = "De aanmelding is niet geaccepteerd")
    ResponseEntity<AanmeldingResponse> planStartoverleg(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable String aanmeldingId,
            @Valid @RequestBody StartoverlegRequest request) {
        Gebruiker gebruiker = Toegang.metRol(Rol.GEDRAGSWETENSCHAPPER, Rol.TEAMLEIDER);
        AanmeldingId id = id(aanmeldingId);
        Aanmelding na = uitvoeren(() -> screening.planStartoverleg(id, request.geplandOp(), request.deelnemers(), gebruiker.id(), toegang(gebruiker)), id);
        audit.toegestaan(gebruiker, AuditEntry.Actie.WIJZIGEN, "aanmelding", id.toString());
        return ResponseEntity.status(HttpStatus.CREATED).body(AanmeldingResponse.of(na));
    }

    @GetMapping("/api/v1/caseloads")
    @Operation(summary = "Caseload van professionals", description = "Per professional het aantal gekoppelde aanmeldingen waarvan de casus nog open is.")
    @ApiResponse(responseCode = "200", description = "De caseload per gevraagde professional")
    @ApiResponse(responseCode = "400", description = "Geen of te veel medewerkerId's")
    ResponseEntity<List<Caseload>> caseload(@Parameter(description = "Eén of meer medewerker-id's (ten hoogste 50)")
            @RequestParam(name = "medewerkerId", required = false) List<String> medewerkerIds) {
        Toegang.metRol(Rol.GEDRAGSWETENSCHAPPER, Rol.TEAMLEIDER);
        if (medewerkerIds == null || medewerkerIds.isEmpty() || medewerkerIds.size() > 50) {
            throw new InvalidInputException("medewerkerId", "size", "Vraag naar 1 tot 50 medewerkers.");
        }
        for (String m : medewerkerIds) {
            if (!m.matches("[A-Za-z0-9._:-]{1,64}")) {
                throw new InvalidInputException("medewerkerId", "pattern", "Een medewerker-id bestaat uit letters, cijfers en . _ : -");
            }
        }
        return ResponseEntity.ok(screening.caseload(medewerkerIds).entrySet().stream().map(e -> new Caseload(e.getKey(), e.getValue())).toList());
    }

    /** Need-to-know: a 403 unless the user works for the referral's municipality; checked on the referral the change loads. */
    private static Consumer<Gemeente> toegang(Gebruiker gebruiker) {
        return gemeente -> Toegang.voorGemeente(gebruiker, gemeente.cbsCode());
    }

    private static Aanmelding uitvoeren(java.util.function.Supplier<java.util.Optional<Aanmelding>> stap, AanmeldingId id) {
        try {
            return stap.get().orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND,
                    ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Geen aanmelding met id " + id), null));
        } catch (AanmeldingGeweigerd e) {
            throw Regelschendingen.alsOngeldigeInvoer(e);
        } catch (BesluitNietMogelijk e) {
            throw new ErrorResponseException(HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()), e);
        }
    }

    static AanmeldingId id(String aanmeldingId) {
        try {
            return new AanmeldingId(UUID.fromString(aanmeldingId));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("aanmeldingId", "uuid", "Een aanmelding-id is een UUID.");
        }
    }
}
