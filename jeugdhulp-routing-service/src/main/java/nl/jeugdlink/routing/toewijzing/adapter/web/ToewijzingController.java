package nl.jeugdlink.routing.toewijzing.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import nl.jeugdlink.platform.web.InvalidParam;
import nl.jeugdlink.platform.web.Pagination;
import nl.jeugdlink.platform.web.ParameterChecks;
import nl.jeugdlink.platform.web.ProblemHandling.InvalidInputException;
import nl.jeugdlink.platform.web.ProblemHandling;
import nl.jeugdlink.routing.toewijzing.adapter.web.ToewijzingBerichten.ToewijzingRequest;
import nl.jeugdlink.routing.toewijzing.adapter.web.ToewijzingBerichten.ToewijzingResponse;
import nl.jeugdlink.routing.toewijzing.adapter.web.ToewijzingBerichten.ToewijzingenResponse;
import nl.jeugdlink.routing.toewijzing.adapter.web.ToewijzingBerichten.AfwijzingRequest;
import nl.jeugdlink.routing.toewijzing.application.AssigningToewijzing;
import nl.jeugdlink.routing.toewijzing.application.DecliningToewijzing;
import nl.jeugdlink.routing.toewijzing.application.EngagingZoektocht;
import nl.jeugdlink.routing.toewijzing.adapter.web.ToewijzingBerichten.BesprekingRequest;
import nl.jeugdlink.routing.toewijzing.adapter.web.ToewijzingBerichten.OpschalingRequest;
import nl.jeugdlink.routing.toewijzing.adapter.web.ToewijzingBerichten.WijzigingRequest;
import nl.jeugdlink.routing.toewijzing.adapter.web.ToewijzingBerichten.AanpassingRequest;
import nl.jeugdlink.routing.toewijzing.adapter.web.ToewijzingBerichten.CorrectieRequest;
import nl.jeugdlink.routing.toewijzing.adapter.web.ToewijzingBerichten.ZoektochtRequest;
import nl.jeugdlink.routing.toewijzing.application.ChangingToewijzing;
import nl.jeugdlink.routing.toewijzing.domain.Zoektocht;
import nl.jeugdlink.routing.toewijzing.domain.Afwijzing;
import nl.jeugdlink.routing.toewijzing.domain.CasusOnbekend;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import nl.jeugdlink.routing.toewijzing.domain.OngeldigeToewijzing;
import nl.jeugdlink.routing.toewijzing.domain.Regelschending;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingen;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingsinzage;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingsopdracht;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Toewijzingen (JW301): the back office of the casus's municipality assigns care to a care provider;
 * the care provider (role zorgaanbieder, identified by the {@code agb} claim of its token) sees only
 * what is addressed to its own AGB code, and asking for another provider's toewijzing is answered as
 * if it did not exist. Back office and regisseur read the toewijzingen of their own municipalities.
 * The rules are {@link Toewijzingsinzage}'s; this adapter maps the token to an asker and a refusal to
 * the platform's audited 403 ({@code Toegang.Geweigerd}) or to the 404. Every read, create and refusal is audited under category {@code toewijzing}, about the casus.
 */
@RestController
@Tag(name = "toewijzingen", description = "Toewijzingen van jeugdhulp aan zorgaanbieders (iJw JW301)")
class ToewijzingController {

    static final String CATEGORIE = "toewijzing";
    static final URI TOEWIJZINGSREGEL = URI.create("https://jeugdlink.nl/problemen/toewijzingsregel");
    private static final Set<Rol> GEMEENTELIJK = EnumSet.of(Rol.BACKOFFICE, Rol.REGISSEUR);
    /** Who records step 5 after a decline (seed 002, Bouwsteen 5): the back office or the youth protector. */
    private static final Set<Rol> ZOEKERS = EnumSet.of(Rol.BACKOFFICE, Rol.JEUGDBESCHERMER);
    /** Step 6 is the GI team leader's; the region's contact person may take it on to the administrators. */
    private static final Set<Rol> OPSCHALERS = EnumSet.of(Rol.TEAMLEIDER, Rol.REGIONALE_CONTACTPERSOON);

    /** Unknown, or not to be confirmed to this asker: the same 404 either way. */
    static final class NietGevonden extends RuntimeException {
        NietGevonden(String id) {
            super("Geen toewijzing met id " + id);
        }
    }

    private final AssigningToewijzing assigning;
    private final DecliningToewijzing declining;
    private final EngagingZoektocht engaging;
    private final ChangingToewijzing changing;
    private final Casussen casussen;
    private final Toewijzingen toewijzingen;
    private final Audit audit;

    ToewijzingController(AssigningToewijzing assigning, DecliningToewijzing declining, EngagingZoektocht engaging, ChangingToewijzing changing,
            Casussen casussen, Toewijzingen toewijzingen, Audit audit) {
        this.changing = changing;
        this.assigning = assigning;
        this.declining = declining;
        this.engaging = engaging;
        this.casussen = casussen;
        this.toewijzingen = toewijzingen;
        this.audit = audit;
    }

    @PostMapping("/api/v1/casussen/{casusId}/toewijzingen")
    @Operation(summary = "Wijs jeugdhulp toe aan een zorgaanbieder (JW301)", description = "Door de backoffice van de gemeente van de casus. "
            + "Controleert de regels van een ToegewezenProduct die op eigen gegevens te toetsen zijn (CD041, CD075-CD079, CS003, CS338, "
            + "codelijsten JZ020, WJ756, WMO757) en dat hetzelfde product niet gestapeld wordt bij dezelfde zorgaanbieder (TR302). Kent een "
            + "ToewijzingNummer toe dat uniek is binnen de gemeente (TR332) en meldt JeugdhulpToegewezen.")
    @ApiResponse(responseCode = "201", description = "De toewijzing", content = @Content(schema = @Schema(implementation = ToewijzingResponse.class)))
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt veld en regel")
    @ApiResponse(responseCode = "403", description = "Geen backoffice, of de casus hoort bij een andere gemeente")
    @ApiResponse(responseCode = "404", description = "De casus is (nog) niet bekend bij de jeugdhulprouting")
    @ApiResponse(responseCode = "409", description = "Het product is al toegewezen aan deze zorgaanbieder in een overlappende periode (TR302), "
            + "de zorgaanbieder is niet gecontracteerd (GEEN_CONTRACT), de bepaling is onbekend (BEPALING_ONBEKEND) of volgens het "
            + "woonplaatsbeginsel van een andere gemeente (WOONPLAATSBEGINSEL)")
    ResponseEntity<ToewijzingResponse> wijsToe(
            @Parameter(description = "Het id van de casus", schema = @Schema(type = "string", format = "uuid")) @PathVariable String casusId,
            @RequestBody ToewijzingRequest request) {
        Gebruiker gebruiker = Toegang.gebruiker();
        ParameterChecks.uuid("casusId", casusId);
        if (!gebruiker.rollen().contains(Rol.BACKOFFICE)) {
            throw weiger(casusId, "rol niet toegestaan: nodig is BACKOFFICE");
        }
        String gemeente = assigning.gemeenteVan(casusId);
        if (request.bepalingId() != null) {
            ParameterChecks.uuid("bepalingId", request.bepalingId());
        }
        // The casus's back office, or - under the woonplaatsbeginsel - the back office of the municipality a bepaling makes responsible.
        boolean verantwoordelijk = request.bepalingId() != null
                && assigning.verantwoordelijkeGemeente(casusId, request.bepalingId()).filter(gebruiker::werktVoor).isPresent();
        Toewijzingsinzage.weigeringVoorGemeente(new Toewijzingsinzage.Gemeentelijk(gebruiker.gemeenten()), gemeente).filter(reden -> !verantwoordelijk)
                .ifPresent(reden -> {
                    throw weiger(casusId, reden);
                });
        Toewijzingsopdracht opdracht = Toewijzingsopdracht.uit(request.invoer());
        Toewijzingen.InCasus toegewezen = assigning.wijsToe(casusId, opdracht, request.bepalingId(), gebruiker.id(), null, gebruiker.gemeenten());
        audit.toegestaan(gebruiker, AuditEntry.Actie.AANMAKEN, CATEGORIE, casusId);
        return ResponseEntity.created(URI.create("/api/v1/toewijzingen/" + toegewezen.toewijzing().toewijzingId()))
                .body(ToewijzingResponse.of(toegewezen));
    }

    @GetMapping("/api/v1/toewijzingen")
    @Operation(summary = "Zoek toewijzingen", description = "Een zorgaanbieder krijgt alleen de toewijzingen aan de AGB-code in zijn token "
            + "(zonder agb-claim: 403); met casusId alleen in een casus waarin aan hem is toegewezen. Backoffice en regisseur krijgen de "
            + "toewijzingen van de gemeenten in hun token, desgewenst van één casus, en die zij zelf toewezen in een casus van een andere "
            + "gemeente (woonplaatsbeginsel; van die casus niets anders). Nieuwste eerst.")
    @ApiResponse(responseCode = "200", description = "Een pagina toewijzingen",
            content = @Content(schema = @Schema(implementation = ToewijzingenResponse.class)))
    @ApiResponse(responseCode = "400", description = "Een parameter is ongeldig; invalidParams noemt hem")
    @ApiResponse(responseCode = "403", description = "Rol niet toegestaan, geen agb-claim, of de casus is niet van uw gemeente of AGB-code")
    ToewijzingenResponse zoek(
            @Parameter(description = "Het id van de casus", schema = @Schema(type = "string", format = "uuid"))
            @RequestParam(required = false) @Nullable String casusId,
            @Parameter(description = "Paginanummer, vanaf 1", schema = @Schema(type = "integer", minimum = "1", defaultValue = "1"))
            @RequestParam(required = false) @Nullable String page,
            @Parameter(description = "Toewijzingen per pagina, 1 tot en met 200",
                    schema = @Schema(type = "integer", minimum = "1", maximum = "200", defaultValue = "50"))
            @RequestParam(required = false) @Nullable String pageSize) {
        Gebruiker gebruiker = Toegang.gebruiker();
        List<InvalidParam> fouten = new ArrayList<>();
        ParameterChecks.uuid("casusId", casusId, fouten);
        Pagination paginering = Pagination.uit(page, pageSize, fouten);
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        Toewijzingsinzage.Vrager vrager = vrager(gebruiker, casusId);
        Toewijzingen.Pagina gevonden = toewijzingen.zoek(Toewijzingsinzage.zoekvraag(vrager, casusId, paginering.pagina(), paginering.grootte()));
        if (casusId != null && vrager instanceof Toewijzingsinzage.Gemeentelijk gemeentelijk) {
            casussen.find(casusId).flatMap(casus -> Toewijzingsinzage.weigeringVoorCasus(gemeentelijk, casus.gemeenteCode(), gevonden.totaal()))
                    .ifPresent(reden -> {
                        throw weiger(casusId, reden);
                    });
        }
        if (casusId != null && vrager instanceof Toewijzingsinzage.Zorgaanbieder zorgaanbieder) {
            Toewijzingsinzage.weigeringVoorCasus(zorgaanbieder, gevonden.totaal()).ifPresent(reden -> {
                throw weiger(casusId, reden);
            });
        }
        // One audit line per casus whose toewijzingen were shown, written together; a question that showed nothing is audited once.
        Set<String> getoond = new LinkedHashSet<>();
        gevonden.toewijzingen().forEach(t -> getoond.add(t.casusId()));
        if (getoond.isEmpty()) {
            audit.toegestaan(gebruiker, AuditEntry.Actie.LEZEN, CATEGORIE, casusId);
        }
        audit.toegestaan(gebruiker, AuditEntry.Actie.LEZEN, CATEGORIE, getoond);
        return new ToewijzingenResponse(gevonden.toewijzingen().stream().map(ToewijzingResponse::of).toList(),
                paginering.antwoord(gevonden.totaal()));
    }

    @GetMapping("/api/v1/toewijzingen/{toewijzingId}")
    @Operation(summary = "Haal een toewijzing op", description = "Een zorgaanbieder alleen een toewijzing aan de AGB-code in zijn token; een "
            + "toewijzing aan een andere zorgaanbieder is voor hem niet gevonden (404). Backoffice en regisseur alleen van hun gemeenten, of door hun gemeente toegewezen "
            + "in een casus van een andere (woonplaatsbeginsel).")
    @ApiResponse(responseCode = "200", description = "De toewijzing", content = @Content(schema = @Schema(implementation = ToewijzingResponse.class)))
    @ApiResponse(responseCode = "400", description = "Het id is geen UUID")
    @ApiResponse(responseCode = "403", description = "Rol niet toegestaan, geen agb-claim, of de toewijzing is van een andere gemeente")
    @ApiResponse(responseCode = "404", description = "Geen toewijzing met dit id (voor een zorgaanbieder: geen aan zijn AGB-code)")
    ToewijzingResponse haalOp(
            @Parameter(description = "Het id van de toewijzing", schema = @Schema(type = "string", format = "uuid")) @PathVariable String toewijzingId) {
        Gebruiker gebruiker = Toegang.gebruiker();
        ParameterChecks.uuid("toewijzingId", toewijzingId);
        var gevonden = toewijzingen.find(toewijzingId);
        String betreft = gevonden.map(Toewijzingen.InCasus::casusId).orElse(toewijzingId);
        Toewijzingsinzage.Vrager vrager = vrager(gebruiker, betreft);
        Toewijzingen.InCasus toewijzing = gevonden.orElseThrow(() -> new NietGevonden(toewijzingId));
        switch (Toewijzingsinzage.oordeel(vrager, toewijzing.toewijzing(), toewijzing.gemeenteCode())) {
            case TOEGESTAAN -> {
            }
            case NIET_GEVONDEN -> {
                // Another provider's toewijzing: refused in the trail, but to the asker it does not exist.
                audit.geweigerd(gebruiker, AuditEntry.Actie.LEZEN, CATEGORIE, betreft,
                        "toewijzing aan een andere AGB-code dan " + ((Toewijzingsinzage.Zorgaanbieder) vrager).agbCode());
                throw new NietGevonden(toewijzingId);
            }
            case GEWEIGERD -> throw weiger(betreft, "geen toegang tot gegevens van gemeente " + toewijzing.gemeenteCode());
        }
        audit.toegestaan(gebruiker, AuditEntry.Actie.LEZEN, CATEGORIE, betreft);
        return ToewijzingResponse.of(toewijzing);
    }

    @PostMapping("/api/v1/toewijzingen/{toewijzingId}/afwijzing")
    @Operation(summary = "Wijs een toewijzing af als zorgaanbieder (ZorgaanbiederAfwijzing)", description = "Alleen de zorgaanbieder aan wie "
            + "is toegewezen (agb-claim), binnen 5 werkdagen: geen tijdige en/of passende hulp, met reden (en toelichting, verplicht bij ANDERS). "
            + "Een toewijzing aan een andere zorgaanbieder bestaat voor hem niet (404). Meldt ZorgaanbiederAfwijzing (codes, geen toelichting); "
            + "daarmee begint het zoeken in het netwerk of bij het Regionaal Expertteam (stap 5).")
    @ApiResponse(responseCode = "201", description = "De toewijzing met haar afwijzing",
            content = @Content(schema = @Schema(implementation = ToewijzingResponse.class)))
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt veld en regel")
    @ApiResponse(responseCode = "403", description = "Geen zorgaanbieder, of geen agb-claim")
    @ApiResponse(responseCode = "404", description = "Geen toewijzing met dit id aan deze zorgaanbieder")
    @ApiResponse(responseCode = "409", description = "De toewijzing is al afgewezen (AL_AFGEWEZEN)")
    ResponseEntity<ToewijzingResponse> wijsAf(
            @Parameter(description = "Het id van de toewijzing", schema = @Schema(type = "string", format = "uuid")) @PathVariable String toewijzingId,
            @RequestBody AfwijzingRequest request) {
        Gebruiker gebruiker = Toegang.gebruiker();
        ParameterChecks.uuid("toewijzingId", toewijzingId);
        var gevonden = toewijzingen.find(toewijzingId);
        String betreft = gevonden.map(Toewijzingen.InCasus::casusId).orElse(toewijzingId);
        if (!gebruiker.rollen().contains(Rol.ZORGAANBIEDER)) {
            throw weiger(betreft, "rol niet toegestaan: nodig is ZORGAANBIEDER");
        }
        Toewijzingsinzage.Zorgaanbieder vrager = new Toewijzingsinzage.Zorgaanbieder(gebruiker.agbCode());
        Toewijzingsinzage.weigering(vrager).ifPresent(reden -> {
            throw weiger(betreft, reden);
        });
        Toewijzingen.InCasus toewijzing = gevonden.orElseThrow(() -> new NietGevonden(toewijzingId));
        if (Toewijzingsinzage.oordeel(vrager, toewijzing.toewijzing(), toewijzing.gemeenteCode()) != Toewijzingsinzage.Oordeel.TOEGESTAAN) {
            audit.geweigerd(gebruiker, AuditEntry.Actie.AANMAKEN, CATEGORIE, betreft, "afwijzing van een toewijzing aan een andere AGB-code dan "
                    + vrager.agbCode());
            throw new NietGevonden(toewijzingId);
        }
        List<InvalidParam> fouten = new ArrayList<>();
        Afwijzing.Grond grond = keuze(Afwijzing.Grond.class, "grond", request.grond(), fouten);
        Afwijzing.Reden reden = keuze(Afwijzing.Reden.class, "reden", request.reden(), fouten);
        String toelichting = request.toelichting() == null || request.toelichting().isBlank() ? null : request.toelichting().strip();
        if (toelichting != null && toelichting.length() > Afwijzing.MAXIMALE_TOELICHTING) {
            fouten.add(new InvalidParam("toelichting", "maxLength", "Een toelichting is hoogstens " + Afwijzing.MAXIMALE_TOELICHTING + " tekens."));
        }
        if (reden == Afwijzing.Reden.ANDERS && toelichting == null) {
            fouten.add(new InvalidParam("toelichting", "required", "Bij reden ANDERS is een toelichting verplicht."));
        }
        if (!fouten.isEmpty() || grond == null || reden == null) {
            throw new InvalidInputException(fouten);
        }
        var afgewezen = declining.wijsAf(toewijzing.casusId(), toewijzingId, grond, reden, toelichting, gebruiker.id());
        audit.toegestaan(gebruiker, AuditEntry.Actie.AANMAKEN, CATEGORIE, betreft);
        return ResponseEntity.created(URI.create("/api/v1/toewijzingen/" + toewijzingId)).body(ToewijzingResponse.of(
                new Toewijzingen.InCasus(afgewezen, toewijzing.casusId(), toewijzing.aanmeldingId(), toewijzing.gemeenteCode())));
    }

    @PostMapping("/api/v1/toewijzingen/{toewijzingId}/afwijzing/zoektocht")
    @Operation(summary = "Schakel na een afwijzing het netwerk of het Regionaal Expertteam in (stap 5, ZoektochtIngeschakeld)", description =
            "Door de backoffice of de jeugdbeschermer van de gemeente van de toewijzing, eenmaal per afwijzing zolang de zoektocht open is: "
            + "route NETWERK (de afwijzende zorgaanbieder wordt mede-eigenaar van het vinden van hulp) of RET (bespreekt de casus binnen 2 weken; "
            + "termijn ZOEKTOCHT_STAP_5 van de escalation-service).")
    @ApiResponse(responseCode = "201", description = "De toewijzing met haar afwijzing en zoektocht",
            content = @Content(schema = @Schema(implementation = ToewijzingResponse.class)))
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt veld en regel")
    @ApiResponse(responseCode = "403", description = "Rol niet toegestaan, of de toewijzing is van een andere gemeente")
    @ApiResponse(responseCode = "404", description = "Geen toewijzing met dit id")
    @ApiResponse(responseCode = "409", description = "Niet afgewezen (NIET_AFGEWEZEN), al ingeschakeld (AL_INGESCHAKELD) of afgesloten (ZOEKTOCHT_AFGESLOTEN)")
    ResponseEntity<ToewijzingResponse> schakelIn(
            @Parameter(description = "Het id van de afgewezen toewijzing", schema = @Schema(type = "string", format = "uuid")) @PathVariable String toewijzingId,
            @RequestBody ZoektochtRequest request) {
        Gebruiker gebruiker = Toegang.gebruiker();
        ParameterChecks.uuid("toewijzingId", toewijzingId);
        var gevonden = toewijzingen.find(toewijzingId);
        String betreft = gevonden.map(Toewijzingen.InCasus::casusId).orElse(toewijzingId);
        if (!gebruiker.heeftEenVan(ZOEKERS)) {
            throw weiger(betreft, "rol niet toegestaan: nodig is BACKOFFICE of JEUGDBESCHERMER");
        }
        Toewijzingen.InCasus toewijzing = gevonden.orElseThrow(() -> new NietGevonden(toewijzingId));
        if (!gebruiker.werktVoor(toewijzing.gemeenteCode())) {
            throw weiger(betreft, "geen toegang tot gegevens van gemeente " + toewijzing.gemeenteCode());
        }
        List<InvalidParam> fouten = new ArrayList<>();
        Zoektocht.Route route = keuze(Zoektocht.Route.class, "route", request.route(), fouten);
        if (route == null) {
            throw new InvalidInputException(fouten);
        }
        var ingeschakeld = engaging.schakelIn(toewijzing.casusId(), toewijzingId, route, gebruiker.id());
        audit.toegestaan(gebruiker, AuditEntry.Actie.AANMAKEN, CATEGORIE, betreft);
        return ResponseEntity.created(URI.create("/api/v1/toewijzingen/" + toewijzingId)).body(ToewijzingResponse.of(
                new Toewijzingen.InCasus(ingeschakeld, toewijzing.casusId(), toewijzing.aanmeldingId(), toewijzing.gemeenteCode())));
    }

    @PostMapping("/api/v1/toewijzingen/{toewijzingId}/afwijzing/zoektocht/bespreking")
    @Operation(summary = "Leg de bespreking in het Regionaal Expertteam vast (stap 5B, RetBesproken)", description =
            "Door de backoffice of de jeugdbeschermer van de gemeente van de toewijzing, eenmaal, voor een open zoektocht via het RET: "
            + "de uitkomst ZICHT_OP_PASSENDE_HULP of GEEN_PASSENDE_HULP. Haalt termijn ZOEKTOCHT_STAP_5 van de escalation-service; "
            + "GEEN_PASSENDE_HULP start ZOEKTOCHT_STAP_6 (opschalen binnen 1 week).")
    @ApiResponse(responseCode = "201", description = "De toewijzing met haar afwijzing, zoektocht en bespreking",
            content = @Content(schema = @Schema(implementation = ToewijzingResponse.class)))
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt veld en regel")
    @ApiResponse(responseCode = "403", description = "Rol niet toegestaan, of de toewijzing is van een andere gemeente")
    @ApiResponse(responseCode = "404", description = "Geen toewijzing met dit id")
    @ApiResponse(responseCode = "409", description = "Niet afgewezen (NIET_AFGEWEZEN), niet ingeschakeld (NIET_INGESCHAKELD), "
            + "via het netwerk (GEEN_RET), al besproken (AL_BESPROKEN) of afgesloten (ZOEKTOCHT_AFGESLOTEN)")
    ResponseEntity<ToewijzingResponse> bespreek(
            @Parameter(description = "Het id van de afgewezen toewijzing", schema = @Schema(type = "string", format = "uuid")) @PathVariable String toewijzingId,
            @RequestBody BesprekingRequest request) {
        Gebruiker gebruiker = Toegang.gebruiker();
        Toewijzingen.InCasus toewijzing = vanGemeente(gebruiker, toewijzingId, ZOEKERS, "BACKOFFICE of JEUGDBESCHERMER");
        List<InvalidParam> fouten = new ArrayList<>();
        Zoektocht.Uitkomst uitkomst = keuze(Zoektocht.Uitkomst.class, "uitkomst", request.uitkomst(), fouten);
        if (uitkomst == null) {
            throw new InvalidInputException(fouten);
        }
        var besproken = engaging.bespreek(toewijzing.casusId(), toewijzingId, uitkomst, gebruiker.id());
        audit.toegestaan(gebruiker, AuditEntry.Actie.AANMAKEN, CATEGORIE, toewijzing.casusId());
        return ResponseEntity.created(URI.create("/api/v1/toewijzingen/" + toewijzingId)).body(ToewijzingResponse.of(
                new Toewijzingen.InCasus(besproken, toewijzing.casusId(), toewijzing.aanmeldingId(), toewijzing.gemeenteCode())));
    }

    @PostMapping("/api/v1/toewijzingen/{toewijzingId}/afwijzing/zoektocht/opschaling")
    @Operation(summary = "Schaal de zoektocht op naar de regionale contactpersoon (stap 6, ZoektochtOpgeschaald)", description =
            "Door de teamleider (GI) of de regionale contactpersoon van de gemeente van de toewijzing, voor een open zoektocht: via het "
            + "netwerk, of via het RET na een bespreking zonder zicht op passende hulp. Eenmaal; daarna alleen nog bestuurlijk "
            + "(bestuurlijk: true). Haalt termijn ZOEKTOCHT_STAP_6 van de escalation-service.")
    @ApiResponse(responseCode = "201", description = "De toewijzing met haar afwijzing, zoektocht en opschaling",
            content = @Content(schema = @Schema(implementation = ToewijzingResponse.class)))
    @ApiResponse(responseCode = "403", description = "Rol niet toegestaan, of de toewijzing is van een andere gemeente")
    @ApiResponse(responseCode = "404", description = "Geen toewijzing met dit id")
    @ApiResponse(responseCode = "409", description = "Niet afgewezen (NIET_AFGEWEZEN), niet ingeschakeld (NIET_INGESCHAKELD), RET nog niet "
            + "besproken (NIET_BESPROKEN) of met zicht op hulp (ZICHT_OP_PASSENDE_HULP), al opgeschaald (AL_OPGESCHAALD) of afgesloten "
            + "(ZOEKTOCHT_AFGESLOTEN)")
    ResponseEntity<ToewijzingResponse> schaalOp(
            @Parameter(description = "Het id van de afgewezen toewijzing", schema = @Schema(type = "string", format = "uuid")) @PathVariable String toewijzingId,
            @RequestBody(required = false) @Nullable OpschalingRequest request) {
        Gebruiker gebruiker = Toegang.gebruiker();
        Toewijzingen.InCasus toewijzing = vanGemeente(gebruiker, toewijzingId, OPSCHALERS, "TEAMLEIDER of REGIONALE_CONTACTPERSOON");
        boolean bestuurlijk = request != null && Boolean.TRUE.equals(request.bestuurlijk());
        var opgeschaald = engaging.schaalOp(toewijzing.casusId(), toewijzingId, bestuurlijk, gebruiker.id());
        audit.toegestaan(gebruiker, AuditEntry.Actie.AANMAKEN, CATEGORIE, toewijzing.casusId());
        return ResponseEntity.created(URI.create("/api/v1/toewijzingen/" + toewijzingId)).body(ToewijzingResponse.of(
                new Toewijzingen.InCasus(opgeschaald, toewijzing.casusId(), toewijzing.aanmeldingId(), toewijzing.gemeenteCode())));
    }

    @PostMapping("/api/v1/toewijzingen/{toewijzingId}/wijziging")
    @Operation(summary = "Trek een toewijzing in of breng haar einddatum naar voren (JW301 met RedenWijziging)", description = "Door de "
            + "backoffice van de gemeente van de toewijzing: een eerdere einddatum met een RedenWijziging (JZ002; 13 verwijderd = einddatum "
            + "gelijk aan de ingangsdatum). Het JW301-bericht gaat opnieuw uit onder hetzelfde ToewijzingNummer (BerichtIdentificatie "
            + "T<nummer>W<wijziging>); meldt ToewijzingGewijzigd. Langere hulp is een nieuwe toewijzing met een nieuw nummer.")
    @ApiResponse(responseCode = "201", description = "De gewijzigde toewijzing", content = @Content(schema = @Schema(implementation = ToewijzingResponse.class)))
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt veld en regel")
    @ApiResponse(responseCode = "403", description = "Geen backoffice, of de toewijzing is van een andere gemeente")
    @ApiResponse(responseCode = "404", description = "Geen toewijzing met dit id")
    @ApiResponse(responseCode = "409", description = "Niet eerder (ALLEEN_INKORTEN), voor de ingangsdatum (CS003) of de start (TR018), reden 13 "
            + "zonder einddatum = ingangsdatum (CS335), al verwijderd (VERWIJDERD), of in het verleden zonder instemming van de zorgaanbieder (OP186)")
    ResponseEntity<ToewijzingResponse> wijzig(
            @Parameter(description = "Het id van de toewijzing", schema = @Schema(type = "string", format = "uuid")) @PathVariable String toewijzingId,
            @RequestBody WijzigingRequest request) {
        Gebruiker gebruiker = Toegang.gebruiker();
        Toewijzingen.InCasus toewijzing = vanToewijzendeGemeente(gebruiker, toewijzingId);
        List<InvalidParam> fouten = new ArrayList<>();
        if (request.einddatum() == null) {
            fouten.add(new InvalidParam("einddatum", "required", "De nieuwe einddatum."));
        }
        if (request.redenWijziging() == null || !nl.jeugdlink.routing.toewijzing.domain.Casus.JZ002.contains(request.redenWijziging())) {
            fouten.add(new InvalidParam("redenWijziging", "JZ002", "Een RedenWijziging uit JZ002, 02 tot en met 14 (01 is vervallen, CS336)."));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        var gewijzigd = changing.wijzig(toewijzing.casusId(), toewijzingId, request.einddatum(), request.redenWijziging(),
                Boolean.TRUE.equals(request.instemmingAanbieder()), gebruiker.id());
        audit.toegestaan(gebruiker, AuditEntry.Actie.WIJZIGEN, CATEGORIE, toewijzing.casusId());
        return ResponseEntity.created(URI.create("/api/v1/toewijzingen/" + toewijzingId)).body(ToewijzingResponse.of(
                new Toewijzingen.InCasus(gewijzigd, toewijzing.casusId(), toewijzing.aanmeldingId(), toewijzing.gemeenteCode())));
    }

    @PostMapping("/api/v1/toewijzingen/{toewijzingId}/aanpassing")
    @Operation(summary = "Pas de omvang of het product van een toewijzing aan vanaf een dag", description = "Door de backoffice van de "
            + "gemeente van de toewijzing (iJw 3.3.2: de inhoud van een toewijzing verandert nooit onder haar nummer): de toewijzing eindigt "
            + "de dag voor 'vanaf' met de RedenWijziging (meldt ToewijzingGewijzigd), en de aangepaste hulp is een nieuwe toewijzing met een "
            + "nieuw ToewijzingNummer van 'vanaf' tot de oude einddatum (meldt JeugdhulpToegewezen). Het JW301-bericht van elk van beide "
            + "bevat beide (OP087).")
    @ApiResponse(responseCode = "201", description = "De nieuwe toewijzing", content = @Content(schema = @Schema(implementation = ToewijzingResponse.class)))
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer, ook vanaf na de einddatum (CS003 van de nieuwe toewijzing); "
            + "invalidParams noemt veld en regel")
    @ApiResponse(responseCode = "403", description = "Geen backoffice, of de toewijzing is van een andere gemeente")
    @ApiResponse(responseCode = "404", description = "Geen toewijzing met dit id")
    @ApiResponse(responseCode = "409", description = "Vanaf niet na de ingangsdatum (CS003), voor de start "
            + "(TR018), afgewezen (AL_AFGEWEZEN), verwijderd (VERWIJDERD), gestapeld (TR302) of een niet gecontracteerd product (GEEN_CONTRACT)")
    ResponseEntity<ToewijzingResponse> pasAan(
            @Parameter(description = "Het id van de toewijzing", schema = @Schema(type = "string", format = "uuid")) @PathVariable String toewijzingId,
            @RequestBody AanpassingRequest request) {
        Gebruiker gebruiker = Toegang.gebruiker();
        Toewijzingen.InCasus toewijzing = vanToewijzendeGemeente(gebruiker, toewijzingId);
        List<InvalidParam> fouten = new ArrayList<>();
        if (request.vanaf() == null) {
            fouten.add(new InvalidParam("vanaf", "required", "De eerste dag van de aangepaste hulp."));
        }
        if (request.redenWijziging() == null || "13".equals(request.redenWijziging())
                || !nl.jeugdlink.routing.toewijzing.domain.Casus.JZ002.contains(request.redenWijziging())) {
            fouten.add(new InvalidParam("redenWijziging", "JZ002", "Een RedenWijziging uit JZ002: 02 tot en met 12 of 14 (01 is vervallen, 13 is "
                    + "een correctie)."));
        }
        if (request.product() == null && request.omvang() == null && request.budget() == null) {
            fouten.add(new InvalidParam("omvang", "required", "Wat verandert: een product, een omvang of een budget."));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        var product = request.product() == null ? null
                : new nl.jeugdlink.routing.toewijzing.domain.Toewijzingsopdracht.ProductInvoer(request.product().categorie(), request.product().code());
        var omvang = request.omvang() == null ? null : new nl.jeugdlink.routing.toewijzing.domain.Toewijzingsopdracht.OmvangInvoer(
                request.omvang().volume(), request.omvang().eenheid(), request.omvang().frequentie());
        var nieuw = assigning.pasAan(toewijzing.casusId(), toewijzingId, java.util.Objects.requireNonNull(request.vanaf()),
                java.util.Objects.requireNonNull(request.redenWijziging()), product, omvang, request.budget(),
                Boolean.TRUE.equals(request.instemmingAanbieder()), gebruiker.id());
        audit.toegestaan(gebruiker, AuditEntry.Actie.AANMAKEN, CATEGORIE, toewijzing.casusId());
        return ResponseEntity.created(URI.create("/api/v1/toewijzingen/" + nieuw.toewijzing().toewijzingId())).body(ToewijzingResponse.of(nieuw));
    }

    @PostMapping("/api/v1/toewijzingen/{toewijzingId}/correctie")
    @Operation(summary = "Corrigeer een toewijzing (intrekking met reden 13 en een nieuwe toewijzing, in een keer)", description = "Door de "
            + "backoffice van de gemeente van de toewijzing (iJw 3.3.2): de toewijzing wordt verwijderd (RedenWijziging 13, einddatum = "
            + "ingangsdatum; meldt ToewijzingGewijzigd) en de juiste hulp is een nieuwe toewijzing met een nieuw ToewijzingNummer voor dezelfde "
            + "zorgaanbieder (meldt JeugdhulpToegewezen), in een schrijfactie. Wat is weggelaten blijft zoals het was. Een verwijdering in het "
            + "verleden alleen met instemming van de zorgaanbieder (OP186).")
    @ApiResponse(responseCode = "201", description = "De gecorrigeerde (nieuwe) toewijzing", content = @Content(schema = @Schema(implementation = ToewijzingResponse.class)))
    @ApiResponse(responseCode = "400", description = "Niets te corrigeren, of de juiste hulp breekt een regel; invalidParams noemt veld en regel")
    @ApiResponse(responseCode = "403", description = "Geen backoffice, of de toewijzing is van een andere gemeente")
    @ApiResponse(responseCode = "404", description = "Geen toewijzing met dit id")
    @ApiResponse(responseCode = "409", description = "Al gestart na de ingangsdatum (TR018), afgewezen (AL_AFGEWEZEN), al verwijderd (VERWIJDERD), "
            + "in het verleden zonder instemming (OP186), gestapeld (TR302) of niet gecontracteerd (GEEN_CONTRACT)")
    ResponseEntity<ToewijzingResponse> corrigeer(
            @Parameter(description = "Het id van de toewijzing", schema = @Schema(type = "string", format = "uuid")) @PathVariable String toewijzingId,
            @RequestBody CorrectieRequest request) {
        Gebruiker gebruiker = Toegang.gebruiker();
        Toewijzingen.InCasus toewijzing = vanToewijzendeGemeente(gebruiker, toewijzingId);
        if (request.product() == null && request.ingangsdatum() == null && request.einddatum() == null && request.omvang() == null
                && request.budget() == null) {
            throw new InvalidInputException(List.of(new InvalidParam("product", "required",
                    "Wat gecorrigeerd wordt: een product, ingangsdatum, einddatum, omvang of budget.")));
        }
        var correctie = new AssigningToewijzing.Correctie(
                request.product() == null ? null : new Toewijzingsopdracht.ProductInvoer(request.product().categorie(), request.product().code()),
                request.ingangsdatum(), request.einddatum(),
                request.omvang() == null ? null
                        : new Toewijzingsopdracht.OmvangInvoer(request.omvang().volume(), request.omvang().eenheid(), request.omvang().frequentie()),
                request.budget());
        var gecorrigeerd = assigning.corrigeer(toewijzing.casusId(), toewijzingId, correctie, Boolean.TRUE.equals(request.instemmingAanbieder()),
                gebruiker.id());
        audit.toegestaan(gebruiker, AuditEntry.Actie.AANMAKEN, CATEGORIE, toewijzing.casusId());
        return ResponseEntity.created(URI.create("/api/v1/toewijzingen/" + gecorrigeerd.toewijzing().toewijzingId()))
                .body(ToewijzingResponse.of(gecorrigeerd));
    }

    /**
     * The toewijzing for the back office of the municipality that assigned it - under the woonplaatsbeginsel possibly another than the
     * casus's: only the assigning municipality changes its toewijzing (its JW301). 403 otherwise (audited about the casus), 404 when unknown.
     */
    private Toewijzingen.InCasus vanToewijzendeGemeente(Gebruiker gebruiker, String toewijzingId) {
        ParameterChecks.uuid("toewijzingId", toewijzingId);
        var gevonden = toewijzingen.find(toewijzingId);
        String betreft = gevonden.map(Toewijzingen.InCasus::casusId).orElse(toewijzingId);
        if (!gebruiker.heeftEenVan(EnumSet.of(Rol.BACKOFFICE))) {
            throw weiger(betreft, "rol niet toegestaan: nodig is BACKOFFICE");
        }
        Toewijzingen.InCasus toewijzing = gevonden.orElseThrow(() -> new NietGevonden(toewijzingId));
        String toewijzend = toewijzing.toewijzing().gemeente(toewijzing.gemeenteCode());
        if (!gebruiker.werktVoor(toewijzend)) {
            throw weiger(betreft, "geen toegang tot gegevens van gemeente " + toewijzend);
        }
        return toewijzing;
    }

    /** The toewijzing for a role of its municipality: 403 for another role or municipality (audited about the casus), 404 when unknown. */
    private Toewijzingen.InCasus vanGemeente(Gebruiker gebruiker, String toewijzingId, Set<Rol> rollen, String nodig) {
        ParameterChecks.uuid("toewijzingId", toewijzingId);
        var gevonden = toewijzingen.find(toewijzingId);
        String betreft = gevonden.map(Toewijzingen.InCasus::casusId).orElse(toewijzingId);
        if (!gebruiker.heeftEenVan(rollen)) {
            throw weiger(betreft, "rol niet toegestaan: nodig is " + nodig);
        }
        Toewijzingen.InCasus toewijzing = gevonden.orElseThrow(() -> new NietGevonden(toewijzingId));
        if (!gebruiker.werktVoor(toewijzing.gemeenteCode())) {
            throw weiger(betreft, "geen toegang tot gegevens van gemeente " + toewijzing.gemeenteCode());
        }
        return toewijzing;
    }

    private static <E extends Enum<E>> @Nullable E keuze(Class<E> soort, String veld, @Nullable String waarde, List<InvalidParam> fouten) {
        if (waarde == null || waarde.isBlank()) {
            fouten.add(new InvalidParam(veld, "required", "Het veld " + veld + " is verplicht."));
            return null;
        }
        for (E e : soort.getEnumConstants()) {
            if (e.name().equals(waarde)) {
                return e;
            }
        }
        fouten.add(new InvalidParam(veld, "enum", "Onbekende waarde voor " + veld + "; toegestaan: "
                + java.util.Arrays.stream(soort.getEnumConstants()).map(Enum::name).toList() + "."));
        return null;
    }

    /**
     * How the person asks, by role: a care provider by the AGB code of its token (whatever else the
     * token says), back office and regisseur for their municipalities; anyone else, or a care provider
     * without an AGB code, is refused.
     */
    private static Toewijzingsinzage.Vrager vrager(Gebruiker gebruiker, @Nullable String betreft) {
        Toewijzingsinzage.Vrager vrager;
        if (gebruiker.rollen().contains(Rol.ZORGAANBIEDER)) {
            vrager = new Toewijzingsinzage.Zorgaanbieder(gebruiker.agbCode());
        } else if (gebruiker.heeftEenVan(GEMEENTELIJK)) {
            vrager = new Toewijzingsinzage.Gemeentelijk(gebruiker.gemeenten());
        } else {
            throw weiger(betreft, "rol niet toegestaan: nodig is een van ZORGAANBIEDER, BACKOFFICE, REGISSEUR");
        }
        Toewijzingsinzage.weigering(vrager).ifPresent(reden -> {
            throw weiger(betreft, reden);
        });
        return vrager;
    }

    /** A 403 whose audit record (the platform's) is filed under toewijzing, about the casus. */
    private static Toegang.Geweigerd weiger(@Nullable String betreft, String reden) {
        return new Toegang.Geweigerd(reden, CATEGORIE, betreft);
    }

    @ExceptionHandler(OngeldigeToewijzing.class)
    ResponseEntity<ProblemDetail> ongeldig(OngeldigeToewijzing e) {
        return ResponseEntity.badRequest().body(ProblemHandling.invalidInput(
                e.overtredingen().stream().map(o -> new InvalidParam(o.veld(), o.regel(), o.reden())).toList()));
    }

    /** A rule across the casus's toewijzingen refuses it: 409, naming the rule and the field. */
    @ExceptionHandler(Regelschending.class)
    ResponseEntity<ProblemDetail> regelschending(Regelschending e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(ProblemHandling.ruleBroken(TOEWIJZINGSREGEL, "Toewijzingsregel", new InvalidParam(e.veld(), e.regel(), e.getMessage())));
    }

    @ExceptionHandler(CasusOnbekend.class)
    ResponseEntity<ProblemDetail> casusOnbekend(CasusOnbekend e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage()
                + " Een net geopende casus komt binnen enkele seconden door; probeer het dan opnieuw.");
        problem.setTitle("Casus niet bekend");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(NietGevonden.class)
    ResponseEntity<ProblemDetail> nietGevonden(NietGevonden e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
