package nl.jeugdlink.casus.casus.adapter.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import nl.jeugdlink.casus.casus.adapter.web.CasusRequests.GesprekRequest;
import nl.jeugdlink.casus.casus.application.ChangingCasus;
import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.CasusEvent;
import nl.jeugdlink.casus.casus.domain.Casusbetrokkenen;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.casus.casus.domain.Gesprek;
import nl.jeugdlink.casus.casus.domain.Kindcontact;
import nl.jeugdlink.casus.casus.domain.Samenvatting;
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
 * The conversations of a casus (000:177-189). The written summary is personal data: stored
 * encrypted, shown only here to the people involved in the casus (ADR 0017), never in an event or a log line; every read is
 * audited.
 */
@RestController
@RequestMapping("/api/v1/casussen/{casusId}/gesprekken")
@Tag(name = "gesprekken", description = "Gesprekken van een casus, met kindcontact en het schriftelijke verslag")
class GesprekController extends CasusApi {

    record GesprekResponse(String gesprekId, String soort, Instant gehoudenOp, List<String> professionals, boolean gezinAanwezig,
            List<KindcontactResponse> kindcontacten, boolean netwerkUitgenodigd, boolean verslagGedeeldMetGezin, String samenvatting,
            String vastgelegdDoor, Instant vastgelegdOp, boolean eersteContact, List<KindmeningResponse> kindmeningen) {

        /** With the child's own opinions recorded in this conversation (dossier entries of the child, opinion). */
        static GesprekResponse of(Gesprek g, Casus c) {
            return new GesprekResponse(g.gesprekId(), g.soort().name(), g.gehoudenOp(), g.professionals(), g.gezinAanwezig(),
                    g.kindcontacten().stream().map(k -> new KindcontactResponse(k.kindId(), k.gezien(), k.gesproken())).toList(),
                    g.netwerkUitgenodigd(), g.verslagGedeeldMetGezin(), g.samenvatting().tekst(), g.vastgelegdDoor(), g.vastgelegdOp(),
                    g.gesprekId().equals(c.eersteContactGesprekId()),
                    c.dossieritems().stream().filter(i -> i.meningVanKind() && g.gesprekId().equals(i.gesprekId()))
                            .map(i -> new KindmeningResponse(String.valueOf(i.kindId()), i.tekst(), i.id())).toList());
        }
    }

    /** A child's own opinion, as said in the conversation. */
    record KindmeningResponse(String kindId, String mening, String dossieritemId) {
    }

    record KindcontactResponse(String kindId, boolean gezien, boolean gesproken) {
    }

    private final ChangingCasus changing;
    private final MeterRegistry meters;

    GesprekController(Casussen casussen, Casusbetrokkenen betrokkenen, ChangingCasus changing, Audit audit, MeterRegistry meters) {
        super(casussen, betrokkenen, audit);
        this.changing = changing;
        this.meters = meters;
    }

    @PostMapping
    @Operation(summary = "Leg een gesprek vast", description = "Meldt GesprekVastgelegd (zonder het verslag); het eerste gesprek met het "
            + "gezin erbij meldt ook EersteContactGelegd, één keer per casus. Kindcontacten noemen kinderen uit de screening.")
    @ApiResponse(responseCode = "201", description = "Het vastgelegde gesprek")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt het veld")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit id")
    @ApiResponse(responseCode = "409", description = "De casus is afgesloten, of gelijktijdig gewijzigd")
    ResponseEntity<GesprekResponse> legVast(@CasusIdParameter @PathVariable String casusId, @Valid @RequestBody GesprekRequest request) {
        Gebruiker gebruiker = Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL);
        var kindcontacten = request.kindcontacten() == null ? List.<Kindcontact>of()
                : request.kindcontacten().stream().map(k -> new Kindcontact(k.kindId(), k.gezien(), k.gesproken())).toList();
        var nieuw = new Casus.NieuwGesprek(request.soort(), request.gehoudenOp(), request.professionals(), request.gezinAanwezig(), kindcontacten,
                request.netwerkUitgenodigd(), request.verslagGedeeldMetGezin(), new Samenvatting(request.samenvatting()));
        var resultaat = wijzig(casusId, gebruiker, AuditEntry.Actie.AANMAKEN, "gesprek", (id, door) -> changing.legGesprekVast(id, nieuw, door));
        Casus casus = resultaat.casus();
        Gesprek gesprek = resultaat.events().stream().filter(CasusEvent.GesprekVastgelegd.class::isInstance)
                .map(e -> ((CasusEvent.GesprekVastgelegd) e).gesprek()).findFirst().orElseThrow();
        meters.counter("jeugdlink.gesprekken.vastgelegd", "soort", gesprek.soort().name()).increment();
        if (resultaat.events().stream().anyMatch(CasusEvent.EersteContactGelegd.class::isInstance)) {
            meters.counter("jeugdlink.casus.eerste-contacten", "gemeente", casus.gemeenteCode()).increment();
        }
        return ResponseEntity.created(adres(casus.id(), "/gesprekken/" + gesprek.gesprekId())).body(GesprekResponse.of(gesprek, casus));
    }

    @GetMapping
    @Operation(summary = "Lijst de gesprekken van een casus", description = "Met het verslag, ontsleuteld; elke lezing komt in het auditlog.")
    @ApiResponse(responseCode = "200", description = "De gesprekken, oudste eerst")
    @ApiResponse(responseCode = "400", description = "Het id is geen UUID")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit id")
    ResponseEntity<List<GesprekResponse>> lijst(@CasusIdParameter @PathVariable String casusId) {
        Gebruiker gebruiker = Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL, Rol.GEDRAGSWETENSCHAPPER, Rol.TEAMLEIDER);
        Casus casus = lees(casusId, gebruiker, "gesprek");
        return ResponseEntity.ok(casus.gesprekken().stream().map(g -> GesprekResponse.of(g, casus)).toList());
    }
}
