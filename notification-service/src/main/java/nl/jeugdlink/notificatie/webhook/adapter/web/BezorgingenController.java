package nl.jeugdlink.notificatie.webhook.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.jeugdlink.notificatie.webhook.application.AdresserenGebeurtenissen;
import nl.jeugdlink.notificatie.webhook.application.OpnieuwBezorgen;
import nl.jeugdlink.platform.web.InvalidParam;
import nl.jeugdlink.notificatie.webhook.domain.Abonnementen;
import nl.jeugdlink.notificatie.webhook.domain.Gebeurtenis;
import nl.jeugdlink.notificatie.webhook.domain.NietBezorgd;
import nl.jeugdlink.notificatie.webhook.domain.Tijdlijnen;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.delivery.Delivery;
import nl.jeugdlink.platform.delivery.DeliveryLog;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import nl.jeugdlink.platform.web.ProblemHandling;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The delivery log of one subscription: per feed entry that was handed to it, the event (its {@code webhook-id} and
 * type, never a payload), the status and every attempt (time, outcome, {@code HTTP <status>}), paged by the feed's
 * cursor - a page is a run of lookups by {@code _id}. The provider reads its own; a beheerder reads any provider's,
 * and its dead-letter list, to help a provider whose receiver is down (audited).
 */
@RestController
@Tag(name = "abonnementen", description = "Webhook-abonnementen van een zorgaanbieder")
class BezorgingenController {

    record Poging(int nummer, Instant begonnen, @Nullable Instant afgelopen, String uitkomst, @Nullable String fout) {
    }

    record Bezorging(String bezorgingId, long volgnummer, String webhookId, String type, String status, @Nullable String reden, List<Poging> pogingen) {
    }

    record Pagina(List<Bezorging> bezorgingen, String volgende, boolean meer) {
    }

    private final Abonnementen abonnementen;
    private final Tijdlijnen tijdlijnen;
    private final DeliveryLog bezorglog;
    private final NietBezorgd nietBezorgd;
    private final Audit audit;
    private final OpnieuwBezorgen opnieuwBezorgen;

    /** @param bezorgingIds the dead letters to send again; absent or empty: all of the subscription's */
    record OpnieuwVerzoek(@Nullable List<String> bezorgingIds) {
    }

    /** @param bezorgingIds what was sent again, in feed order */
    record OpnieuwAntwoord(int aantal, List<String> bezorgingIds) {
    }

    BezorgingenController(Abonnementen abonnementen, Tijdlijnen tijdlijnen, DeliveryLog bezorglog, NietBezorgd nietBezorgd, Audit audit,
            OpnieuwBezorgen opnieuwBezorgen) {
        this.opnieuwBezorgen = opnieuwBezorgen;
        this.abonnementen = abonnementen;
        this.tijdlijnen = tijdlijnen;
        this.bezorglog = bezorglog;
        this.nietBezorgd = nietBezorgd;
        this.audit = audit;
    }

    @GetMapping("/api/v1/abonnementen/{id}/bezorgingen")
    @Operation(summary = "Het bezorglog van uw abonnement na de cursor", description = "Per gebeurtenis de status en elke poging (tijd, uitkomst, HTTP-status).")
    ResponseEntity<Pagina> eigen(@PathVariable String id, @RequestParam(name = "na", required = false) @Nullable String na,
            @RequestParam(name = "aantal", required = false) @Nullable Integer aantal) {
        String agb = Zorgaanbieder.agbCode();
        return ResponseEntity.of(pagina(agb, id, na, aantal));
    }

    @GetMapping("/api/v1/beheer/zorgaanbieders/{agbCode}/abonnementen/{id}/bezorgingen")
    @Operation(summary = "Het bezorglog van een abonnement van een zorgaanbieder (beheerder)")
    ResponseEntity<Pagina> beheer(@PathVariable String agbCode, @PathVariable String id, @RequestParam(name = "na", required = false) @Nullable String na,
            @RequestParam(name = "aantal", required = false) @Nullable Integer aantal) {
        Gebruiker beheerder = Toegang.metRol(Rol.BEHEERDER);
        audit.toegestaan(beheerder, AuditEntry.Actie.LEZEN, "webhook-bezorgingen", agbCode + ":" + id);
        return ResponseEntity.of(pagina(agbCode, id, na, aantal));
    }

    @GetMapping("/api/v1/beheer/zorgaanbieders/{agbCode}/niet-bezorgd")
    @Operation(summary = "De dead letters van een zorgaanbieder (beheerder)", description = "Opnieuw bezorgen: per abonnement, POST .../abonnementen/{id}/niet-bezorgd/opnieuw.")
    List<Bezorging> nietBezorgd(@PathVariable String agbCode) {
        Gebruiker beheerder = Toegang.metRol(Rol.BEHEERDER);
        audit.toegestaan(beheerder, AuditEntry.Actie.LEZEN, "webhook-niet-bezorgd", agbCode);
        return nietBezorgd.van(agbCode).stream().flatMap(id -> bezorglog.find(id).stream()).map(d -> bezorging(d, null)).toList();
    }

    @PostMapping("/api/v1/beheer/zorgaanbieders/{agbCode}/abonnementen/{id}/niet-bezorgd/opnieuw")
    @Operation(summary = "Bezorg de dead letters van een abonnement opnieuw (beheerder)",
            description = "Alle dead letters van het abonnement, of de genoemde bezorgingIds, op volgorde van de feed. Elk gaat opnieuw door de "
                    + "gewone bezorging: mislukt het weer, dan komt het terug op de lijst.")
    @ApiResponse(responseCode = "202", description = "Opnieuw aangeboden; het antwoord noemt welke")
    @ApiResponse(responseCode = "400", description = "agbCode is geen AGB-code, of een bezorgingId staat niet op de lijst van het abonnement (niets opnieuw)")
    @ApiResponse(responseCode = "404", description = "De zorgaanbieder heeft geen abonnement met dit id")
    ResponseEntity<OpnieuwAntwoord> opnieuw(@PathVariable String agbCode, @PathVariable String id, @RequestBody(required = false) @Nullable OpnieuwVerzoek verzoek) {
        Gebruiker beheerder = Toegang.metRol(Rol.BEHEERDER);
        if (!AGB_CODE.matcher(agbCode).matches()) {
            throw new ProblemHandling.InvalidInputException("agbCode", "agb-code", "agbCode is een AGB-code van 8 cijfers.");
        }
        List<String> gekozen = verzoek == null ? null : verzoek.bezorgingIds();
        List<String> opnieuw;
        try {
            opnieuw = opnieuwBezorgen.voorAbonnement(agbCode, id, gekozen);
        } catch (OpnieuwBezorgen.NietOpDeLijst e) {
            throw new ProblemHandling.InvalidInputException(e.posities().stream().map(i -> new InvalidParam("bezorgingIds[" + i + "]", "niet-bezorgd",
                    "Deze bezorging staat niet op de lijst van niet-bezorgde berichten van dit abonnement.")).toList());
        }
        if (opnieuw == null) {
            return ResponseEntity.notFound().build();
        }
        // Audited per delivery sent again (the subscription when there was none): which a beheerder released, of whom.
        audit.toegestaan(beheerder, AuditEntry.Actie.WIJZIGEN, "webhook-opnieuw", opnieuw.isEmpty() ? List.of(agbCode + ":" + id) : opnieuw);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new OpnieuwAntwoord(opnieuw.size(), opnieuw));
    }

    private static final java.util.regex.Pattern AGB_CODE = java.util.regex.Pattern.compile("[0-9]{8}");

    private Optional<Pagina> pagina(String agb, String abonnementId, @Nullable String na, @Nullable Integer aantal) {
        long cursor = 0;
        if (na != null) {
            if (!na.matches("[0-9]{1,12}")) {
                throw new ProblemHandling.InvalidInputException("na", "cursor", "na is de cursor uit 'volgende' van een eerdere pagina (een getal).");
            }
            cursor = Long.parseLong(na);
        }
        int grootte = aantal == null ? GebeurtenissenController.STANDAARD : aantal;
        if (grootte < 1 || grootte > GebeurtenissenController.HOOGSTENS) {
            throw new ProblemHandling.InvalidInputException("aantal", "bereik", "aantal ligt tussen 1 en " + GebeurtenissenController.HOOGSTENS + ".");
        }
        if (abonnementen.vind(agb, abonnementId).isEmpty()) {
            return Optional.empty();
        }
        List<Gebeurtenis> feed = tijdlijnen.na(agb, cursor, grootte + 1);
        boolean meer = feed.size() > grootte;
        List<Gebeurtenis> deze = meer ? feed.subList(0, grootte) : feed;
        List<Bezorging> bezorgingen = new ArrayList<>();
        for (Gebeurtenis g : deze) {
            bezorglog.find(AdresserenGebeurtenissen.bezorgingId(agb, g.volgnummer(), abonnementId)).ifPresent(d -> bezorgingen.add(bezorging(d, g)));
        }
        long volgende = deze.isEmpty() ? cursor : deze.getLast().volgnummer();
        return Optional.of(new Pagina(bezorgingen, Long.toString(volgende), meer));
    }

    private Bezorging bezorging(Delivery d, @Nullable Gebeurtenis g) {
        long volgnummer = Long.parseLong(d.id().split(":", 4)[2]);
        Gebeurtenis gebeurtenis = g != null ? g : tijdlijnen.vind(d.id().split(":", 4)[1], volgnummer).orElse(null);
        return new Bezorging(d.id(), volgnummer, gebeurtenis == null ? "" : gebeurtenis.id(), gebeurtenis == null ? d.label() : gebeurtenis.type(),
                d.status().name(), d.reason(), d.attempts().stream()
                        .map(p -> new Poging(p.number(), p.startedAt(), p.endedAt(), p.outcome().name(), p.error())).toList());
    }
}
