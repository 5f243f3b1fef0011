package nl.jeugdlink.notificatie.webhook.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.jeugdlink.notificatie.webhook.application.BeherenAbonnementen;
import nl.jeugdlink.notificatie.webhook.application.OpnieuwBezorgen;
import nl.jeugdlink.notificatie.webhook.domain.Abonnement;
import nl.jeugdlink.notificatie.webhook.domain.NietBezorgd;
import nl.jeugdlink.platform.delivery.DeliveryLog;
import nl.jeugdlink.platform.web.InvalidParam;
import nl.jeugdlink.platform.web.ProblemHandling;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A care provider's subscriptions, after the VNG Notificaties API's abonnement: {@code callbackUrl}, {@code auth}
 * (the Authorization header value we send) and {@code kanalen} with filters. Only the provider's own, by the AGB
 * code of its token. The secret that signs deliveries is in the answer to the registration only. Also the
 * provider's dead-letter list: deliveries that stopped, each with its attempts, and a redelivery.
 */
@RestController
@Tag(name = "abonnementen", description = "Webhook-abonnementen van een zorgaanbieder")
class AbonnementController {

    record Kanaal(@Nullable String naam, @Nullable Map<String, List<String>> filters) {
    }

    record AbonnementVerzoek(@Nullable String callbackUrl, @Nullable String auth, @Nullable List<Kanaal> kanalen) {
    }

    record KanaalAntwoord(String naam, Map<String, List<String>> filters) {
    }

    record AbonnementAntwoord(String id, String callbackUrl, boolean auth, List<KanaalAntwoord> kanalen, @Nullable String secret) {
    }

    record Poging(int nummer, Instant begonnen, @Nullable Instant afgelopen, String uitkomst, @Nullable String fout) {
    }

    record GeheimAntwoord(String id, String secret, @Nullable Instant vorigGeheimGeldigTot) {
    }

    record NietBezorgdAntwoord(String bezorgingId, String status, @Nullable String reden, List<Poging> pogingen) {
    }

    private final BeherenAbonnementen beheren;
    private final NietBezorgd nietBezorgd;
    private final DeliveryLog bezorglog;
    private final OpnieuwBezorgen opnieuwBezorgen;
    private final java.time.Clock clock;
    private final java.time.Duration overlap;

    AbonnementController(BeherenAbonnementen beheren, NietBezorgd nietBezorgd, DeliveryLog bezorglog,
            OpnieuwBezorgen opnieuwBezorgen, java.time.Clock clock,
            @org.springframework.beans.factory.annotation.Value("${jeugdlink.webhooks.rotatie-overlap}") java.time.Duration overlap) {
        this.clock = clock;
        this.overlap = overlap;
        this.beheren = beheren;
        this.nietBezorgd = nietBezorgd;
        this.bezorglog = bezorglog;
        this.opnieuwBezorgen = opnieuwBezorgen;
    }

    @PostMapping("/api/v1/abonnementen")
    @Operation(summary = "Registreer een abonnement", description = "Het antwoord bevat het geheim (secret) waarmee elke bezorging wordt ondertekend: eenmalig.")
    ResponseEntity<AbonnementAntwoord> registreer(@RequestBody AbonnementVerzoek verzoek) {
        String agb = Zorgaanbieder.agbCode();
        Abonnement a = geldig(() -> beheren.registreer(agb, aanvraag(verzoek)));
        return ResponseEntity.created(URI.create("/api/v1/abonnementen/" + a.id())).body(antwoord(a, true));
    }

    @GetMapping("/api/v1/abonnementen")
    @Operation(summary = "Uw abonnementen (zonder geheim)")
    List<AbonnementAntwoord> lijst() {
        return beheren.van(Zorgaanbieder.agbCode()).stream().map(a -> antwoord(a, false)).toList();
    }

    @GetMapping("/api/v1/abonnementen/{id}")
    ResponseEntity<AbonnementAntwoord> een(@PathVariable String id) {
        return ResponseEntity.of(beheren.vind(Zorgaanbieder.agbCode(), id).map(a -> antwoord(a, false)));
    }

    @PutMapping("/api/v1/abonnementen/{id}")
    @Operation(summary = "Wijzig een abonnement", description = "Het geheim blijft hetzelfde.")
    ResponseEntity<AbonnementAntwoord> wijzig(@PathVariable String id, @RequestBody AbonnementVerzoek verzoek) {
        String agb = Zorgaanbieder.agbCode();
        return ResponseEntity.of(geldig(() -> beheren.wijzig(agb, id, aanvraag(verzoek))).map(a -> antwoord(a, false)));
    }

    @PostMapping("/api/v1/abonnementen/{id}/geheim")
    @Operation(summary = "Vervang het geheim", description = "Het antwoord bevat het nieuwe geheim: eenmalig. Het oude blijft geldig tot"
            + " vorigGeheimGeldigTot (jeugdlink.webhooks.rotatie-overlap): tot dan draagt elke bezorging een handtekening met beide.")
    ResponseEntity<GeheimAntwoord> roteer(@PathVariable String id) {
        String agb = Zorgaanbieder.agbCode();
        return ResponseEntity.of(beheren.roteerGeheim(agb, id, clock.instant(), overlap).map(a -> new GeheimAntwoord(a.id(), a.geheim(), a.vorigGeheimTot())));
    }

    @DeleteMapping("/api/v1/abonnementen/{id}")
    ResponseEntity<Void> verwijder(@PathVariable String id) {
        return beheren.verwijder(Zorgaanbieder.agbCode(), id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @GetMapping("/api/v1/abonnementen/niet-bezorgd")
    @Operation(summary = "Uw bezorgingen die na de laatste poging zijn gestopt (dead letters), met elke poging")
    List<NietBezorgdAntwoord> nietBezorgd() {
        String agb = Zorgaanbieder.agbCode();
        return nietBezorgd.van(agb).stream().flatMap(id -> bezorglog.find(id).stream())
                .map(d -> new NietBezorgdAntwoord(d.id(), d.status().name(), d.reason(), d.attempts().stream()
                        .map(p -> new Poging(p.number(), p.startedAt(), p.endedAt(), p.outcome().name(), p.error())).toList()))
                .toList();
    }

    @PostMapping("/api/v1/abonnementen/niet-bezorgd/{bezorgingId}/opnieuw")
    @Operation(summary = "Bezorg een gestopte bezorging opnieuw")
    ResponseEntity<Void> opnieuw(@PathVariable String bezorgingId) {
        return opnieuwBezorgen.een(Zorgaanbieder.agbCode(), bezorgingId) ? ResponseEntity.status(HttpStatus.ACCEPTED).build()
                : ResponseEntity.notFound().build();
    }

    private static BeherenAbonnementen.Aanvraag aanvraag(AbonnementVerzoek v) {
        List<Kanaal> kanalen = v.kanalen() == null ? List.of() : v.kanalen();
        List<String> namen = kanalen.stream().map(k -> k.naam() == null ? "" : k.naam()).toList();
        List<String> soorten = kanalen.stream().flatMap(k -> k.filters() == null ? java.util.stream.Stream.<String>empty()
                : k.filters().getOrDefault("gebeurtenissen", List.of()).stream()).toList();
        return new BeherenAbonnementen.Aanvraag(v.callbackUrl(), v.auth(), namen, soorten);
    }

    private static <T> T geldig(java.util.function.Supplier<T> actie) {
        try {
            return actie.get();
        } catch (Abonnement.Ongeldig e) {
            throw new ProblemHandling.InvalidInputException(e.overtredingen().stream().map(o -> new InvalidParam(o.veld(), o.regel(), o.reden())).toList());
        }
    }

    private static AbonnementAntwoord antwoord(Abonnement a, boolean metGeheim) {
        return new AbonnementAntwoord(a.id(), a.callbackUrl().toString(), a.auth() != null,
                List.of(new KanaalAntwoord(a.kanaal(), Map.of("gebeurtenissen", a.gebeurtenissen().stream().sorted().toList()))),
                metGeheim ? a.geheim() : null);
    }
}
