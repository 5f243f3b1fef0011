package nl.jeugdlink.jbt.verzoek.adapter.web;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import nl.jeugdlink.jbt.verzoek.application.VerslagVerzoek;
import nl.jeugdlink.jbt.verzoek.domain.Evaluatie;
import nl.jeugdlink.jbt.verzoek.domain.OngeldigVerzoek;
import nl.jeugdlink.jbt.verzoek.domain.Ouderlink;
import nl.jeugdlink.jbt.verzoek.domain.Regelschending;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.security.Gebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The parents' page for the report of the talk, opened through their personal link (no login: the
 * sealed link is the credential, see {@code OuderSecurityConfiguration}). It shows the version the
 * link names and the reactions given so far, and takes a new reaction; a plain HTML form, no script.
 * The same reaction can be sent as JSON, refused as problem+json. Nothing beyond what the parents
 * already know is shown: no names, no BSN, only the report and their own reactions. Every read,
 * reaction and refusal is audited, the actor being the link ({@code ouderlink:<verzoekId>}).
 */
@RestController
class OuderController {

    static final String PAD = "/ouders/jbt-verslagen/";
    private static final String CATEGORIE = "jbt-verslag";
    private static final URI LINKREGEL = URI.create("https://jeugdlink.nl/problemen/jbt-ouderlink");
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", Locale.of("nl", "NL"))
            .withZone(ZoneId.of("Europe/Amsterdam"));
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);

    record ReactieRequest(String link, String tekst) {
    }

    record ReactieResponse(String verzoekId, int versie, int aantalReacties) {
    }

    private final VerslagVerzoek verslag;
    private final Audit audit;
    private final io.micrometer.core.instrument.MeterRegistry meters;

    OuderController(VerslagVerzoek verslag, Audit audit, io.micrometer.core.instrument.MeterRegistry meters) {
        this.verslag = verslag;
        this.audit = audit;
        this.meters = meters;
    }

    @GetMapping(value = PAD + "{verzoekId}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> lees(@PathVariable String verzoekId, @RequestParam(name = "link", defaultValue = "") String link) {
        try {
            var inzage = verslag.open(verzoekId, link);
            audit.toegestaan(ouders(inzage), AuditEntry.Actie.LEZEN, CATEGORIE, verzoekId);
            return html(HttpStatus.OK, pagina(inzage, link, null));
        } catch (Ouderlink.Geweigerd e) {
            return weigerHtml(verzoekId, AuditEntry.Actie.LEZEN, e);
        }
    }

    @PostMapping(value = PAD + "{verzoekId}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> reageerFormulier(@PathVariable String verzoekId, @RequestParam(name = "link", defaultValue = "") String link,
            @RequestParam(name = "tekst", defaultValue = "") String tekst) {
        try {
            var inzage = verslag.reageer(verzoekId, link, tekst);
            audit.toegestaan(ouders(inzage), AuditEntry.Actie.AANMAKEN, CATEGORIE, verzoekId);
            meters.counter("jeugdlink.jbt.verslag.reacties", "gemeente", inzage.verzoek().gemeenteCode(), "van", "ouders").increment();
            return html(HttpStatus.OK, pagina(inzage, link, "Dank u wel. Uw reactie is ontvangen en bewaard."));
        } catch (Ouderlink.Geweigerd e) {
            return weigerHtml(verzoekId, AuditEntry.Actie.AANMAKEN, e);
        } catch (OngeldigVerzoek | Regelschending e) {
            var inzage = verslag.open(verzoekId, link);
            return html(HttpStatus.BAD_REQUEST, pagina(inzage, link, e instanceof OngeldigVerzoek o ? o.gebreken().getFirst().uitleg() : e.getMessage()));
        }
    }

    /**
     * A parent's evaluation of the talk (seed 002:507: the chair collects feedback), on the same page
     * and link as the reaction: three short questions and a few words if they wish.
     */
    @PostMapping(value = PAD + "{verzoekId}/evaluatie", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> evalueerFormulier(@PathVariable String verzoekId, @RequestParam(name = "link", defaultValue = "") String link,
            @RequestParam(name = "gehoord", defaultValue = "") String gehoord, @RequestParam(name = "duidelijk", defaultValue = "") String duidelijk,
            @RequestParam(name = "cijfer", defaultValue = "0") String cijfer, @RequestParam(name = "toelichting", defaultValue = "") String toelichting) {
        try {
            var evaluatie = verslag.evalueer(verzoekId, link, antwoord(gehoord), antwoord(duidelijk), getal(cijfer), toelichting);
            var inzage = verslag.open(verzoekId, link);
            audit.toegestaan(ouders(inzage), AuditEntry.Actie.AANMAKEN, CATEGORIE, verzoekId);
            meters.counter("jeugdlink.jbt.evaluaties", "gehoord", evaluatie.gehoord().name(), "duidelijk", evaluatie.duidelijk().name(),
                    "gemeente", inzage.verzoek().gemeenteCode()).increment();
            io.micrometer.core.instrument.DistributionSummary.builder("jeugdlink.jbt.evaluatie.cijfer")
                    .description("The parents' mark for the talk at the table, 1 to 10").tag("gemeente", inzage.verzoek().gemeenteCode())
                    .register(meters).record(evaluatie.cijfer());
            return html(HttpStatus.OK, pagina(inzage, link, "Dank u wel. Uw mening over het gesprek is ontvangen en bewaard."));
        } catch (Ouderlink.Geweigerd e) {
            return weigerHtml(verzoekId, AuditEntry.Actie.AANMAKEN, e);
        } catch (OngeldigVerzoek | Regelschending e) {
            var inzage = verslag.open(verzoekId, link);
            return html(HttpStatus.BAD_REQUEST, pagina(inzage, link, e instanceof OngeldigVerzoek o
                    ? o.gebreken().stream().map(g -> g.uitleg()).collect(java.util.stream.Collectors.joining(" ")) : e.getMessage()));
        }
    }

    /** An answer the form does not offer is no answer: the domain then names the question. */
    private static Evaluatie.@Nullable Antwoord antwoord(String waarde) {
        try {
            return Evaluatie.Antwoord.valueOf(waarde);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int getal(String waarde) {
        try {
            return Integer.parseInt(waarde.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @PostMapping(value = PAD + "{verzoekId}/reacties", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> reageerJson(@PathVariable String verzoekId, @RequestBody ReactieRequest request) {
        try {
            var inzage = verslag.reageer(verzoekId, request.link() == null ? "" : request.link(), request.tekst() == null ? "" : request.tekst());
            audit.toegestaan(ouders(inzage), AuditEntry.Actie.AANMAKEN, CATEGORIE, verzoekId);
            meters.counter("jeugdlink.jbt.verslag.reacties", "gemeente", inzage.verzoek().gemeenteCode(), "van", "ouders").increment();
            return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                    .body(new ReactieResponse(verzoekId, inzage.link().versie(), inzage.verzoek().verslag().reactiesVanOuders().size()));
        } catch (Ouderlink.Geweigerd e) {
            meters.counter("jeugdlink.jbt.ouderlink.geweigerd", "reden", e.weigering().name()).increment();
            audit.geweigerd(null, AuditEntry.Actie.AANMAKEN, CATEGORIE, verzoekId, "ouderlink " + e.weigering().name().toLowerCase(Locale.ROOT));
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
            problem.setType(LINKREGEL);
            problem.setTitle("Link niet geldig");
            problem.setProperty("reden", e.weigering().name());
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        } catch (OngeldigVerzoek e) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(nl.jeugdlink.platform.web.ProblemHandling.invalidInput(
                    e.gebreken().stream().map(g -> new nl.jeugdlink.platform.web.InvalidParam(g.veld(), g.regel(), g.uitleg())).toList()));
        }
    }

    /** The link as the actor of the audit entry: no person is known, only the request and its municipality. */
    private static Gebruiker ouders(VerslagVerzoek.Inzage inzage) {
        return new Gebruiker("ouderlink:" + inzage.verzoek().id(), Set.of(), Set.of(inzage.verzoek().gemeenteCode()), null, null);
    }

    private ResponseEntity<String> weigerHtml(String verzoekId, AuditEntry.Actie actie, Ouderlink.Geweigerd e) {
        meters.counter("jeugdlink.jbt.ouderlink.geweigerd", "reden", e.weigering().name()).increment();
        audit.geweigerd(null, actie, CATEGORIE, verzoekId, "ouderlink " + e.weigering().name().toLowerCase(Locale.ROOT));
        return html(HttpStatus.FORBIDDEN, omhulsel("Deze link opent niet", "<p id=\"weigering\" data-reden=\"" + e.weigering().name() + "\">"
                + HtmlUtils.htmlEscape(e.getMessage()) + "</p>"));
    }

    private static String pagina(VerslagVerzoek.Inzage inzage, String link, String melding) {
        var versie = inzage.versie();
        StringBuilder body = new StringBuilder();
        if (melding != null) {
            body.append("<p id=\"melding\" role=\"status\">").append(HtmlUtils.htmlEscape(melding)).append("</p>");
        }
        body.append("<h2>Verslag (versie ").append(versie.nummer()).append(", ").append(TIJD.format(versie.vastgelegdOp())).append(")</h2>")
                .append("<div id=\"verslag\" style=\"white-space: pre-wrap\">").append(HtmlUtils.htmlEscape(versie.tekst())).append("</div>");
        // Their own reactions: what the requester wrote back is for the chair.
        var reacties = inzage.verzoek().verslag().reactiesVanOuders();
        body.append("<h2>Uw reacties</h2><ol id=\"reacties\">");
        reacties.forEach(r -> body.append("<li><p class=\"op\">").append(TIJD.format(r.op())).append(" (op versie ").append(r.versie())
                .append(")</p><p class=\"tekst\">").append(HtmlUtils.htmlEscape(r.tekst())).append("</p></li>"));
        body.append("</ol>");
        body.append("<form method=\"post\" action=\"").append(PAD).append(HtmlUtils.htmlEscape(inzage.verzoek().id())).append("\">")
                .append("<input type=\"hidden\" name=\"link\" value=\"").append(HtmlUtils.htmlEscape(link)).append("\">")
                .append("<label for=\"tekst\">Uw reactie op het verslag</label><br>")
                .append("<textarea id=\"tekst\" name=\"tekst\" rows=\"8\" cols=\"60\" maxlength=\"10000\" required></textarea><br>")
                .append("<button id=\"verstuur\" type=\"submit\">Verstuur reactie</button></form>")
                .append("<p>Deze link is geldig tot ").append(TIJD.format(inzage.link().verlooptOp())).append(". Een reactie wordt toegevoegd; "
                        + "eerdere reacties blijven bewaard.</p>");
        body.append(evaluatieformulier(inzage, link));
        return omhulsel("Verslag van het gesprek aan de Jeugdbeschermingstafel", body.toString());
    }

    /** Three short questions about the talk itself, with radio buttons a parent answers in a moment. */
    private static String evaluatieformulier(VerslagVerzoek.Inzage inzage, String link) {
        StringBuilder f = new StringBuilder("<h2>Hoe vond u het gesprek?</h2>");
        int gegeven = inzage.verzoek().verslag().evaluaties().size();
        if (gegeven > 0) {
            f.append("<p id=\"evaluaties\" data-aantal=\"").append(gegeven).append("\">U heeft ons al uw mening gegeven. Dank u wel. "
                    + "U mag het formulier nog een keer invullen.</p>");
        }
        f.append("<form id=\"evaluatie\" method=\"post\" action=\"").append(PAD).append(HtmlUtils.htmlEscape(inzage.verzoek().id())).append("/evaluatie\">")
                .append("<input type=\"hidden\" name=\"link\" value=\"").append(HtmlUtils.htmlEscape(link)).append("\">");
        vraag(f, "gehoord", "Voelde u zich gehoord aan tafel?");
        vraag(f, "duidelijk", "Was het duidelijk wat er is besloten?");
        f.append("<p><label for=\"cijfer\">Welk cijfer geeft u het gesprek? (1 tot en met 10)</label><br>")
                .append("<input id=\"cijfer\" name=\"cijfer\" type=\"number\" min=\"1\" max=\"10\" required></p>")
                .append("<p><label for=\"toelichting\">Wilt u nog iets zeggen over het gesprek? (mag leeg blijven)</label><br>")
                .append("<textarea id=\"toelichting\" name=\"toelichting\" rows=\"4\" cols=\"60\" maxlength=\"2000\"></textarea></p>")
                .append("<button id=\"evalueer\" type=\"submit\">Verstuur uw mening</button></form>");
        return f.toString();
    }

    private static void vraag(StringBuilder f, String naam, String vraag) {
        f.append("<fieldset><legend>").append(vraag).append("</legend>");
        for (var antwoord : java.util.List.of(java.util.List.of("JA", "Ja"), java.util.List.of("EEN_BEETJE", "Een beetje"), java.util.List.of("NEE", "Nee"))) {
            String id = naam + "-" + antwoord.get(0).toLowerCase(Locale.ROOT);
            f.append("<input type=\"radio\" id=\"").append(id).append("\" name=\"").append(naam).append("\" value=\"").append(antwoord.get(0))
                    .append("\" required><label for=\"").append(id).append("\">").append(antwoord.get(1)).append("</label> ");
        }
        f.append("</fieldset>");
    }

    private static String omhulsel(String titel, String body) {
        return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                + "<meta name=\"referrer\" content=\"no-referrer\"><title>" + titel + "</title></head><body><h1>" + titel + "</h1>" + body
                + "</body></html>";
    }

    private static ResponseEntity<String> html(HttpStatus status, String html) {
        return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore()).header("Referrer-Policy", "no-referrer")
                .body(html);
    }
}
