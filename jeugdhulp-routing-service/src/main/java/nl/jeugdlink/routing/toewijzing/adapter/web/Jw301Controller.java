package nl.jeugdlink.routing.toewijzing.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import nl.jeugdlink.platform.web.InvalidParam;
import nl.jeugdlink.platform.web.ParameterChecks;
import nl.jeugdlink.platform.web.ProblemHandling;
import nl.jeugdlink.routing.ijw.adapter.web.ApiPostvak;
import nl.jeugdlink.routing.ijw.xml.Jw301;
import nl.jeugdlink.routing.toewijzing.domain.CasusOnbekend;
import nl.jeugdlink.routing.toewijzing.domain.Client;
import nl.jeugdlink.routing.toewijzing.domain.Clientgegevens;
import nl.jeugdlink.routing.toewijzing.domain.OngeldigeToewijzing;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingen;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingsinzage;
import nl.jeugdlink.routing.toewijzing.application.AssigningToewijzing;
import nl.jeugdlink.routing.toewijzing.application.VersturenJw301;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JW301 itself. The municipality gives the routing the client of a casus over REST (the identity
 * never crosses Kafka, ADR 0021); the care provider the toewijzing is addressed to fetches its JW301 as
 * XML from its own AGB code's message API. The message was made and validated against the project's XSD
 * when it was sent ({@link VersturenJw301}, ADR 0046); the fetch serves it as sent, so a second fetch gives the
 * same message: BerichtIdentificatie {@code T<ToewijzingNummer>}, unique per municipality because the number is
 * (TR056 through TR332).
 */
@RestController
@Tag(name = "ijw-berichten", description = "iJw-berichten van een zorgaanbieder (XML in, retour als XML uit)")
class Jw301Controller {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    record ClientRequest(
            @Schema(description = "BSN, 9 cijfers, 11-proef (CS002)", example = "999900006") @Nullable String bsn,
            @Schema(example = "2015-03-01") @Nullable LocalDate geboortedatum,
            @Schema(description = "0 onbekend, 1 mannelijk, 2 vrouwelijk", allowableValues = {"0", "1", "2"}) @Nullable String geslacht,
            @Schema(maxLength = 200) @Nullable String achternaam,
            @Schema(maxLength = 10, nullable = true) @Nullable String voorvoegsel,
            @Schema(maxLength = 200, nullable = true) @Nullable String voornamen,
            @Schema(pattern = "^[A-Za-z]{1,6}$", nullable = true) @Nullable String voorletters) {
    }

    private final AssigningToewijzing assigning;
    private final Toewijzingen toewijzingen;
    private final Clientgegevens clienten;
    private final ApiPostvak postvak;
    private final VersturenJw301 versturen;
    private final Audit audit;
    private final Clock clock;

    private final nl.jeugdlink.routing.toewijzing.application.LinkingVerzoek linking;

    Jw301Controller(AssigningToewijzing assigning, Toewijzingen toewijzingen, Clientgegevens clienten, ApiPostvak postvak, VersturenJw301 versturen,
            Audit audit, Clock clock, nl.jeugdlink.routing.toewijzing.application.LinkingVerzoek linking) {
        this.linking = linking;
        this.assigning = assigning;
        this.toewijzingen = toewijzingen;
        this.clienten = clienten;
        this.postvak = postvak;
        this.versturen = versturen;
        this.audit = audit;
        this.clock = clock;
    }

    @PutMapping("/api/v1/casussen/{casusId}/client")
    @Operation(summary = "Leg de cliënt van een casus vast voor het JW301-bericht", description = "Door de backoffice van de gemeente van de "
            + "casus, of van een gemeente die een bepaling van de casus volgens het woonplaatsbeginsel verantwoordelijk maakt. BSN (11-proef), geboortedatum, geslacht en naam; versleuteld opgeslagen, nooit op Kafka. Een tweede keer vervangt (correctie).")
    @ApiResponse(responseCode = "204", description = "Vastgelegd")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt veld en regel")
    @ApiResponse(responseCode = "403", description = "Geen backoffice, of de casus hoort bij een andere gemeente die geen bepaling van de "
            + "casus verantwoordelijk maakt")
    @ApiResponse(responseCode = "404", description = "De casus is (nog) niet bekend bij de jeugdhulprouting")
    ResponseEntity<Void> legClientVast(
            @Parameter(description = "Het id van de casus", schema = @Schema(type = "string", format = "uuid")) @PathVariable String casusId,
            @RequestBody ClientRequest request) {
        Gebruiker gebruiker = Toegang.gebruiker();
        ParameterChecks.uuid("casusId", casusId);
        if (!gebruiker.rollen().contains(Rol.BACKOFFICE)) {
            throw new Toegang.Geweigerd("rol niet toegestaan: nodig is BACKOFFICE", ToewijzingController.CATEGORIE, casusId);
        }
        String gemeente = assigning.gemeenteVan(casusId);
        // The casus's own back office, or the one of a municipality the woonplaatsbeginsel makes responsible by a bepaling of the casus.
        Toewijzingsinzage.weigeringVoorClient(new Toewijzingsinzage.Gemeentelijk(gebruiker.gemeenten()), gemeente,
                assigning.verantwoordelijkeGemeenten(casusId)).ifPresent(reden -> {
            throw new Toegang.Geweigerd(reden, ToewijzingController.CATEGORIE, casusId);
        });
        Client client = Client.uit(new Client.Invoer(request.bsn(), request.geboortedatum(), request.geslacht(), request.achternaam(),
                request.voorvoegsel(), request.voornamen(), request.voorletters()), LocalDate.now(clock.withZone(NEDERLAND)));
        boolean eerste = clienten.find(casusId).isEmpty();
        // The JW301s held back for the client are due now - marked so before the client is stored, so a crash in between still sends
        // them (ADR 0047); a correction of the client does not change messages already sent.
        if (eerste) {
            versturen.maakWachtendeVerschuldigd(casusId);
        }
        clienten.bewaar(casusId, client);
        versturen.verstuurTeVersturen(casusId);
        // A JW315 for this client that arrived before it was given is step 4 of a bepaling waiting for it: linked now, at its own time.
        linking.koppelEerdere(casusId);
        audit.toegestaan(gebruiker, AuditEntry.Actie.WIJZIGEN, ToewijzingController.CATEGORIE, casusId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/api/v1/zorgaanbieders/{agbCode}/toewijzingen/{toewijzingId}/jw301", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "Haal het JW301-bericht van een toewijzing op", description = "Alleen de zorgaanbieder aan wie is toegewezen (agb-claim "
            + "gelijk aan het pad). Gevalideerd tegen het XSD van JeugdLink; BerichtIdentificatie T + ToewijzingNummer (uniek per gemeente). "
            + "Het bericht bevat alle actuele toewijzingen van de cliënt bij deze zorgaanbieder in de casus (OP087), deze eerst.")
    @ApiResponse(responseCode = "200", description = "Het JW301-bericht",
            content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "403", description = "Geen zorgaanbieder, of een andere AGB-code dan de eigen")
    @ApiResponse(responseCode = "404", description = "Geen toewijzing met dit id aan deze zorgaanbieder")
    @ApiResponse(responseCode = "409", description = "De cliënt van de casus is nog niet vastgelegd")
    @ApiResponse(responseCode = "503", description = "Het bericht is verschuldigd maar kon nog niet worden verstuurd; probeer het zo opnieuw")
    ResponseEntity<?> jw301(
            @Parameter(description = "De AGB-code van de zorgaanbieder", schema = @Schema(type = "string", pattern = "^[0-9]{8}$"))
            @PathVariable String agbCode,
            @Parameter(description = "Het id van de toewijzing", schema = @Schema(type = "string", format = "uuid")) @PathVariable String toewijzingId) {
        Gebruiker gebruiker = Toegang.gebruiker();
        ParameterChecks.uuid("toewijzingId", toewijzingId);
        if (!gebruiker.rollen().contains(Rol.ZORGAANBIEDER) || !agbCode.equals(gebruiker.agbCode())) {
            throw new Toegang.Geweigerd("berichten van AGB-code " + agbCode + " zijn niet voor deze gebruiker", ToewijzingController.CATEGORIE, agbCode);
        }
        Toewijzingen.InCasus gevonden = toewijzingen.find(toewijzingId).filter(t -> t.toewijzing().isVoor(agbCode))
                .orElseThrow(() -> new ToewijzingController.NietGevonden(toewijzingId));
        // A JW301 still due after a crash or a failed transport is sent now (ADR 0047); then what was sent, by _id.
        if (!versturen.verstuurTeVersturen(gevonden.casusId())) {
            throw ApiPostvak.nogNietVerstuurd();
        }
        // Nothing sent for a toewijzing of this provider then means its client is not known yet.
        Optional<String> bericht = postvak.bericht(agbCode, Jw301.BERICHTCODE, toewijzingId);
        if (bericht.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "De gemeente heeft de cliënt van deze casus nog niet vastgelegd; het JW301-bericht volgt daarna.");
            problem.setTitle("Cliënt nog niet bekend");
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        audit.toegestaan(gebruiker, AuditEntry.Actie.LEZEN, ToewijzingController.CATEGORIE, gevonden.casusId());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(bericht.get());
    }

    @ExceptionHandler(OngeldigeToewijzing.class)
    ResponseEntity<ProblemDetail> ongeldig(OngeldigeToewijzing e) {
        return ResponseEntity.badRequest().body(ProblemHandling.invalidInput(
                e.overtredingen().stream().map(o -> new InvalidParam(o.veld(), o.regel(), o.reden())).toList()));
    }

    @ExceptionHandler(CasusOnbekend.class)
    ResponseEntity<ProblemDetail> casusOnbekend(CasusOnbekend e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Casus niet bekend");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(ToewijzingController.NietGevonden.class)
    ResponseEntity<ProblemDetail> nietGevonden(ToewijzingController.NietGevonden e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
