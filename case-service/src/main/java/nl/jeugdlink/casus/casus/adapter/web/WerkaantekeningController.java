package nl.jeugdlink.casus.casus.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import nl.jeugdlink.casus.casus.adapter.web.CasusRequests.WerkaantekeningRequest;
import nl.jeugdlink.casus.casus.application.RecordingWerkaantekeningen;
import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.Casusbetrokkenen;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.casus.casus.domain.Werkaantekening;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A professional's own working notes (003:50-51): not part of the dossier, so not in the casus,
 * not in an event; each author sees their own notes only, whoever else asks.
 */
@RestController
@RequestMapping("/api/v1/casussen/{casusId}/werkaantekeningen")
@Tag(name = "werkaantekeningen", description = "Eigen werkaantekeningen bij een casus, alleen zichtbaar voor de auteur")
class WerkaantekeningController extends CasusApi {

    record WerkaantekeningResponse(String id, String tekst, Instant vastgelegdOp) {

        static WerkaantekeningResponse of(Werkaantekening w) {
            return new WerkaantekeningResponse(w.id(), w.tekst(), w.vastgelegdOp());
        }
    }

    private final RecordingWerkaantekeningen werkaantekenen;

    WerkaantekeningController(Casussen casussen, Casusbetrokkenen betrokkenen, RecordingWerkaantekeningen werkaantekenen, Audit audit) {
        super(casussen, betrokkenen, audit);
        this.werkaantekenen = werkaantekenen;
    }

    @PostMapping
    @Operation(summary = "Schrijf een eigen werkaantekening", description = "Versleuteld opgeslagen; alleen de auteur leest haar terug.")
    @ApiResponse(responseCode = "201", description = "De werkaantekening")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt het veld")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit id")
    @ApiResponse(responseCode = "409", description = "De casus is afgesloten")
    ResponseEntity<WerkaantekeningResponse> schrijf(@CasusIdParameter @PathVariable String casusId,
            @Valid @RequestBody WerkaantekeningRequest request) {
        Gebruiker gebruiker = Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL, Rol.GEDRAGSWETENSCHAPPER, Rol.TEAMLEIDER);
        Casus casus = laad(casusId, gebruiker, "werkaantekening");
        Werkaantekening aantekening = werkaantekenen.schrijf(casus, gebruiker.id(), request.tekst());
        audit.toegestaan(gebruiker, AuditEntry.Actie.AANMAKEN, "werkaantekening", casus.id().toString());
        return ResponseEntity.created(adres(casus.id(), "/werkaantekeningen/" + aantekening.id())).body(WerkaantekeningResponse.of(aantekening));
    }

    @GetMapping
    @Operation(summary = "Lijst de eigen werkaantekeningen", description = "Alleen die van de aangemelde gebruiker; die van anderen nooit.")
    @ApiResponse(responseCode = "200", description = "De eigen werkaantekeningen, oudste eerst")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit id")
    ResponseEntity<List<WerkaantekeningResponse>> eigen(@CasusIdParameter @PathVariable String casusId) {
        Gebruiker gebruiker = Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL, Rol.GEDRAGSWETENSCHAPPER, Rol.TEAMLEIDER);
        // Only who is involved is needed here, not the casus (and its decrypted conversations).
        CasusId id = toegang(casusId, gebruiker, "werkaantekening");
        audit.toegestaan(gebruiker, AuditEntry.Actie.LEZEN, "werkaantekening", id.toString());
        return ResponseEntity.ok(werkaantekenen.eigen(id, gebruiker.id()).stream().map(WerkaantekeningResponse::of).toList());
    }
}
