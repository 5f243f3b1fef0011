package nl.jeugdlink.intake.aanmelding.adapter.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.jeugdlink.intake.aanmelding.application.ReceivingAanmelding;
import nl.jeugdlink.intake.aanmelding.domain.Aanmelding;
import nl.jeugdlink.intake.aanmelding.domain.AanmeldingGeweigerd;
import nl.jeugdlink.intake.aanmelding.domain.Bsn;
import nl.jeugdlink.intake.aanmelding.domain.AanmeldingId;
import nl.jeugdlink.intake.aanmelding.domain.Aanmeldingen;
import nl.jeugdlink.intake.aanmelding.domain.Gemeente;
import nl.jeugdlink.intake.aanmelding.domain.Minderjarige;
import nl.jeugdlink.intake.aanmelding.domain.Toestemming;
import nl.jeugdlink.intake.aanmelding.domain.Verwijzer;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import nl.jeugdlink.platform.web.InvalidParam;
import nl.jeugdlink.platform.web.ProblemHandling.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/aanmeldingen")
@Tag(name = "aanmeldingen", description = "Aanmeldingen bij JeugdLink en de zorgtafel, en anonieme consulten")
class AanmeldingController {

    private final ReceivingAanmelding receiving;
    private final Aanmeldingen aanmeldingen;
    private final MeterRegistry meters;
    private final Audit audit;

    AanmeldingController(ReceivingAanmelding receiving, Aanmeldingen aanmeldingen, MeterRegistry meters, Audit audit) {
        this.receiving = receiving;
        this.aanmeldingen = aanmeldingen;
        this.meters = meters;
        this.audit = audit;
    }

    @PostMapping
    @Operation(summary = "Meld een gezin aan", description = "Slaat de aanmelding op en meldt AanmeldingOntvangen. "
            + "Met dezelfde Idempotency-Key levert een herhaalde aanvraag dezelfde aanmelding op.")
    @ApiResponse(responseCode = "201", description = "Aanmelding opgeslagen")
    @ApiResponse(responseCode = "200", description = "Deze aanmelding bestond al (herhaling met dezelfde Idempotency-Key)")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt elk veld en de regel")
    @ApiResponse(responseCode = "413", description = "De body is te groot")
    ResponseEntity<AanmeldingResponse> meldAan(
            @Valid @RequestBody AanmeldingRequest request,
            @Parameter(description = "Sleutel van de client om een aanvraag veilig te herhalen",
                    schema = @Schema(type = "string", minLength = 1, maxLength = 128))
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
        Gebruiker gebruiker = Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL);
        Gemeente gemeente = Gemeente.metCbsCode(request.gemeenteCode()).orElseThrow(() -> new InvalidInputException(
                "gemeenteCode", "gemeente", "Geen gemeente van jeugdhulpregio FoodValley: " + request.gemeenteCode()));
        Toegang.voorGemeente(gebruiker, gemeente.cbsCode());
        if (!gebruiker.id().equals(request.verwijzer().medewerkerId())) {
            // The referrer is who the token says, never who the body claims to be.
            throw new InvalidInputException("verwijzer.medewerkerId", "aangemeldeGebruiker", "De verwijzer is de aangemelde gebruiker.");
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 128)) {
            throw new InvalidInputException("Idempotency-Key", "size", "Tussen 1 en 128 tekens.");
        }
        var verwijzer = new Verwijzer(request.verwijzer().organisatie(), request.verwijzer().medewerkerId(), request.verwijzer().email());
        var toestemming = new Toestemming(request.toestemming().gegeven(), request.toestemming().datum(), request.toestemming().vastgelegdDoor());
        List<Minderjarige> minderjarigen = minderjarigen(request);
        try {
            var resultaat = receiving.receive(new ReceivingAanmelding.NieuweAanmelding(
                    gemeente, request.soort(), verwijzer, toestemming, minderjarigen, request.vraag(), idempotencyKey));
            var aanmelding = resultaat.aanmelding();
            audit.toegestaan(gebruiker, resultaat.nieuw() ? AuditEntry.Actie.AANMAKEN : AuditEntry.Actie.LEZEN, "aanmelding", aanmelding.id().toString());
            if (!resultaat.nieuw()) {
                return ResponseEntity.ok(AanmeldingResponse.of(aanmelding));
            }
            meters.counter("jeugdlink.aanmeldingen.ontvangen",
                    "soort", aanmelding.soort().name(),
                    "verwijzer", aanmelding.verwijzer().organisatie().name(),
                    "gemeente", aanmelding.gemeente().cbsCode()).increment();
            return ResponseEntity.created(URI.create("/api/v1/aanmeldingen/" + aanmelding.id())).body(AanmeldingResponse.of(aanmelding));
        } catch (ReceivingAanmelding.SleutelHergebruikt e) {
            throw new InvalidInputException("Idempotency-Key", "hergebruikt",
                    "Deze sleutel is al gebruikt voor een aanmelding met andere inhoud; gebruik een nieuwe sleutel.");
        } catch (AanmeldingGeweigerd e) {
            throw new InvalidInputException(e.schendingen().stream().map(s -> new InvalidParam(s.veld(), s.regel(), s.uitleg())).toList());
        }
    }

    /**
     * Reading a referral held by another organisation is sharing data: its legal ground is the
     * parents' consent (a referral without consent holds no personal data to share).
     */
    private static @Nullable String grondslagVanDelen(Gebruiker gebruiker, Aanmelding aanmelding) {
        if (aanmelding.verwijzer().organisatie().name().equals(gebruiker.organisatie())) {
            return null;
        }
        var toestemming = aanmelding.toestemming();
        return toestemming.gegeven()
                ? "gedeeld met " + gebruiker.organisatie() + "; grondslag: toestemming ouders van " + toestemming.datum()
                        + ", vastgelegd door " + toestemming.vastgelegdDoor()
                : "gedeeld met " + gebruiker.organisatie() + "; anoniem consult zonder persoonsgegevens";
    }

    private static List<Minderjarige> minderjarigen(AanmeldingRequest request) {
        if (request.minderjarigen() == null) {
            return List.of();
        }
        List<InvalidParam> ongeldig = new java.util.ArrayList<>();
        List<Minderjarige> minderjarigen = new java.util.ArrayList<>();
        for (int i = 0; i < request.minderjarigen().size(); i++) {
            var m = request.minderjarigen().get(i);
            if (m.bsn() != null && !Bsn.geldig(m.bsn())) {
                ongeldig.add(new InvalidParam("minderjarigen[" + i + "].bsn", "elfproef", "Dit is geen geldig BSN: negen cijfers die de elfproef doorstaan."));
                continue;
            }
            minderjarigen.add(new Minderjarige(m.geboortedatum(), m.bsn() == null ? null : new Bsn(m.bsn())));
        }
        if (!ongeldig.isEmpty()) {
            throw new InvalidInputException(ongeldig);
        }
        return minderjarigen;
    }

    @GetMapping("/{aanmeldingId}")
    @Operation(summary = "Haal een aanmelding op")
    @ApiResponse(responseCode = "200", description = "De aanmelding",
            content = @Content(schema = @Schema(implementation = AanmeldingResponse.class)))
    @ApiResponse(responseCode = "400", description = "Het id is geen UUID")
    @ApiResponse(responseCode = "404", description = "Geen aanmelding met dit id")
    ResponseEntity<?> haalOp(
            @Parameter(description = "Het id van de aanmelding", schema = @Schema(type = "string", format = "uuid"))
            @PathVariable String aanmeldingId) {
        Gebruiker gebruiker = Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL, Rol.GEDRAGSWETENSCHAPPER, Rol.TEAMLEIDER);
        UUID id;
        try {
            id = UUID.fromString(aanmeldingId);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("aanmeldingId", "uuid", "Een aanmelding-id is een UUID.");
        }
        return aanmeldingen.find(new AanmeldingId(id))
                .<ResponseEntity<?>>map(a -> {
                    Toegang.voorGemeente(gebruiker, a.gemeente().cbsCode());
                    audit.toegestaan(gebruiker, AuditEntry.Actie.LEZEN, "aanmelding", a.id().toString(), grondslagVanDelen(gebruiker, a));
                    return ResponseEntity.ok(AanmeldingResponse.of(a));
                })
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Geen aanmelding met id " + id)));
    }
}
