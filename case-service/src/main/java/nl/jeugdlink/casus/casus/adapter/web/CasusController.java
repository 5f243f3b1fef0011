package nl.jeugdlink.casus.casus.adapter.web;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.jeugdlink.casus.casus.adapter.web.CasusRequests.AfsluitingRequest;
import nl.jeugdlink.casus.casus.adapter.web.CasusRequests.GwMomentRequest;
import nl.jeugdlink.casus.casus.adapter.web.CasusRequests.HulpRequest;
import nl.jeugdlink.casus.casus.adapter.web.CasusRequests.PlanRequest;
import nl.jeugdlink.casus.casus.adapter.web.CasusRequests.StartoverlegRequest;
import nl.jeugdlink.casus.casus.adapter.web.CasusRequests.DoelstatusRequest;
import nl.jeugdlink.casus.casus.adapter.web.CasusRequests.RegisseurRequest;
import nl.jeugdlink.casus.casus.adapter.web.CasusRequests.TeamlidRequest;
import nl.jeugdlink.casus.casus.application.ChangingCasus;
import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.Casusbetrokkenen;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.casus.casus.domain.Grondslag;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import nl.jeugdlink.platform.web.ProblemHandling.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The casus, its regie and team, the GW moments, plan, help and closure. Who may do what is in
 * docs/autorisatiematrix.md: every role only for casussen of its own municipalities and only when
 * involved in the casus (need-to-know, {@code Inzagebeleid}, ADR 0017); every read, change and
 * refusal is audited.
 */
@RestController
@RequestMapping("/api/v1/casussen")
@Tag(name = "casussen", description = "De casus van een gezin: één regisseur, één plan, één team")
class CasusController extends CasusApi {

    private final ChangingCasus changing;
    private final MeterRegistry meters;

    CasusController(Casussen casussen, Casusbetrokkenen betrokkenen, ChangingCasus changing, Audit audit, MeterRegistry meters) {
        super(casussen, betrokkenen, audit);
        this.changing = changing;
        this.meters = meters;
    }

    @GetMapping("/{casusId}")
    @Operation(summary = "Haal een casus op", description = "Met het team en wie eindverantwoordelijk is, per kind het vereiste contact "
            + "en of het er was, de GW-momenten, plan, hulp en afsluiting.")
    @ApiResponse(responseCode = "200", description = "De casus", content = @Content(schema = @Schema(implementation = CasusResponse.class)))
    @ApiResponse(responseCode = "400", description = "Het id is geen UUID")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit id")
    ResponseEntity<CasusResponse> haalOp(@CasusIdParameter @PathVariable String casusId) {
        Gebruiker gebruiker = Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL, Rol.GEDRAGSWETENSCHAPPER, Rol.TEAMLEIDER,
                Rol.JEUGDBESCHERMER, Rol.JBT_VOORZITTER);
        return ResponseEntity.ok(CasusResponse.of(lees(casusId, gebruiker, "casus")));
    }

    @PutMapping("/{casusId}/regisseur")
    @Operation(summary = "Koppel de regisseur van het Sociaal Team", description = "Door de teamleider die de casus screende, of door een "
            + "regisseur die bij de casus betrokken is (bijvoorbeeld als verwijzer) en haar zelf oppakt. Dossier en regie gaan naar de regisseur, die eindverantwoordelijk is; de periode van een vorige regisseur eindigt. "
            + "Meldt RegisseurGekoppeld; dezelfde regisseur opnieuw koppelen verandert niets. Is er al een regisseur, dan is dit een warme "
            + "overdracht: overdracht noemt het gezamenlijke gesprek met het gezin waarbij de oude en de nieuwe regisseur waren, en wat is "
            + "overgedragen; anders 409 met regel warmeOverdracht.")
    @ApiResponse(responseCode = "200", description = "De casus met de regisseur")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt het veld")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit id")
    @ApiResponse(responseCode = "409", description = "Geen warme overdracht, de casus is afgesloten, of gelijktijdig gewijzigd")
    ResponseEntity<CasusResponse> koppelRegisseur(@CasusIdParameter @PathVariable String casusId, @Valid @RequestBody RegisseurRequest request) {
        Gebruiker gebruiker = Toegang.metRol(Rol.TEAMLEIDER, Rol.REGISSEUR);
        if (!gebruiker.rollen().contains(Rol.TEAMLEIDER) && !gebruiker.id().equals(request.regisseurId())) {
            // A regisseur takes a casus; assigning it to someone else is the teamleider's.
            throw new AccessDeniedException("een regisseur koppelt alleen zichzelf");
        }
        var resultaat = wijzig(casusId, gebruiker, AuditEntry.Actie.WIJZIGEN, "casus",
                (id, door) -> changing.koppelRegisseur(id, request.regisseurId(), request.verslag(), door));
        return ResponseEntity.ok(CasusResponse.of(resultaat.casus()));
    }

    @PostMapping("/{casusId}/teamleden")
    @Operation(summary = "Voeg een JeugdLink-professional of gedragswetenschapper toe aan het team",
            description = "Het teamlid is er vanaf nu; een JeugdLink-professional noemt de expertise die hij toevoegt. Het teamlid ziet "
                    + "vanaf nu de gegevens van het gezin: de grondslag is de toestemming van de ouders bij de aanmelding, of een "
                    + "vastgelegde afweging van subsidiariteit, proportionaliteit en doelmatigheid (met of het gezin is geïnformeerd).")
    @ApiResponse(responseCode = "201", description = "De casus met het nieuwe teamlid")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt het veld")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit id")
    @ApiResponse(responseCode = "409", description = "Al in het team, de casus is afgesloten, of gelijktijdig gewijzigd")
    ResponseEntity<CasusResponse> voegTeamlidToe(@CasusIdParameter @PathVariable String casusId, @Valid @RequestBody TeamlidRequest request) {
        Gebruiker gebruiker = Toegang.metRol(Rol.TEAMLEIDER, Rol.REGISSEUR);
        Grondslag grondslag = request.grondslagOfToestemming();
        var resultaat = wijzig(casusId, gebruiker, AuditEntry.Actie.WIJZIGEN, "casus",
                "gedeeld met " + request.medewerkerId() + "; grondslag: " + grondslag.omschrijving(),
                (id, door) -> changing.voegTeamlidToe(id, request.medewerkerId(), request.rol(), request.expertise(), grondslag, door));
        Casus casus = resultaat.casus();
        return ResponseEntity.created(adres(casus.id(), "/teamleden/" + request.medewerkerId())).body(CasusResponse.of(casus));
    }

    @DeleteMapping("/{casusId}/teamleden/{medewerkerId}")
    @Operation(summary = "Beëindig de periode van een teamlid", description = "Zet 'tot' op nu; de periode blijft zichtbaar. "
            + "De regisseur blijft tot een andere regisseur is gekoppeld.")
    @ApiResponse(responseCode = "200", description = "De casus met de beëindigde periode")
    @ApiResponse(responseCode = "404", description = "Geen casus, of geen actief teamlid met dit id")
    @ApiResponse(responseCode = "409", description = "Het teamlid is de regisseur, de casus is afgesloten, of gelijktijdig gewijzigd")
    ResponseEntity<CasusResponse> beeindigTeamlid(@CasusIdParameter @PathVariable String casusId,
            @Parameter(description = "Het id van het teamlid") @PathVariable String medewerkerId) {
        Gebruiker gebruiker = Toegang.metRol(Rol.TEAMLEIDER, Rol.REGISSEUR);
        if (medewerkerId.length() > 64 || !medewerkerId.matches(CasusRequests.MEDEWERKER_ID)) {
            throw new InvalidInputException("medewerkerId", "pattern", "Letters, cijfers en . _ : -, ten hoogste 64 tekens.");
        }
        var resultaat = wijzig(casusId, gebruiker, AuditEntry.Actie.WIJZIGEN, "casus", (id, door) -> changing.beeindigTeamlidmaatschap(id, medewerkerId, door));
        return ResponseEntity.ok(CasusResponse.of(resultaat.casus()));
    }

    @PostMapping("/{casusId}/gw-momenten")
    @Operation(summary = "Leg vast dat de gedragswetenschapper betrokken was", description = "Bij start, koersbepaling, koerswijziging "
            + "of voorgenomen afsluiting (000:203). Alleen door de gedragswetenschapper zelf.")
    @ApiResponse(responseCode = "201", description = "De casus met het GW-moment")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt het veld")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit id")
    @ApiResponse(responseCode = "409", description = "De casus is afgesloten, of gelijktijdig gewijzigd")
    ResponseEntity<CasusResponse> legGwMomentVast(@CasusIdParameter @PathVariable String casusId, @Valid @RequestBody GwMomentRequest request) {
        Gebruiker gebruiker = Toegang.metRol(Rol.GEDRAGSWETENSCHAPPER);
        if (!gebruiker.id().equals(request.gedragswetenschapperId())) {
            throw new InvalidInputException("gedragswetenschapperId", "aangemeldeGebruiker",
                    "De gedragswetenschapper legt zijn eigen betrokkenheid vast: dit is de aangemelde gebruiker.");
        }
        return vastgelegd(wijzig(casusId, gebruiker, AuditEntry.Actie.AANMAKEN, "casus",
                (id, door) -> changing.legGwMomentVast(id, request.moment(), request.gedragswetenschapperId(), request.datum(), door)));
    }

    @PostMapping("/{casusId}/plan")
    @Operation(summary = "Stel het plan vast: doelen langs de drie stappen van veiligheid, met het gezin afgesproken",
            description = "Per doel de stap (ACUTE_VEILIGHEID, STRUCTURELE_VEILIGHEID, GEVOLGEN_BEHANDELEN), wat, en wie er eigenaar van is; "
                    + "akkoordGezin noemt wie van het gezin tekende en wanneer. Een nieuw plan is een nieuwe versie. Doelen en ondertekenaars "
                    + "versleuteld opgeslagen. Meldt PlanVastgesteld (v1, zonder doelen).")
    @ApiResponse(responseCode = "201", description = "De casus met het plan")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt het veld")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit id")
    @ApiResponse(responseCode = "409", description = "De casus is afgesloten, of gelijktijdig gewijzigd")
    ResponseEntity<CasusResponse> stelPlanVast(@CasusIdParameter @PathVariable String casusId, @Valid @RequestBody PlanRequest request) {
        Gebruiker gebruiker = Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL);
        return vastgelegd(wijzig(casusId, gebruiker, AuditEntry.Actie.AANMAKEN, "casus",
                (id, door) -> changing.stelPlanVast(id, request.vastgesteldOp(), request.nieuweDoelen(), request.akkoord(), door)));
    }

    @PutMapping("/{casusId}/plan/doelen/{doelId}/status")
    @Operation(summary = "Zet de status van een doel van het huidige plan", description = "OPEN, LOPEND, BEHAALD of NIET_BEHAALD.")
    @ApiResponse(responseCode = "200", description = "De casus met het bijgewerkte doel")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt het veld")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit id, of geen doel met dit id in het huidige plan")
    @ApiResponse(responseCode = "409", description = "De casus is afgesloten, of gelijktijdig gewijzigd")
    ResponseEntity<CasusResponse> zetDoelstatus(@CasusIdParameter @PathVariable String casusId,
            @Parameter(description = "Het id van het doel") @PathVariable String doelId, @Valid @RequestBody DoelstatusRequest request) {
        Gebruiker gebruiker = Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL);
        if (!doelId.matches(CasusRequests.UUID)) {
            throw new InvalidInputException("doelId", "uuid", "Een doel-id is een UUID.");
        }
        return ResponseEntity.ok(CasusResponse.of(wijzig(casusId, gebruiker, AuditEntry.Actie.WIJZIGEN, "casus",
                (id, door) -> changing.zetDoelstatus(id, doelId, request.status(), door)).casus()));
    }

    @PostMapping("/{casusId}/startoverleg")
    @Operation(summary = "Leg het startoverleg vast", description = "Met aanmelder, gedragswetenschapper en de gekoppelde JeugdLink-professional "
            + "(000:165-167): het doel van de koppeling, de wederzijdse verwachtingen en de afspraken over taakverdeling, informatiedeling, "
            + "communicatie en dossiervorming. Eenmaal per casus; versleuteld opgeslagen.")
    @ApiResponse(responseCode = "201", description = "De casus met het startoverleg")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt het veld")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit id")
    @ApiResponse(responseCode = "409", description = "Al vastgelegd, de casus is afgesloten, of gelijktijdig gewijzigd")
    ResponseEntity<CasusResponse> legStartoverlegVast(@CasusIdParameter @PathVariable String casusId, @Valid @RequestBody StartoverlegRequest request) {
        Gebruiker gebruiker = Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL, Rol.GEDRAGSWETENSCHAPPER, Rol.TEAMLEIDER);
        return vastgelegd(wijzig(casusId, gebruiker, AuditEntry.Actie.AANMAKEN, "casus",
                (id, door) -> changing.legStartoverlegVast(id, request.inhoud(), door)));
    }

    @PostMapping("/{casusId}/hulp")
    @Operation(summary = "Leg vast dat de hulp is ingezet", description = "Meldt HulpIngezet.")
    @ApiResponse(responseCode = "201", description = "De casus met de ingezette hulp")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt het veld")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit id")
    @ApiResponse(responseCode = "409", description = "De casus is afgesloten, of gelijktijdig gewijzigd")
    ResponseEntity<CasusResponse> zetHulpIn(@CasusIdParameter @PathVariable String casusId, @Valid @RequestBody HulpRequest request) {
        Gebruiker gebruiker = Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL);
        return vastgelegd(wijzig(casusId, gebruiker, AuditEntry.Actie.AANMAKEN, "casus",
                (id, door) -> changing.zetHulpIn(id, request.ingezetOp(), door)));
    }

    @PostMapping("/{casusId}/afsluiting")
    @Operation(summary = "Sluit de casus af", description = "Alleen als de gedragswetenschapper betrokken was bij de voorgenomen afsluiting "
            + "(GW-moment VOORGENOMEN_AFSLUITING); anders 409 met regel gwBijVoorgenomenAfsluiting. Met het afsluitformulier (Bijlage 4), "
            + "versleuteld opgeslagen. Meldt CasusAfgesloten; daarna weigert de casus elke wijziging.")
    @ApiResponse(responseCode = "200", description = "De afgesloten casus")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt het veld")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit id")
    @ApiResponse(responseCode = "409", description = "Geen GW bij de voorgenomen afsluiting, al afgesloten, of gelijktijdig gewijzigd")
    ResponseEntity<CasusResponse> sluitAf(@CasusIdParameter @PathVariable String casusId, @Valid @RequestBody AfsluitingRequest request) {
        Gebruiker gebruiker = Toegang.metRol(Rol.REGISSEUR, Rol.TEAMLEIDER);
        Casus casus = wijzig(casusId, gebruiker, AuditEntry.Actie.WIJZIGEN, "casus", (id, door) -> changing.sluitAf(id, request.reden(), request.formulier().formulier(), door))
                .casus();
        DistributionSummary.builder("jeugdlink.casus.professionals")
                .description("JeugdLink professionals who supported the family (000:136): coupled at screening, and in all at closure")
                .tag("moment", "afsluiting")
                .register(meters).record(casus.aantalJeugdLinkProfessionals());
        meters.counter("jeugdlink.casussen.afgesloten", "reden", request.reden().name(), "gemeente", casus.gemeenteCode()).increment();
        // The seed's monitoring figures at closure (000:128-139): how long JeugdLink was involved, how it worked with the
        // referrer, and how much happened; anonymous, per municipality at most.
        DistributionSummary.builder("jeugdlink.casus.betrokkenheid.dagen").description("Duration of JeugdLink's involvement, opening to closure, in days")
                .baseUnit("days").tag("reden", request.reden().name()).register(meters)
                .record(java.time.Duration.between(casus.geopendOp(), java.util.Objects.requireNonNull(casus.afsluiting()).op()).toDays());
        meters.counter("jeugdlink.casussen.afgesloten.samenwerking", "samenwerkingsvorm", request.formulier().samenwerkingsvorm().name(),
                "gemeente", casus.gemeenteCode()).increment();
        DistributionSummary.builder("jeugdlink.casus.activiteiten").description("Activities recorded in a casus by its closure (000:136)")
                .tag("soort", "gesprekken").register(meters).record(casus.gesprekken().size());
        DistributionSummary.builder("jeugdlink.casus.activiteiten").description("Activities recorded in a casus by its closure (000:136)")
                .tag("soort", "evaluaties").register(meters).record(casus.evaluaties().size());
        return ResponseEntity.ok(CasusResponse.of(casus));
    }

    /** A fact recorded on the casus (GW moment, plan, help): 201 with the casus, which is where it shows. */
    private static ResponseEntity<CasusResponse> vastgelegd(ChangingCasus.Resultaat resultaat) {
        Casus casus = resultaat.casus();
        return ResponseEntity.created(adres(casus.id(), "")).body(CasusResponse.of(casus));
    }
}
