package nl.jeugdlink.notificatie.contactpersoon.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.jeugdlink.notificatie.contactpersoon.application.ManagingContactpersonen;
import nl.jeugdlink.notificatie.contactpersoon.domain.Contactpersoon;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import nl.jeugdlink.platform.web.InvalidParam;
import nl.jeugdlink.platform.web.ProblemHandling.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contact directory, for a beheerder. A beheerder sees and changes the entries of people who
 * work for one of the beheerder's municipalities, and adds or removes only municipalities of their own.
 */
@RestController
@RequestMapping("/api/v1/contactpersonen")
@Tag(name = "contactpersonen", description = "Het adresboek van professionals aan wie JeugdLink berichten stuurt")
class ContactpersoonController {

    /** @param organisatie optional: the organisation's code as the token's claim names it ({@code GECERTIFICEERDE_INSTELLING}) */
    record ContactpersoonRequest(@Nullable String naam, @Nullable String email, @Nullable String rol, @Nullable List<String> gemeenten,
            @Nullable String organisatie) {
    }

    record ContactpersoonResponse(String medewerkerId, String naam, String email, String rol, List<String> gemeenten, @Nullable String organisatie) {

        static ContactpersoonResponse of(Contactpersoon c) {
            return new ContactpersoonResponse(c.medewerkerId(), c.naam(), c.email(), c.rol(), c.gemeenten(), c.organisatie());
        }
    }

    private final ManagingContactpersonen beheer;
    private final Audit audit;

    ContactpersoonController(ManagingContactpersonen beheer, Audit audit) {
        this.beheer = beheer;
        this.audit = audit;
    }

    @GetMapping("/{medewerkerId}")
    @Operation(summary = "Een contactpersoon")
    @ApiResponse(responseCode = "200", description = "Naam, e-mailadres, rol, gemeenten en organisatie")
    @ApiResponse(responseCode = "404", description = "Geen contactpersoon met dit id")
    ContactpersoonResponse lees(@Parameter(description = "Het (pseudonieme) medewerker-id") @PathVariable String medewerkerId) {
        Gebruiker gebruiker = Toegang.metRol(Rol.BEHEERDER);
        Contactpersoon contactpersoon = beheer.vind(medewerkerId).orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
        if (!contactpersoon.werktVoorEenVan(gebruiker.gemeenten())) {
            throw new AccessDeniedException("contactpersoon werkt niet voor een gemeente van de beheerder");
        }
        audit.toegestaan(gebruiker, AuditEntry.Actie.LEZEN, "contactpersoon", medewerkerId);
        return ContactpersoonResponse.of(contactpersoon);
    }

    @PutMapping("/{medewerkerId}")
    @Operation(summary = "Een contactpersoon vastleggen of wijzigen")
    @ApiResponse(responseCode = "200", description = "Gewijzigd")
    @ApiResponse(responseCode = "201", description = "Nieuw vastgelegd")
    @ApiResponse(responseCode = "400", description = "Een veld voldoet niet aan de regels; invalidParams noemt welk veld en welke regel")
    ResponseEntity<ContactpersoonResponse> legVast(@Parameter(description = "Het (pseudonieme) medewerker-id") @PathVariable String medewerkerId,
            @RequestBody ContactpersoonRequest body) {
        Gebruiker gebruiker = Toegang.metRol(Rol.BEHEERDER);
        Contactpersoon nieuw;
        try {
            nieuw = Contactpersoon.of(medewerkerId, body.naam(), body.email(), body.rol(), body.gemeenten(), body.organisatie());
        } catch (Contactpersoon.OngeldigeContactpersoon e) {
            throw new InvalidInputException(e.fouten().stream().map(f -> new InvalidParam(f.veld(), f.regel(), f.reden())).toList());
        }
        var bestaand = beheer.vind(medewerkerId);
        if (bestaand.isPresent() && !bestaand.get().werktVoorEenVan(gebruiker.gemeenten())) {
            throw new AccessDeniedException("contactpersoon werkt niet voor een gemeente van de beheerder");
        }
        Set<String> gewijzigd = verschil(bestaand.map(Contactpersoon::gemeenten).orElse(List.of()), nieuw.gemeenten());
        if (!gebruiker.gemeenten().containsAll(gewijzigd)) {
            throw new AccessDeniedException("een beheerder voegt alleen eigen gemeenten toe of haalt ze weg");
        }
        beheer.legVast(nieuw);
        boolean aangemaakt = bestaand.isEmpty();
        audit.toegestaan(gebruiker, aangemaakt ? AuditEntry.Actie.AANMAKEN : AuditEntry.Actie.WIJZIGEN, "contactpersoon", medewerkerId);
        return ResponseEntity.status(aangemaakt ? HttpStatus.CREATED : HttpStatus.OK).body(ContactpersoonResponse.of(nieuw));
    }

    /** The municipalities added or removed. */
    private static Set<String> verschil(List<String> voor, List<String> na) {
        Set<String> verschil = new HashSet<>(voor);
        verschil.addAll(na);
        Set<String> beide = new HashSet<>(voor);
        beide.retainAll(na);
        verschil.removeAll(beide);
        return verschil;
    }
}
