package nl.jeugdlink.intake.aanmelding.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.jeugdlink.intake.aanmelding.application.ReceivingAanmelding;
import nl.jeugdlink.intake.aanmelding.domain.Aanmelding;
import nl.jeugdlink.intake.aanmelding.domain.AanmeldingGeweigerd;
import nl.jeugdlink.intake.aanmelding.domain.Bsn;
import nl.jeugdlink.intake.aanmelding.domain.AanmeldingId;
import nl.jeugdlink.intake.aanmelding.domain.Aanmeldingen;
import nl.jeugdlink.intake.aanmelding.domain.Formulier;
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
    private final IntakeMonitoring monitoring;
    private final Audit audit;

    AanmeldingController(ReceivingAanmelding receiving, Aanmeldingen aanmeldingen, IntakeMonitoring monitoring, Audit audit) {
        this.receiving = receiving;
        this.aanmeldingen = aanmeldingen;
        this.monitoring = monitoring;
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
        var v = request.verwijzer();
        var verwijzer = new Verwijzer(v.organisatie(), v.medewerkerId(), v.naam().strip(), v.telefoon().strip(), v.email().strip());
        var toestemming = new Toestemming(request.toestemming().gegeven(), request.toestemming().datum(), request.toestemming().vastgelegdDoor());
        Formulier formulier = formulier(request);
        try {
            var resultaat = receiving.receive(new ReceivingAanmelding.NieuweAanmelding(
                    gemeente, request.soort(), verwijzer, toestemming, formulier, request.vraag(), idempotencyKey));
            var aanmelding = resultaat.aanmelding();
            audit.toegestaan(gebruiker, resultaat.nieuw() ? AuditEntry.Actie.AANMAKEN : AuditEntry.Actie.LEZEN, "aanmelding", aanmelding.id().toString());
            if (!resultaat.nieuw()) {
                return ResponseEntity.ok(AanmeldingResponse.of(aanmelding));
            }
            monitoring.ontvangen(aanmelding);
            return ResponseEntity.created(URI.create("/api/v1/aanmeldingen/" + aanmelding.id())).body(AanmeldingResponse.of(aanmelding));
        } catch (ReceivingAanmelding.SleutelHergebruikt e) {
            throw new InvalidInputException("Idempotency-Key", "hergebruikt",
                    "Deze sleutel is al gebruikt voor een aanmelding met andere inhoud; gebruik een nieuwe sleutel.");
        } catch (AanmeldingGeweigerd e) {
            throw Regelschendingen.alsOngeldigeInvoer(e);
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

    private static Formulier formulier(AanmeldingRequest request) {
        List<InvalidParam> ongeldig = new ArrayList<>();
        List<Minderjarige> minderjarigen = new ArrayList<>();
        var kinderen = lijst(request.minderjarigen());
        for (int i = 0; i < kinderen.size(); i++) {
            var m = kinderen.get(i);
            if (m.bsn() != null && !Bsn.geldig(m.bsn())) {
                ongeldig.add(new InvalidParam("minderjarigen[" + i + "].bsn", "elfproef", "Dit is geen geldig BSN: negen cijfers die de elfproef doorstaan."));
                continue;
            }
            // The real kindId is derived from the referral's id when it is received (Formulier.metKindIdsVan).
            minderjarigen.add(new Minderjarige(UUID.randomUUID(), m.naam().strip(), m.geboortedatum(), m.geboorteland(),
                    m.bsn() == null ? null : new Bsn(m.bsn()), contact(m.adres(), m.telefoon(), m.email())));
        }
        if (!ongeldig.isEmpty()) {
            throw new InvalidInputException(ongeldig);
        }
        return new Formulier(
                minderjarigen,
                lijst(request.gezinsleden()).stream().map(g -> new Formulier.Gezinslid(g.relatie(), g.naam().strip(), g.geboortedatum(),
                        g.geboorteland(), contact(g.adres(), g.telefoon(), g.email()), g.gezag())).toList(),
                request.verblijftBij() == null || request.verblijftBij().isBlank() ? null : request.verblijftBij().strip(),
                lijst(request.instanties()).stream().map(i -> new Formulier.Instantie(i.naam().strip(), i.betrokkene(),
                        contact(i.adres(), i.telefoon(), i.email()))).toList(),
                request.jeugdlink() == null ? null : request.jeugdlink().toDomain(),
                request.zorgtafel() == null ? null : request.zorgtafel().toDomain(),
                request.problematiek() == null ? Set.of() : request.problematiek());
    }

    private static Formulier.Contact contact(AanmeldingRequest.@Nullable AdresRequest adres, @Nullable String telefoon, @Nullable String email) {
        return new Formulier.Contact(adres == null ? null : adres.toDomain(), telefoon, email);
    }

    private static <T> List<T> lijst(@Nullable List<T> lijst) {
        return lijst == null ? List.of() : lijst;
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
