package nl.jeugdlink.casus.inzage.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.jeugdlink.casus.inzage.application.OntvangenInzagedeel;
import nl.jeugdlink.casus.inzage.domain.Bsn;
import nl.jeugdlink.casus.inzage.domain.Inzageverzoek;
import nl.jeugdlink.casus.inzage.domain.Inzageverzoeken;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import nl.jeugdlink.platform.web.ProblemHandling.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A child's data on request (AVG art. 15, ADR 0031), for a beheerder: the request by BSN, its progress per service, and once every
 * expected service answered the export as JSON and as a readable HTML page (every value escaped, no script, not stored by the
 * browser). Every request, look and download is audited (category {@code inzage}); the BSN is in no response, log or audit record.
 */
@RestController
@RequestMapping("/api/v1/inzageverzoeken")
@Tag(name = "inzageverzoeken")
class InzageverzoekController {

    private static final String CATEGORIE = "inzage";
    private static final URI REGEL = URI.create("https://jeugdlink.nl/problemen/inzageregel");
    private static final String ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    record InzageverzoekRequest(@NotBlank String bsn) {
    }

    record DienstStand(String dienst, boolean geantwoord, @Nullable Instant ontvangenOp) {
    }

    record InzageverzoekResponse(String verzoekId, String status, boolean compleet, Instant aangevraagdOp, @Nullable Instant compleetOp,
            @Nullable Instant delenVerwijderdOp, List<DienstStand> diensten, List<String> openstaand, Map<String, String> links) {

        static InzageverzoekResponse of(Inzageverzoek v) {
            String zelf = "/api/v1/inzageverzoeken/" + v.id();
            boolean export = v.compleet() && v.delenVerwijderdOp() == null;
            return new InzageverzoekResponse(v.id(), v.status().name(), v.compleet(), v.aangevraagdOp(), v.compleetOp(), v.delenVerwijderdOp(),
                    v.verwacht().stream().map(d -> new DienstStand(d, v.deelVan(d).isPresent(),
                            v.deelVan(d).map(Inzageverzoek.Deel::ontvangenOp).orElse(null))).toList(),
                    v.openstaand(), export ? Map.of("self", zelf, "export", zelf + "/export", "exportHtml", zelf + "/export.html") : Map.of("self", zelf));
        }
    }

    /** Not known here: 404. */
    static final class VerzoekOnbekend extends RuntimeException {
        VerzoekOnbekend() {
            super("Geen inzageverzoek met dit id");
        }
    }

    /** Asked for the export before every expected service answered: 409. */
    static final class NogNietCompleet extends RuntimeException {
        NogNietCompleet(List<String> openstaand) {
            super("Nog niet alle diensten hebben geantwoord: " + String.join(", ", openstaand));
        }
    }

    /** Asked for the export after its parts were removed (the retention period passed): 410. */
    static final class DelenVerwijderd extends RuntimeException {
        DelenVerwijderd(Instant op) {
            super("De gegevens van dit verzoek zijn na de bewaartermijn verwijderd op " + op + "; het verzoek zelf en de audit blijven bewaard.");
        }
    }

    private final OntvangenInzagedeel verzoeken;
    private final Inzageverzoeken opgeslagen;
    private final Audit audit;
    private final JsonMapper json;

    InzageverzoekController(OntvangenInzagedeel verzoeken, Inzageverzoeken opgeslagen, Audit audit, JsonMapper json) {
        this.verzoeken = verzoeken;
        this.opgeslagen = opgeslagen;
        this.audit = audit;
        this.json = json;
    }

    @PostMapping
    @Operation(summary = "Vraag alle gegevens van één kind op (AVG art. 15)", description = "Door een beheerder, op BSN. Het BSN wordt "
            + "versleuteld bewaard en reist alleen verzegeld over Kafka: eerst zet de intake het om in de sleutels van het kind, dan levert "
            + "elke dienst zijn deel. Werkaantekeningen horen er nooit bij.")
    @ApiResponse(responseCode = "201", description = "Het verzoek, met de stand per dienst")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt het veld")
    ResponseEntity<InzageverzoekResponse> dienIn(@Valid @RequestBody InzageverzoekRequest request) {
        Gebruiker beheerder = Toegang.metRol(Rol.BEHEERDER);
        if (!Bsn.geldig(request.bsn())) {
            throw new InvalidInputException("bsn", "elfproef", "Een BSN is negen cijfers die de elfproef doorstaan.");
        }
        Inzageverzoek verzoek = verzoeken.dienIn(request.bsn(), beheerder.id());
        audit.toegestaan(beheerder, AuditEntry.Actie.AANMAKEN, CATEGORIE, verzoek.id());
        return ResponseEntity.created(URI.create("/api/v1/inzageverzoeken/" + verzoek.id())).cacheControl(CacheControl.noStore())
                .body(InzageverzoekResponse.of(verzoek));
    }

    @GetMapping("/{verzoekId}")
    @Operation(summary = "De stand van een inzageverzoek", description = "Per verwachte dienst of hij zijn deel leverde, en of het verzoek compleet is.")
    @ApiResponse(responseCode = "200", description = "De stand")
    @ApiResponse(responseCode = "404", description = "Geen inzageverzoek met dit id")
    ResponseEntity<InzageverzoekResponse> stand(@Parameter(description = "Het id van het inzageverzoek") @PathVariable String verzoekId) {
        Gebruiker beheerder = Toegang.metRol(Rol.BEHEERDER);
        Inzageverzoek verzoek = lees(verzoekId);
        audit.toegestaan(beheerder, AuditEntry.Actie.LEZEN, CATEGORIE, verzoek.id());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(InzageverzoekResponse.of(verzoek));
    }

    @GetMapping(value = "/{verzoekId}/export", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "De export als JSON", description = "Per dienst zijn deel: categorieën met gelabelde items. Pas als elke verwachte dienst antwoordde.")
    @ApiResponse(responseCode = "200", description = "De export")
    @ApiResponse(responseCode = "404", description = "Geen inzageverzoek met dit id")
    @ApiResponse(responseCode = "409", description = "Nog niet elke dienst heeft geantwoord")
    ResponseEntity<JsonNode> export(@Parameter(description = "Het id van het inzageverzoek") @PathVariable String verzoekId) {
        Gebruiker beheerder = Toegang.metRol(Rol.BEHEERDER);
        Inzageverzoek verzoek = compleet(verzoekId);
        audit.toegestaan(beheerder, AuditEntry.Actie.EXPORTEREN, CATEGORIE, verzoek.id());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(alsJson(verzoek));
    }

    @GetMapping(value = "/{verzoekId}/export.html", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "De export als leesbaar document", description = "Dezelfde inhoud als de JSON, als HTML: elke waarde ge-escaped, geen script.")
    @ApiResponse(responseCode = "200", description = "De export")
    @ApiResponse(responseCode = "404", description = "Geen inzageverzoek met dit id")
    @ApiResponse(responseCode = "409", description = "Nog niet elke dienst heeft geantwoord")
    ResponseEntity<String> exportHtml(@Parameter(description = "Het id van het inzageverzoek") @PathVariable String verzoekId) {
        Gebruiker beheerder = Toegang.metRol(Rol.BEHEERDER);
        Inzageverzoek verzoek = compleet(verzoekId);
        audit.toegestaan(beheerder, AuditEntry.Actie.EXPORTEREN, CATEGORIE, verzoek.id());
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore()).header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .header("Referrer-Policy", "no-referrer").body(alsHtml(verzoek));
    }

    private Inzageverzoek lees(String verzoekId) {
        if (!verzoekId.matches(ID)) {
            throw new InvalidInputException("verzoekId", "uuid", "Een verzoek-id is een UUID.");
        }
        return opgeslagen.find(verzoekId).orElseThrow(VerzoekOnbekend::new);
    }

    private Inzageverzoek compleet(String verzoekId) {
        Inzageverzoek verzoek = lees(verzoekId);
        if (!verzoek.compleet()) {
            throw new NogNietCompleet(verzoek.openstaand());
        }
        Instant verwijderd = verzoek.delenVerwijderdOp();
        if (verwijderd != null) {
            throw new DelenVerwijderd(verwijderd);
        }
        return verzoek;
    }

    private JsonNode alsJson(Inzageverzoek verzoek) {
        ObjectNode export = json.createObjectNode();
        export.put("verzoekId", verzoek.id());
        export.put("aangevraagdOp", verzoek.aangevraagdOp().toString());
        export.put("compleetOp", String.valueOf(verzoek.compleetOp()));
        var delen = export.putArray("delen");
        verzoek.delen().forEach(d -> {
            ObjectNode deel = (ObjectNode) json.readTree(d.inhoud());
            // The keys of round 1 were for the services; the export shows what is held, category by category.
            deel.remove("sleutels");
            delen.add(deel);
        });
        return export;
    }

    private String alsHtml(Inzageverzoek verzoek) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Inzage in gegevens van een kind</title>"
                + "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse;margin:.5em 0 1.5em}"
                + "th,td{border:1px solid #999;padding:.25em .5em;text-align:left;vertical-align:top}</style></head><body>");
        html.append("<h1>Inzage in de gegevens van een kind (AVG artikel 15)</h1><p>Verzoek ").append(e(verzoek.id())).append(", aangevraagd op ")
                .append(e(verzoek.aangevraagdOp().toString())).append(".</p>");
        JsonNode export = alsJson(verzoek);
        for (JsonNode deel : export.path("delen")) {
            html.append("<section class=\"deel\" data-dienst=\"").append(e(deel.path("dienst").asString())).append("\"><h2>")
                    .append(e(deel.path("dienst").asString())).append("</h2>");
            if (deel.path("categorieen").isEmpty()) {
                html.append("<p>Deze dienst bewaart niets over dit kind.</p>");
            }
            for (JsonNode categorie : deel.path("categorieen")) {
                html.append("<h3>").append(e(categorie.path("naam").asString())).append("</h3>");
                for (JsonNode item : categorie.path("items")) {
                    html.append("<table>");
                    item.properties().forEach(veld -> html.append("<tr><th>").append(e(veld.getKey())).append("</th><td>")
                            .append(e(veld.getValue().asString())).append("</td></tr>"));
                    html.append("</table>");
                }
            }
            html.append("</section>");
        }
        return html.append("</body></html>").toString();
    }

    private static String e(String tekst) {
        return HtmlUtils.htmlEscape(tekst);
    }

    @ExceptionHandler(VerzoekOnbekend.class)
    ResponseEntity<ProblemDetail> onbekend(VerzoekOnbekend e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(NogNietCompleet.class)
    ResponseEntity<ProblemDetail> nietCompleet(NogNietCompleet e) {
        ProblemDetail problem = nl.jeugdlink.platform.web.ProblemHandling.ruleBroken(REGEL, "Inzageregel",
                new nl.jeugdlink.platform.web.InvalidParam("verzoekId", "nogNietCompleet", e.getMessage()));
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(DelenVerwijderd.class)
    ResponseEntity<ProblemDetail> verwijderd(DelenVerwijderd e) {
        ProblemDetail problem = nl.jeugdlink.platform.web.ProblemHandling.ruleBroken(REGEL, "Inzageregel",
                new nl.jeugdlink.platform.web.InvalidParam("verzoekId", "delenVerwijderd", e.getMessage()));
        problem.setStatus(HttpStatus.GONE.value());
        return ResponseEntity.status(HttpStatus.GONE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
