package nl.jeugdlink.escalatie.escalatie.adapter.web;

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
import java.util.regex.Pattern;
import nl.jeugdlink.escalatie.escalatie.adapter.web.EscalatieApi.AfrondingRequest;
import nl.jeugdlink.escalatie.escalatie.adapter.web.EscalatieApi.EscalatieResponse;
import nl.jeugdlink.escalatie.escalatie.adapter.web.EscalatieApi.EscalatiesResponse;
import nl.jeugdlink.escalatie.escalatie.adapter.web.EscalatieApi.GezinRequest;
import nl.jeugdlink.escalatie.escalatie.adapter.web.EscalatieApi.OpenRequest;
import nl.jeugdlink.escalatie.escalatie.adapter.web.EscalatieApi.ReactieRequest;
import nl.jeugdlink.escalatie.escalatie.adapter.web.EscalatieApi.StapRequest;
import nl.jeugdlink.escalatie.escalatie.adapter.web.EscalatieApi.VerslagRequest;
import nl.jeugdlink.escalatie.escalatie.application.HandlingEscalaties;
import nl.jeugdlink.escalatie.escalatie.domain.Escalatie;
import nl.jeugdlink.escalatie.escalatie.domain.GeenInzage;
import nl.jeugdlink.escalatie.escalatie.domain.Escalatieregel;
import nl.jeugdlink.escalatie.escalatie.domain.Functie;
import nl.jeugdlink.escalatie.escalatie.domain.Gezinsinformatie;
import nl.jeugdlink.escalatie.escalatie.domain.NietAanZet;
import nl.jeugdlink.escalatie.escalatie.domain.OnbekendeEscalatie;
import nl.jeugdlink.escalatie.escalatie.domain.Partij;
import nl.jeugdlink.escalatie.escalatie.domain.Situatie;
import nl.jeugdlink.escalatie.escalatie.domain.Uitkomst;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import nl.jeugdlink.platform.web.InvalidParam;
import nl.jeugdlink.platform.web.Pagination;
import nl.jeugdlink.platform.web.ParameterChecks;
import nl.jeugdlink.platform.web.ProblemHandling;
import nl.jeugdlink.platform.web.ProblemHandling.InvalidInputException;
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
 * The escalation model per casus (seed 002, Bouwsteen 6): open an escalation, take and end its steps,
 * record that the family was informed, record the minutes and their approval. The token's role says in
 * which capacity the asker acts; the domain says whether that capacity may take this step now (403 with
 * the reason when not) and whether the model's order allows it (409 naming the rule). Every act and read
 * is audited under category {@code escalatie}, about the casus.
 */
@RestController
@Tag(name = "escalaties")
class EscalatieController {

    static final URI ESCALATIEREGEL = URI.create("https://jeugdlink.nl/problemen/escalatieregel");
    private static final Pattern MEDEWERKER = Pattern.compile("[A-Za-z0-9._:@-]{1,100}");
    private static final String BASIS = "/api/v1/casussen/{casusId}/escalaties";
    private static final String EEN = BASIS + "/{escalatieId}";
    private static final int TEKST_MAXIMUM = 20_000;
    private static final int UITLEG_MAXIMUM = 2_000;

    private final HandlingEscalaties escaleren;
    private final Audit audit;

    EscalatieController(HandlingEscalaties escaleren, Audit audit) {
        this.escaleren = escaleren;
        this.audit = audit;
    }

    @PostMapping(BASIS)
    @Operation(summary = "Open een escalatie bij stagnerende samenwerking in een casus",
            description = "Door de uitvoerend professional (regisseur, jeugdlink-professional, jeugdbeschermer), met de situatie en de betrokken partijen.")
    @ApiResponse(responseCode = "201", description = "De escalatie", content = @Content(schema = @Schema(implementation = EscalatieResponse.class)))
    @ApiResponse(responseCode = "400", description = "Een veld ontbreekt of is ongeldig; invalidParams noemt veld en regel")
    @ApiResponse(responseCode = "403", description = "Geen professional van de gemeente van de casus")
    @ApiResponse(responseCode = "404", description = "Deze casus is hier niet bekend")
    ResponseEntity<EscalatieResponse> open(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable String casusId,
            @RequestBody(required = false) @Nullable OpenRequest body) {
        List<InvalidParam> fouten = new ArrayList<>();
        ParameterChecks.uuid("casusId", casusId, fouten);
        Integer nummer = body == null ? null : body.situatie();
        Situatie situatie = nummer == null ? null : Situatie.van(nummer).orElse(null);
        if (situatie == null) {
            fouten.add(new InvalidParam("situatie", nummer == null ? "required" : "range",
                    "De situatie is 1 (professioneel dilemma), 2 (samenwerking niet volgens afspraken) of 3 (nalatend of zorgwekkend handelen)."));
        }
        Set<Partij> partijen = partijen(body == null ? null : body.partijen(), fouten);
        klaar(fouten);
        Escalatie escalatie = handel(casusId, AuditEntry.Actie.AANMAKEN,
                (gebruiker, als) -> escaleren.open(casusId, situatie, partijen, gebruiker.id(), als));
        return ResponseEntity.status(HttpStatus.CREATED).body(EscalatieResponse.of(escalatie));
    }

    @GetMapping(BASIS)
    @Operation(summary = "De escalaties van een casus, oudste eerst",
            description = "Alleen de escalaties waarbij de vrager betrokken is (need-to-know): geopend, een stap gezet of afgerond, het gezin "
                    + "geïnformeerd, een verslag opgesteld of deelnemer aan een overleg. De gemeentelijke contactpersoon ziet daarnaast de "
                    + "escalaties die stap 3 (bestuurders en wethouders, met de ambtelijke laag) bereikten.")
    @ApiResponse(responseCode = "200", description = "Een pagina escalaties", content = @Content(schema = @Schema(implementation = EscalatiesResponse.class)))
    @ApiResponse(responseCode = "400", description = "Een parameter is ongeldig; invalidParams noemt hem")
    @ApiResponse(responseCode = "403", description = "Geen professional, gedragswetenschapper, teamleider of gemeentelijke contactpersoon van de gemeente van de casus")
    @ApiResponse(responseCode = "404", description = "Deze casus is hier niet bekend")
    EscalatiesResponse lijst(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable String casusId,
            @Parameter(description = "Paginanummer, vanaf 1", schema = @Schema(type = "integer", minimum = "1", defaultValue = "1"))
            @RequestParam(required = false) @Nullable String page,
            @Parameter(description = "Escalaties per pagina, 1 tot en met 200",
                    schema = @Schema(type = "integer", minimum = "1", maximum = "200", defaultValue = "50"))
            @RequestParam(required = false) @Nullable String pageSize) {
        List<InvalidParam> fouten = new ArrayList<>();
        ParameterChecks.uuid("casusId", casusId, fouten);
        Pagination paginering = Pagination.uit(page, pageSize, fouten);
        klaar(fouten);
        List<Escalatie> alle = lees(casusId, gebruiker -> escaleren.vanCasus(casusId, gebruiker.id(), alsGemeentelijkContact(gebruiker)));
        int vanaf = (int) Math.min(alle.size(), (long) (paginering.pagina() - 1) * paginering.grootte());
        List<EscalatieResponse> pagina = alle.subList(vanaf, Math.min(alle.size(), vanaf + paginering.grootte())).stream()
                .map(EscalatieResponse::of).toList();
        return new EscalatiesResponse(pagina, paginering.antwoord(alle.size()));
    }

    @GetMapping(EEN)
    @Operation(summary = "Eén escalatie met haar stappen, het informeren van het gezin en de verslagen",
            description = "Alleen voor wie bij de escalatie betrokken is (need-to-know), en voor de gemeentelijke contactpersoon een "
                    + "escalatie die stap 3 bereikte; anders 403.")
    @ApiResponse(responseCode = "200", description = "De escalatie", content = @Content(schema = @Schema(implementation = EscalatieResponse.class)))
    @ApiResponse(responseCode = "403", description = "Geen professional, gedragswetenschapper, teamleider of gemeentelijke contactpersoon van de gemeente van de casus, of niet betrokken bij de escalatie (de contactpersoon: die stap 3 niet bereikte)")
    @ApiResponse(responseCode = "404", description = "Geen casus of escalatie met dit id")
    EscalatieResponse een(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable String casusId,
            @Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable String escalatieId) {
        ids(casusId, escalatieId, null);
        return EscalatieResponse.of(lees(casusId, gebruiker -> {
            try {
                return escaleren.een(casusId, escalatieId, gebruiker.id(), alsGemeentelijkContact(gebruiker));
            } catch (GeenInzage e) {
                // The platform's 403 problem+json, audited as a refusal about this escalation.
                throw new Toegang.Geweigerd(e.getMessage(), "escalatie", escalatieId);
            }
        }));
    }

    @PostMapping(EEN + "/stappen")
    @Operation(summary = "Zet de volgende stap van het escalatiemodel",
            description = "Stap 1 (gedragswetenschappers) alleen bij situatie 1, door de professional; stap 2 (leidinggevenden) na een mislukte "
                    + "stap 1 of meteen bij situatie 2 en 3, door een professional of gedragswetenschapper; stap 3 (bestuurders en wethouders) "
                    + "na een mislukte stap 2, door een manager of directeur (teamleider), met de ambtelijke laag betrokken. Start de termijn van de stap.")
    @ApiResponse(responseCode = "201", description = "De escalatie met de gezette stap",
            content = @Content(schema = @Schema(implementation = EscalatieResponse.class)))
    @ApiResponse(responseCode = "400", description = "Een veld ontbreekt of is ongeldig; invalidParams noemt veld en regel")
    @ApiResponse(responseCode = "403", description = "Deze rol zet deze stap niet (de reden staat in detail), of een andere gemeente")
    @ApiResponse(responseCode = "404", description = "Geen casus of escalatie met dit id")
    @ApiResponse(responseCode = "409", description = "Het model staat deze stap nu niet toe; regel en invalidParams noemen de regel")
    ResponseEntity<EscalatieResponse> zetStap(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable String casusId,
            @Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable String escalatieId,
            @RequestBody(required = false) @Nullable StapRequest body) {
        List<InvalidParam> fouten = new ArrayList<>();
        ids(casusId, escalatieId, fouten);
        int stap = stap(body == null ? null : body.stap(), fouten);
        klaar(fouten);
        boolean ambtelijk = body != null && Boolean.TRUE.equals(body.ambtelijkBetrokken());
        Escalatie escalatie = handel(casusId, AuditEntry.Actie.WIJZIGEN,
                (gebruiker, als) -> escaleren.zetStap(casusId, escalatieId, stap, ambtelijk, gebruiker.id(), als));
        return ResponseEntity.status(HttpStatus.CREATED).body(EscalatieResponse.of(escalatie));
    }

    @PostMapping(EEN + "/stappen/{stap}/afronding")
    @Operation(summary = "Rond de lopende stap af: opgelost (de stagnatie is opgeheven) of geëscaleerd naar de volgende stap",
            description = "Stap 1 door professional of gedragswetenschapper; stap 2 ook door de leidinggevende; stap 3 door een manager of directeur.")
    @ApiResponse(responseCode = "200", description = "De escalatie", content = @Content(schema = @Schema(implementation = EscalatieResponse.class)))
    @ApiResponse(responseCode = "400", description = "Een veld ontbreekt of is ongeldig; invalidParams noemt veld en regel")
    @ApiResponse(responseCode = "403", description = "Deze rol rondt deze stap niet af (de reden staat in detail), of een andere gemeente")
    @ApiResponse(responseCode = "404", description = "Geen casus of escalatie met dit id")
    @ApiResponse(responseCode = "409", description = "Deze stap loopt niet, of stap 3 kan niet verder worden geëscaleerd")
    EscalatieResponse rondAf(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable String casusId,
            @Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable String escalatieId,
            @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "3")) @PathVariable String stap,
            @RequestBody(required = false) @Nullable AfrondingRequest body) {
        List<InvalidParam> fouten = new ArrayList<>();
        ids(casusId, escalatieId, fouten);
        int nummer = stap(geheel(stap), fouten);
        Uitkomst uitkomst = waarde(Uitkomst.class, "uitkomst", body == null ? null : body.uitkomst(), "De uitkomst is OPGELOST of GEESCALEERD.", fouten);
        klaar(fouten);
        return EscalatieResponse.of(handel(casusId, AuditEntry.Actie.WIJZIGEN,
                (gebruiker, als) -> escaleren.rondStapAf(casusId, escalatieId, nummer, uitkomst, gebruiker.id(), als)));
    }

    @PostMapping(EEN + "/gezinsinformatie")
    @Operation(summary = "Leg vast dat het gezin is geïnformeerd: vooraf, of achteraf met de uitleg",
            description = "Door de professional. Publiceert GezinGeinformeerdOverEscalatie (zonder namen of tekst), waarmee de notificatieservice het "
                    + "gezin in gewone taal kan vertellen wat er gebeurt.")
    @ApiResponse(responseCode = "201", description = "De escalatie", content = @Content(schema = @Schema(implementation = EscalatieResponse.class)))
    @ApiResponse(responseCode = "400", description = "Een veld ontbreekt of is ongeldig; invalidParams noemt veld en regel")
    @ApiResponse(responseCode = "403", description = "Geen professional van de gemeente van de casus")
    @ApiResponse(responseCode = "404", description = "Geen casus of escalatie met dit id")
    ResponseEntity<EscalatieResponse> gezin(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable String casusId,
            @Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable String escalatieId,
            @RequestBody(required = false) @Nullable GezinRequest body) {
        List<InvalidParam> fouten = new ArrayList<>();
        ids(casusId, escalatieId, fouten);
        Gezinsinformatie.Moment moment = waarde(Gezinsinformatie.Moment.class, "moment", body == null ? null : body.moment(),
                "Het moment is VOORAF of ACHTERAF.", fouten);
        String uitleg = body == null || body.uitleg() == null || body.uitleg().isBlank() ? null : body.uitleg().strip();
        if (moment == Gezinsinformatie.Moment.ACHTERAF && uitleg == null) {
            fouten.add(new InvalidParam("uitleg", "required", "Wie het gezin achteraf informeert, legt vast hoe het is uitgelegd."));
        }
        if (uitleg != null && uitleg.length() > UITLEG_MAXIMUM) {
            fouten.add(new InvalidParam("uitleg", "maxLength", "De uitleg is hoogstens " + UITLEG_MAXIMUM + " tekens."));
        }
        klaar(fouten);
        Escalatie escalatie = handel(casusId, AuditEntry.Actie.WIJZIGEN,
                (gebruiker, als) -> escaleren.informeerGezin(casusId, escalatieId, moment, uitleg, gebruiker.id(), als));
        return ResponseEntity.status(HttpStatus.CREATED).body(EscalatieResponse.of(escalatie));
    }

    @PostMapping(EEN + "/verslagen")
    @Operation(summary = "Leg het verslag van een escalatieoverleg vast en leg het ter goedkeuring voor aan de deelnemers",
            description = "Start de termijn van het verslag (ESCALATIE_VERSLAG) vanaf de dag van het overleg.")
    @ApiResponse(responseCode = "201", description = "De escalatie", content = @Content(schema = @Schema(implementation = EscalatieResponse.class)))
    @ApiResponse(responseCode = "400", description = "Een veld ontbreekt of is ongeldig; invalidParams noemt veld en regel")
    @ApiResponse(responseCode = "403", description = "Geen professional, gedragswetenschapper of teamleider van de gemeente van de casus")
    @ApiResponse(responseCode = "404", description = "Geen casus of escalatie met dit id")
    @ApiResponse(responseCode = "409", description = "Die stap is in deze escalatie niet gezet")
    ResponseEntity<EscalatieResponse> verslag(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable String casusId,
            @Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable String escalatieId,
            @RequestBody(required = false) @Nullable VerslagRequest body) {
        List<InvalidParam> fouten = new ArrayList<>();
        ids(casusId, escalatieId, fouten);
        int stap = stap(body == null ? null : body.stap(), fouten);
        var vergaderdOp = body == null ? null : body.vergaderdOp();
        if (vergaderdOp == null) {
            fouten.add(new InvalidParam("vergaderdOp", "required", "Geef de dag van het overleg."));
        }
        List<String> deelnemers = body == null || body.deelnemers() == null ? List.of() : body.deelnemers();
        if (deelnemers.isEmpty() || deelnemers.size() > 20) {
            fouten.add(new InvalidParam("deelnemers", deelnemers.isEmpty() ? "required" : "maxItems", "Noem 1 tot 20 deelnemers (medewerker-id)."));
        } else if (!deelnemers.stream().allMatch(d -> d != null && MEDEWERKER.matcher(d).matches())) {
            fouten.add(new InvalidParam("deelnemers", "pattern", "Een medewerker-id is 1 tot 100 letters, cijfers of . _ : @ -."));
        }
        String tekst = body == null || body.tekst() == null ? "" : body.tekst().strip();
        if (tekst.isEmpty() || tekst.length() > TEKST_MAXIMUM) {
            fouten.add(new InvalidParam("tekst", tekst.isEmpty() ? "required" : "maxLength", "Het verslag is 1 tot " + TEKST_MAXIMUM + " tekens."));
        }
        klaar(fouten);
        Escalatie escalatie = handel(casusId, AuditEntry.Actie.WIJZIGEN,
                (gebruiker, als) -> escaleren.stelVerslagOp(casusId, escalatieId, stap, vergaderdOp, deelnemers, tekst, gebruiker.id()));
        return ResponseEntity.status(HttpStatus.CREATED).body(EscalatieResponse.of(escalatie));
    }

    @PostMapping(EEN + "/verslagen/{verslagId}/reacties")
    @Operation(summary = "Keur een verslag goed of maak bezwaar, als deelnemer",
            description = "Alleen een deelnemer van het overleg; de laatste reactie per deelnemer telt. Als allen akkoord zijn, is het verslag goedgekeurd.")
    @ApiResponse(responseCode = "201", description = "De escalatie", content = @Content(schema = @Schema(implementation = EscalatieResponse.class)))
    @ApiResponse(responseCode = "400", description = "Een veld ontbreekt of is ongeldig; invalidParams noemt veld en regel")
    @ApiResponse(responseCode = "403", description = "Geen deelnemer van het overleg, of een andere gemeente")
    @ApiResponse(responseCode = "404", description = "Geen casus, escalatie of verslag met dit id")
    @ApiResponse(responseCode = "409", description = "Het verslag is al goedgekeurd")
    ResponseEntity<EscalatieResponse> reageer(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable String casusId,
            @Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable String escalatieId,
            @Parameter(schema = @Schema(type = "string", format = "uuid")) @PathVariable String verslagId,
            @RequestBody(required = false) @Nullable ReactieRequest body) {
        List<InvalidParam> fouten = new ArrayList<>();
        ids(casusId, escalatieId, fouten);
        ParameterChecks.uuid("verslagId", verslagId, fouten);
        Boolean akkoord = body == null ? null : body.akkoord();
        if (akkoord == null) {
            fouten.add(new InvalidParam("akkoord", "required", "Zeg of u akkoord bent (true) of bezwaar maakt (false)."));
        }
        String toelichting = body == null || body.toelichting() == null || body.toelichting().isBlank() ? null : body.toelichting().strip();
        if (Boolean.FALSE.equals(akkoord) && toelichting == null) {
            fouten.add(new InvalidParam("toelichting", "required", "Wie bezwaar maakt tegen het verslag, zegt waarom."));
        }
        if (toelichting != null && toelichting.length() > UITLEG_MAXIMUM) {
            fouten.add(new InvalidParam("toelichting", "maxLength", "De toelichting is hoogstens " + UITLEG_MAXIMUM + " tekens."));
        }
        klaar(fouten);
        boolean ja = Boolean.TRUE.equals(akkoord);
        Escalatie escalatie = handel(casusId, AuditEntry.Actie.WIJZIGEN,
                (gebruiker, als) -> escaleren.reageerOpVerslag(casusId, escalatieId, verslagId, gebruiker.id(), ja, toelichting));
        return ResponseEntity.status(HttpStatus.CREATED).body(EscalatieResponse.of(escalatie));
    }

    /** The roles of the escalation model, and the capacity each acts in; another role gets a plain 403. */
    static Functie functie(Gebruiker gebruiker) {
        if (gebruiker.rollen().contains(Rol.TEAMLEIDER)) {
            return Functie.LEIDINGGEVENDE;
        }
        if (gebruiker.rollen().contains(Rol.GEDRAGSWETENSCHAPPER)) {
            return Functie.GEDRAGSWETENSCHAPPER;
        }
        return Functie.PROFESSIONAL;
    }

    private interface Handeling {
        Escalatie doe(Gebruiker gebruiker, Functie als);
    }

    /** Role, then the casus's municipality (404 before 403), then the act, which the domain may refuse; audited. */
    private Escalatie handel(String casusId, AuditEntry.Actie actie, Handeling handeling) {
        Gebruiker gebruiker = Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL, Rol.JEUGDBESCHERMER, Rol.GEDRAGSWETENSCHAPPER, Rol.TEAMLEIDER);
        Toegang.voorGemeente(gebruiker, escaleren.gemeenteVan(casusId));
        try {
            Escalatie escalatie = handeling.doe(gebruiker, functie(gebruiker));
            audit.toegestaan(gebruiker, actie, "escalatie", casusId);
            return escalatie;
        } catch (NietAanZet e) {
            audit.geweigerd(gebruiker, actie, "escalatie", casusId, e.getMessage());
            throw e;
        }
    }

    /** Reads by a professional or manager of the casus's municipality, or by its municipal contact (step 3, issue 15). */
    private <T> T lees(String casusId, java.util.function.Function<Gebruiker, T> lezen) {
        Gebruiker gebruiker = Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL, Rol.JEUGDBESCHERMER, Rol.GEDRAGSWETENSCHAPPER, Rol.TEAMLEIDER,
                Rol.GEMEENTELIJK_CONTACTPERSOON);
        Toegang.voorGemeente(gebruiker, escaleren.gemeenteVan(casusId));
        T gelezen = lezen.apply(gebruiker);
        audit.toegestaan(gebruiker, AuditEntry.Actie.LEZEN, "escalatie", casusId);
        return gelezen;
    }

    /** The municipality's contact follows the escalations that reached its administrators (step 3); the municipality was checked. */
    private static boolean alsGemeentelijkContact(Gebruiker gebruiker) {
        return gebruiker.rollen().contains(Rol.GEMEENTELIJK_CONTACTPERSOON);
    }

    private static void ids(String casusId, String escalatieId, @Nullable List<InvalidParam> eerder) {
        List<InvalidParam> fouten = eerder == null ? new ArrayList<>() : eerder;
        ParameterChecks.uuid("casusId", casusId, fouten);
        ParameterChecks.uuid("escalatieId", escalatieId, fouten);
        if (eerder == null) {
            klaar(fouten);
        }
    }

    private static int stap(@Nullable Integer stap, List<InvalidParam> fouten) {
        if (stap == null || stap < 1 || stap > 3) {
            fouten.add(new InvalidParam("stap", stap == null ? "required" : "range", "Het escalatiemodel kent stap 1, 2 en 3."));
            return 0;
        }
        return stap;
    }

    private static @Nullable Integer geheel(String tekst) {
        try {
            return Integer.valueOf(tekst);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Set<Partij> partijen(@Nullable List<String> codes, List<InvalidParam> fouten) {
        if (codes == null || codes.isEmpty()) {
            fouten.add(new InvalidParam("partijen", "required", "Noem de betrokken partijen, zoals LOKAAL_TEAM en GECERTIFICEERDE_INSTELLING."));
            return Set.of();
        }
        Set<Partij> partijen = EnumSet.noneOf(Partij.class);
        for (String code : new LinkedHashSet<>(codes)) {
            try {
                partijen.add(Partij.valueOf(String.valueOf(code)));
            } catch (IllegalArgumentException e) {
                fouten.add(new InvalidParam("partijen", "enum", "Een partij is een van " + java.util.Arrays.toString(Partij.values()) + "."));
                return Set.of();
            }
        }
        return partijen;
    }

    private static <E extends Enum<E>> E waarde(Class<E> soort, String veld, @Nullable String tekst, String reden, List<InvalidParam> fouten) {
        if (tekst == null) {
            fouten.add(new InvalidParam(veld, "required", reden));
            return soort.getEnumConstants()[0];
        }
        try {
            return Enum.valueOf(soort, tekst);
        } catch (IllegalArgumentException e) {
            fouten.add(new InvalidParam(veld, "enum", reden));
            return soort.getEnumConstants()[0];
        }
    }

    private static void klaar(List<InvalidParam> fouten) {
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
    }

    @ExceptionHandler(OnbekendeEscalatie.class)
    ResponseEntity<ProblemDetail> onbekend(OnbekendeEscalatie e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(Escalatieregel.class)
    ResponseEntity<ProblemDetail> regel(Escalatieregel e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(ProblemHandling.ruleBroken(ESCALATIEREGEL, "Escalatieregel", new InvalidParam(e.veld(), e.regel(), String.valueOf(e.getMessage()))));
    }

    /** The asker's capacity does not fit the step: a 403 that says why (audited where it was refused). */
    @ExceptionHandler(NietAanZet.class)
    ResponseEntity<ProblemDetail> nietAanZet(NietAanZet e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Niet aan zet");
        problem.setProperty("regel", "niet-aan-zet");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }
}
