package nl.jeugdlink.platform.deadletter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry.Actie;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The beheerder's view of this service's dead-letter topics: depth per binding, the records without personal data, and replay. */
@RestController
@RequestMapping("/api/v1/dead-letters")
@Tag(name = "dead-letters", description = "Berichten die een consumer van deze service weigerde: hoeveel, welke, en opnieuw aanbieden na een herstel")
class DeadLetterController {

    private static final int MAX = 200;

    private final DeadLetterQueues queues;
    private final Audit audit;

    DeadLetterController(DeadLetterQueues queues, Audit audit) {
        this.queues = queues;
        this.audit = audit;
    }

    record Wachtrij(String binding, String topic, long diepte) {
    }

    record Wachtrijinhoud(String binding, String topic, long diepte, List<DeadLetterQueues.DeadLetter> berichten) {
    }

    record Herhaling(String binding, String topic, int opnieuwAangeboden) {
    }

    @GetMapping
    @Operation(summary = "De dead-letter-topics van deze service, met het aantal nog niet opnieuw aangeboden berichten")
    @ApiResponse(responseCode = "200", description = "Per consumer-binding")
    ResponseEntity<?> lijst() {
        Gebruiker beheerder = Toegang.metRol(Rol.BEHEERDER);
        List<Wachtrij> lijst = new ArrayList<>();
        try {
            for (DeadLetterQueues.Queue queue : queues.queues()) {
                lijst.add(new Wachtrij(queue.binding(), queue.topic(), queues.depth(queue)));
            }
        } catch (TimeoutException e) {
            return unavailable(e);
        }
        audit.toegestaan(beheerder, Actie.LEZEN, "dead-letter", "alle");
        return ResponseEntity.ok(lijst);
    }

    @GetMapping("/{binding}")
    @Operation(summary = "De nog niet opnieuw aangeboden berichten van een binding",
            description = "Alleen herkomst, sleutel (een id), eventtype, event-id en de klasse van de fout: nooit de inhoud of de foutmelding, die persoonsgegevens kunnen bevatten. Ten hoogste 200.")
    @ApiResponse(responseCode = "200", description = "De berichten, oudste eerst per partitie")
    @ApiResponse(responseCode = "404", description = "Geen consumer-binding met die naam")
    ResponseEntity<?> inhoud(@Parameter(description = "De naam van de binding, bijvoorbeeld aanmeldingGescreend-in-0") @PathVariable String binding) {
        Gebruiker beheerder = Toegang.metRol(Rol.BEHEERDER);
        DeadLetterQueues.Queue queue = queues.queue(binding);
        if (queue == null) {
            return notFound(binding);
        }
        try {
            var berichten = queues.list(queue, MAX);
            audit.toegestaan(beheerder, Actie.LEZEN, "dead-letter", binding);
            return ResponseEntity.ok(new Wachtrijinhoud(binding, queue.topic(), queues.depth(queue), berichten));
        } catch (TimeoutException e) {
            return unavailable(e);
        }
    }

    @PostMapping("/{binding}/herhaling")
    @Operation(summary = "Bied de nog niet opnieuw aangeboden berichten opnieuw aan op hun oorspronkelijke topic",
            description = "Na een herstel. De berichten blijven op het dead-letter-topic staan, maar tellen niet meer mee. Wordt vastgelegd in het auditspoor.")
    @ApiResponse(responseCode = "200", description = "Hoeveel berichten opnieuw zijn aangeboden")
    @ApiResponse(responseCode = "404", description = "Geen consumer-binding met die naam")
    @ApiResponse(responseCode = "503", description = "Kafka niet bereikbaar; wat al was aangeboden is als zodanig gemarkeerd")
    ResponseEntity<?> herhaal(@PathVariable String binding) {
        Gebruiker beheerder = Toegang.metRol(Rol.BEHEERDER);
        DeadLetterQueues.Queue queue = queues.queue(binding);
        if (queue == null) {
            return notFound(binding);
        }
        try {
            int aantal = queues.replay(queue);
            audit.toegestaan(beheerder, Actie.WIJZIGEN, "dead-letter", binding, "opnieuw aangeboden: " + aantal + " bericht(en) van " + queue.topic());
            return ResponseEntity.ok(new Herhaling(binding, queue.topic(), aantal));
        } catch (TimeoutException | IllegalStateException e) {
            return unavailable(e);
        }
    }

    private static ResponseEntity<?> notFound(String binding) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Deze service heeft geen consumer-binding " + binding + ".");
        problem.setTitle("Onbekende binding");
        return ResponseEntity.status(404).body(problem);
    }

    private static ResponseEntity<?> unavailable(Exception e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "Kafka niet bereikbaar: " + e.getMessage());
        problem.setTitle("Dead-letter-topic niet bereikbaar");
        return ResponseEntity.status(503).body(problem);
    }
}
