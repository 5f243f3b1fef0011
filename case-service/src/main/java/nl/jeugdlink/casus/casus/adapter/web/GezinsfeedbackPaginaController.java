package nl.jeugdlink.casus.casus.adapter.web;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.jeugdlink.casus.casus.application.GevenGezinsfeedback;
import nl.jeugdlink.casus.casus.domain.Feedbacklink;
import nl.jeugdlink.casus.casus.domain.Gezinsfeedback;
import nl.jeugdlink.casus.casus.domain.OngeldigeInvoer;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.security.Gebruiker;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * The family's feedback page (seed 004, "Wat werkt"), opened through a personal link (no login: the
 * sealed link is the credential, see {@code GezinsfeedbackSecurityConfiguration}). Four questions
 * about the conversation, each 0 to 10 in figures or as five pictograms (faces that stand for 0, 3, 5,
 * 7 and 10): the link says which first (faces for a child), the one answering may switch. One answer
 * per link, a second is refused with a clear message. A plain HTML form, no script, nothing of the
 * casus shown; each choice a real radio button with its text, the faces only decoration of that text.
 * Every answer is counted anonymously per question (municipality only, never a casus) and audited with
 * the link as actor.
 */
@RestController
@Hidden
class GezinsfeedbackPaginaController {

    static final String PAD = "/gezin/gesprek-feedback";
    private static final String CATEGORIE = "gezinsfeedback";
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL"))
            .withZone(ZoneId.of("Europe/Amsterdam"));
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    /** The questions of the session rating in the family's words: for a parent, and simpler for a child. */
    private static final List<List<String>> VRAGEN = List.of(
            List.of("relatie", "Voelde u zich gehoord, begrepen en gerespecteerd?", "Voelde je dat er naar je geluisterd werd?"),
            List.of("doelen", "Hebben we gewerkt aan wat u belangrijk vindt?", "Ging het over wat jij belangrijk vindt?"),
            List.of("aanpak", "Past de manier van werken bij u?", "Vond je de manier waarop we praatten fijn?"),
            List.of("algemeen", "Hoe was dit gesprek voor u, alles bij elkaar?", "Hoe vond je het gesprek, alles bij elkaar?"));
    /** The text of each face, in the order of {@link Gezinsfeedback#PICTOGRAMSCORES}: what a screen reader says, and what everyone reads. */
    private static final List<String> GEZICHTEN = List.of("Helemaal niet", "Niet zo", "Een beetje", "Goed", "Helemaal wel");
    /** How far each face's mouth bends: down for "helemaal niet", straight in the middle, up for "helemaal wel". */
    private static final List<Integer> MONDEN = List.of(-8, -4, 0, 4, 8);

    private final GevenGezinsfeedback feedback;
    private final Audit audit;
    private final MeterRegistry meters;

    GezinsfeedbackPaginaController(GevenGezinsfeedback feedback, Audit audit, MeterRegistry meters) {
        this.feedback = feedback;
        this.audit = audit;
        this.meters = meters;
    }

    @GetMapping(value = PAD, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> lees(@RequestParam(name = "link", defaultValue = "") String link,
            @RequestParam(name = "weergave", defaultValue = "") String weergave) {
        try {
            var inzage = feedback.open(link);
            audit.toegestaan(gezin(inzage.link(), inzage.gemeenteCode()), AuditEntry.Actie.LEZEN, CATEGORIE, inzage.link().casusId());
            if (inzage.beantwoord()) {
                return html(HttpStatus.OK, omhulsel(melding("al-beantwoord", Feedbacklink.Weigering.AL_BEANTWOORD.uitleg())));
            }
            return html(HttpStatus.OK, formulier(inzage.link(), link, weergave(weergave, inzage.link().weergave()), null));
        } catch (Feedbacklink.Geweigerd e) {
            return weiger(AuditEntry.Actie.LEZEN, e);
        }
    }

    @PostMapping(value = PAD, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> geef(@RequestParam(name = "link", defaultValue = "") String link,
            @RequestParam(name = "relatie", defaultValue = "") String relatie, @RequestParam(name = "doelen", defaultValue = "") String doelen,
            @RequestParam(name = "aanpak", defaultValue = "") String aanpak, @RequestParam(name = "algemeen", defaultValue = "") String algemeen,
            @RequestParam(name = "weergave", defaultValue = "") String weergave) {
        Gezinsfeedback.Weergave gekozen = weergave(weergave, Gezinsfeedback.Weergave.CIJFERS);
        try {
            var gegeven = feedback.geef(link, new Gezinsfeedback.Scores(getal(relatie), getal(doelen), getal(aanpak), getal(algemeen)), gekozen);
            var antwoord = gegeven.antwoord();
            audit.toegestaan(gezin(gegeven.link(), gegeven.gemeenteCode()), AuditEntry.Actie.AANMAKEN, CATEGORIE, gegeven.link().casusId());
            // Anonymous: per question, who answered (parent or child), figures or faces, and the municipality; never a casus,
            // conversation, parent or child.
            for (String vraag : Gezinsfeedback.Scores.VRAGEN) {
                DistributionSummary.builder("jeugdlink.casus.gezinsfeedback.score")
                        .description("The family's session rating after a conversation (seed 004), 0 to 10 per question")
                        .tag("vraag", vraag).tag("voor", antwoord.voor().name()).tag("weergave", antwoord.weergave().name())
                        .tag("gemeente", gegeven.gemeenteCode())
                        .register(meters).record(antwoord.scores().score(vraag));
            }
            return html(HttpStatus.OK, omhulsel(melding("melding", "Dank je wel! Je antwoord is ontvangen en bewaard. Het team van "
                    + "JeugdLink bespreekt het om beter bij jullie aan te sluiten.")));
        } catch (Feedbacklink.Geweigerd e) {
            return weiger(AuditEntry.Actie.AANMAKEN, e);
        } catch (OngeldigeInvoer e) {
            var inzage = feedback.open(link);
            // A face left out fails the domain's range check: said in the words of the faces.
            String uitleg = gekozen == Gezinsfeedback.Weergave.PICTOGRAMMEN ? "Kies bij elke vraag een van de gezichtjes." : e.getMessage();
            return html(HttpStatus.BAD_REQUEST, formulier(inzage.link(), link, gekozen, uitleg));
        }
    }

    /** The way asked for, if it is one; else {@code anders}. */
    private static Gezinsfeedback.Weergave weergave(String gevraagd, Gezinsfeedback.Weergave anders) {
        return switch (gevraagd.strip().toLowerCase(Locale.ROOT)) {
            case "cijfers" -> Gezinsfeedback.Weergave.CIJFERS;
            case "pictogrammen" -> Gezinsfeedback.Weergave.PICTOGRAMMEN;
            default -> anders;
        };
    }

    /** A score the form does not offer is out of range: the domain then names the question. */
    private static int getal(String waarde) {
        try {
            return Integer.parseInt(waarde.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The link as the actor of the audit entry: no person is known, only the casus's municipality. */
    private static Gebruiker gezin(Feedbacklink link, String gemeenteCode) {
        return new Gebruiker("feedbacklink:" + link.gesprekId() + ":" + link.voor().name(), Set.of(), Set.of(gemeenteCode), null, null);
    }

    private ResponseEntity<String> weiger(AuditEntry.Actie actie, Feedbacklink.Geweigerd e) {
        meters.counter("jeugdlink.casus.gezinsfeedback.geweigerd", "reden", e.weigering().name()).increment();
        audit.geweigerd(null, actie, CATEGORIE, null, "feedbacklink " + e.weigering().name().toLowerCase(Locale.ROOT));
        HttpStatus status = e.weigering() == Feedbacklink.Weigering.AL_BEANTWOORD ? HttpStatus.CONFLICT : HttpStatus.FORBIDDEN;
        return html(status, omhulsel("<p id=\"weigering\" role=\"alert\" data-reden=\"" + e.weigering().name() + "\">"
                + HtmlUtils.htmlEscape(e.getMessage()) + "</p>"));
    }

    private static String melding(String id, String tekst) {
        return "<p id=\"" + id + "\" role=\"status\">" + HtmlUtils.htmlEscape(tekst) + "</p>";
    }

    private static String formulier(Feedbacklink link, String token, Gezinsfeedback.Weergave weergave, String fout) {
        boolean kind = link.voor() == Gezinsfeedback.Voor.KIND;
        boolean pictogrammen = weergave == Gezinsfeedback.Weergave.PICTOGRAMMEN;
        StringBuilder f = new StringBuilder();
        if (fout != null) {
            f.append("<p id=\"fout\" role=\"alert\">").append(HtmlUtils.htmlEscape(fout)).append("</p>");
        }
        if (pictogrammen) {
            f.append("<p>").append(kind ? "Hoe vond je het gesprek? Kies bij elke vraag het gezicht dat past."
                    : "Hoe ging het gesprek? Kies bij elke vraag het gezicht dat past.").append("</p>");
        } else {
            f.append("<p>").append(kind ? "Hoe vond je het gesprek? Kies bij elke vraag een cijfer: 0 is helemaal niet, 10 is helemaal wel."
                    : "Hoe ging het gesprek? Kies bij elke vraag een cijfer: 0 is helemaal niet, 10 is helemaal wel.").append("</p>");
        }
        // The other way of answering is a plain link to this page: no script needed, and the sealed link stays as it came.
        String ander = pictogrammen ? "cijfers" : "pictogrammen";
        f.append("<p><a id=\"wissel\" href=\"").append(PAD).append("?link=").append(HtmlUtils.htmlEscape(token)).append("&amp;weergave=").append(ander)
                .append("\">").append(pictogrammen ? "Liever met cijfers van 0 tot en met 10" : "Liever met gezichtjes").append("</a></p>");
        f.append("<form id=\"feedback\" method=\"post\" action=\"").append(PAD).append("\" data-weergave=\"").append(weergave.name()).append("\">")
                .append("<input type=\"hidden\" name=\"link\" value=\"").append(HtmlUtils.htmlEscape(token)).append("\">")
                .append("<input type=\"hidden\" name=\"weergave\" value=\"").append(weergave.name().toLowerCase(Locale.ROOT)).append("\">");
        for (List<String> vraag : VRAGEN) {
            String naam = vraag.get(0);
            f.append("<fieldset><legend>").append(HtmlUtils.htmlEscape(kind ? vraag.get(2) : vraag.get(1))).append("</legend>");
            if (pictogrammen) {
                for (int i = 0; i < GEZICHTEN.size(); i++) {
                    String id = naam + "-gezicht-" + (i + 1);
                    f.append("<input type=\"radio\" id=\"").append(id).append("\" name=\"").append(naam).append("\" value=\"")
                            .append(Gezinsfeedback.PICTOGRAMSCORES.get(i)).append("\" required><label for=\"").append(id)
                            .append("\" style=\"display:inline-block;text-align:center;margin:0 .5em\">").append(gezicht(MONDEN.get(i)))
                            .append("<br>").append(GEZICHTEN.get(i)).append("</label> ");
                }
            } else {
                for (int i = 0; i <= 10; i++) {
                    String id = naam + "-" + i;
                    f.append("<input type=\"radio\" id=\"").append(id).append("\" name=\"").append(naam).append("\" value=\"").append(i)
                            .append("\" required><label for=\"").append(id).append("\">").append(i).append("</label> ");
                }
            }
            f.append("</fieldset>");
        }
        f.append("<button id=\"verstuur\" type=\"submit\">Verstuur</button></form>")
                .append("<p>Je kunt één keer antwoorden. Deze link is geldig tot ").append(DATUM.format(link.verlooptOp())).append(".</p>");
        return omhulsel(f.toString());
    }

    /**
     * A face drawn inline (the page loads nothing: its policy allows no images), hidden from screen readers: the
     * label's text says the same.
     */
    private static String gezicht(int mond) {
        return "<svg aria-hidden=\"true\" focusable=\"false\" width=\"48\" height=\"48\" viewBox=\"0 0 48 48\">"
                + "<circle cx=\"24\" cy=\"24\" r=\"21\" fill=\"#ffd54f\" stroke=\"#5d4037\" stroke-width=\"2\"/>"
                + "<circle cx=\"17\" cy=\"19\" r=\"2.5\" fill=\"#5d4037\"/><circle cx=\"31\" cy=\"19\" r=\"2.5\" fill=\"#5d4037\"/>"
                + "<path d=\"M14 32 Q24 " + (32 + mond) + " 34 32\" fill=\"none\" stroke=\"#5d4037\" stroke-width=\"2.5\" stroke-linecap=\"round\"/></svg>";
    }

    private static String omhulsel(String body) {
        String titel = "Hoe was het gesprek?";
        return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                + "<meta name=\"referrer\" content=\"no-referrer\"><title>" + titel + "</title></head><body><h1>" + titel + "</h1>" + body
                + "</body></html>";
    }

    private static ResponseEntity<String> html(HttpStatus status, String html) {
        return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore()).header("Referrer-Policy", "no-referrer")
                .body(html);
    }
}
