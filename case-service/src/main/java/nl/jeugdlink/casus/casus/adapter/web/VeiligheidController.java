package nl.jeugdlink.casus.casus.adapter.web;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdlink.casus.casus.adapter.web.VeiligheidRequests.RisicotaxatieRequest;
import nl.jeugdlink.casus.casus.adapter.web.VeiligheidRequests.VeiligheidsplanRequest;
import nl.jeugdlink.casus.casus.application.ChangingCasus;
import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.CasusOnbekend;
import nl.jeugdlink.casus.casus.domain.Casusbetrokkenen;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.casus.casus.domain.Risicotaxatie;
import nl.jeugdlink.casus.casus.domain.Veiligheidsplan;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import nl.jeugdlink.platform.web.ProblemHandling.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Risk and safety (000:207-215, Bijlage 3): risk assessments, the veiligheids- en herstelplan in versions and the
 * safety scores over time. Same need-to-know as the casus (ADR 0017); texts stored encrypted; every read audited.
 */
@RestController
@RequestMapping("/api/v1/casussen/{casusId}")
@Tag(name = "veiligheid", description = "Risicotaxaties, het veiligheids- en herstelplan en de veiligheidsscores van een casus")
class VeiligheidController extends CasusApi {

    private static final Rol[] LEZERS = {Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL, Rol.GEDRAGSWETENSCHAPPER, Rol.TEAMLEIDER, Rol.JEUGDBESCHERMER,
            Rol.JBT_VOORZITTER};

    record RisicotaxatieResponse(String id, String instrument, String uitkomst, LocalDate datum, String uitgevoerdDoor, String vastgelegdDoor,
            Instant vastgelegdOp) {

        static RisicotaxatieResponse of(Risicotaxatie t) {
            return new RisicotaxatieResponse(t.id(), t.instrument().name(), t.uitkomst(), t.datum(), t.uitgevoerdDoor(), t.vastgelegdDoor(), t.vastgelegdOp());
        }
    }

    record SchaalResponse(int scoreOuder, int scoreProfessional, String toelichting) {

        static SchaalResponse of(Veiligheidsplan.Schaal s) {
            return new SchaalResponse(s.scoreOuder(), s.scoreProfessional(), s.toelichting());
        }
    }

    record VeiligheidsplanResponse(int versie, boolean huidig, String watGaatGoed, String zorgen, String watIsNodig, SchaalResponse veiligheidKind,
            SchaalResponse veiligheidOuders, String afsprakenKorteTermijn, String afsprakenLangeTermijn, List<Veiligheidsplan.Taak> wieDoetWat,
            Veiligheidsplan.Toezicht toezicht, String contactfrequentie, LocalDate geldigVan, LocalDate geldigTot, String gevolgBijNietNakomen,
            LocalDate eersteEvaluatie, List<Veiligheidsplan.Ondertekening> ondertekeningen, String opgesteldDoor, Instant vastgelegdOp) {

        static VeiligheidsplanResponse of(Veiligheidsplan p, boolean huidig) {
            var i = p.inhoud();
            return new VeiligheidsplanResponse(p.versie(), huidig, i.watGaatGoed(), i.zorgen(), i.watIsNodig(), SchaalResponse.of(p.veiligheidKind()),
                    SchaalResponse.of(p.veiligheidOuders()), i.afsprakenKorteTermijn(), i.afsprakenLangeTermijn(), i.wieDoetWat(), i.toezicht(),
                    i.contactfrequentie(), p.geldigVan(), p.geldigTot(), i.gevolgBijNietNakomen(), p.eersteEvaluatie(), p.ondertekeningen(),
                    p.opgesteldDoor(), p.vastgelegdOp());
        }
    }

    /** One point of the series: the scores of one plan version, without its texts. */
    record ScoreResponse(int versie, Instant vastgelegdOp, LocalDate geldigVan, int veiligheidKindOuder, int veiligheidKindProfessional,
            int veiligheidOudersOuder, int veiligheidOudersProfessional) {

        static ScoreResponse of(Veiligheidsplan p) {
            return new ScoreResponse(p.versie(), p.vastgelegdOp(), p.geldigVan(), p.veiligheidKind().scoreOuder(), p.veiligheidKind().scoreProfessional(),
                    p.veiligheidOuders().scoreOuder(), p.veiligheidOuders().scoreProfessional());
        }
    }

    private final ChangingCasus changing;
    private final MeterRegistry meters;

    VeiligheidController(Casussen casussen, Casusbetrokkenen betrokkenen, ChangingCasus changing, Audit audit, MeterRegistry meters) {
        super(casussen, betrokkenen, audit);
        this.changing = changing;
        this.meters = meters;
    }

    private void schaal(String vraag, String door, int score) {
        DistributionSummary.builder("jeugdlink.veiligheidsplan.score").description("Safety scale 0-10 of a fixed safety plan version (Bijlage 3)")
                .tag("vraag", vraag).tag("door", door).register(meters).record(score);
    }

    @PostMapping("/risicotaxaties")
    @Operation(summary = "Leg een risicotaxatie vast", description = "Instrument (ARIJ, LIRIK, SIGNS_OF_SAFETY), uitkomst, datum en wie haar deed "
            + "(000:207-215). De uitkomst wordt versleuteld opgeslagen en staat in geen enkel event.")
    @ApiResponse(responseCode = "201", description = "De risicotaxatie")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt het veld")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit id")
    @ApiResponse(responseCode = "409", description = "De casus is afgesloten, of gelijktijdig gewijzigd")
    ResponseEntity<RisicotaxatieResponse> legRisicotaxatieVast(@CasusIdParameter @PathVariable String casusId,
            @Valid @RequestBody RisicotaxatieRequest request) {
        Gebruiker gebruiker = Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL, Rol.GEDRAGSWETENSCHAPPER);
        Casus casus = wijzig(casusId, gebruiker, AuditEntry.Actie.AANMAKEN, "risicotaxatie",
                (id, door) -> changing.legRisicotaxatieVast(id, request.instrument(), request.uitkomst(), request.datum(), request.uitgevoerdDoor(), door))
                .casus();
        Risicotaxatie taxatie = casus.risicotaxaties().getLast();
        return ResponseEntity.created(adres(casus.id(), "/risicotaxaties/" + taxatie.id())).body(RisicotaxatieResponse.of(taxatie));
    }

    @GetMapping("/risicotaxaties")
    @Operation(summary = "Lijst de risicotaxaties van de casus, oudste eerst")
    @ApiResponse(responseCode = "200", description = "De risicotaxaties")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit id")
    ResponseEntity<List<RisicotaxatieResponse>> risicotaxaties(@CasusIdParameter @PathVariable String casusId) {
        Casus casus = lees(casusId, Toegang.metRol(LEZERS[0], LEZERS), "risicotaxatie");
        return ResponseEntity.ok(casus.risicotaxaties().stream().map(RisicotaxatieResponse::of).toList());
    }

    @PostMapping("/veiligheidsplannen")
    @Operation(summary = "Stel een (nieuwe versie van het) veiligheids- en herstelplan vast",
            description = "Alle velden van Bijlage 3 (000:658-719); ondertekend door ouder(s)/verzorger(s) en hulpverlener. Eerdere versies blijven "
                    + "bewaard; de nieuwste is het huidige plan. Teksten versleuteld opgeslagen. Meldt VeiligheidsplanVastgesteld (versie, looptijd, "
                    + "scores; geen tekst).")
    @ApiResponse(responseCode = "201", description = "De nieuwe versie")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer; invalidParams noemt elk veld en elke regel")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit id")
    @ApiResponse(responseCode = "409", description = "De casus is afgesloten, of gelijktijdig gewijzigd")
    ResponseEntity<VeiligheidsplanResponse> stelVeiligheidsplanVast(@CasusIdParameter @PathVariable String casusId,
            @Valid @RequestBody VeiligheidsplanRequest request) {
        Gebruiker gebruiker = Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL);
        Casus casus = wijzig(casusId, gebruiker, AuditEntry.Actie.AANMAKEN, "veiligheidsplan",
                (id, door) -> changing.stelVeiligheidsplanVast(id, request.concept(), door)).casus();
        Veiligheidsplan plan = casus.veiligheidsplannen().getLast();
        // The safety scales as figures (anonymous): what the dashboards show of the series.
        schaal("kind", "ouder", plan.veiligheidKind().scoreOuder());
        schaal("kind", "professional", plan.veiligheidKind().scoreProfessional());
        schaal("ouders", "ouder", plan.veiligheidOuders().scoreOuder());
        schaal("ouders", "professional", plan.veiligheidOuders().scoreProfessional());
        return ResponseEntity.created(adres(casus.id(), "/veiligheidsplannen/" + plan.versie())).body(VeiligheidsplanResponse.of(plan, true));
    }

    @GetMapping("/veiligheidsplannen")
    @Operation(summary = "Alle versies van het veiligheidsplan, oudste eerst")
    @ApiResponse(responseCode = "200", description = "De versies")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit id")
    ResponseEntity<List<VeiligheidsplanResponse>> veiligheidsplannen(@CasusIdParameter @PathVariable String casusId) {
        Casus casus = lees(casusId, Toegang.metRol(LEZERS[0], LEZERS), "veiligheidsplan");
        int laatste = casus.veiligheidsplannen().size();
        return ResponseEntity.ok(casus.veiligheidsplannen().stream().map(p -> VeiligheidsplanResponse.of(p, p.versie() == laatste)).toList());
    }

    @GetMapping("/veiligheidsplannen/huidig")
    @Operation(summary = "Het huidige veiligheidsplan", description = "De nieuwste versie; één lezing van de casus.")
    @ApiResponse(responseCode = "200", description = "Het huidige plan")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit id, of nog geen veiligheidsplan")
    ResponseEntity<VeiligheidsplanResponse> huidigVeiligheidsplan(@CasusIdParameter @PathVariable String casusId) {
        Casus casus = lees(casusId, Toegang.metRol(LEZERS[0], LEZERS), "veiligheidsplan");
        return ResponseEntity.ok(VeiligheidsplanResponse.of(casus.huidigVeiligheidsplan()
                .orElseThrow(() -> new CasusOnbekend("Deze casus heeft nog geen veiligheidsplan")), true));
    }

    @GetMapping("/veiligheidsplannen/{versie}")
    @Operation(summary = "Eén versie van het veiligheidsplan")
    @ApiResponse(responseCode = "200", description = "De versie")
    @ApiResponse(responseCode = "400", description = "De versie is geen positief geheel getal")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit id, of geen versie met dit nummer")
    ResponseEntity<VeiligheidsplanResponse> veiligheidsplan(@CasusIdParameter @PathVariable String casusId,
            @Parameter(description = "Het versienummer, vanaf 1") @PathVariable String versie) {
        if (!versie.matches("[1-9][0-9]{0,5}")) {
            throw new InvalidInputException("versie", "min", "Een versie is een geheel getal vanaf 1.");
        }
        Casus casus = lees(casusId, Toegang.metRol(LEZERS[0], LEZERS), "veiligheidsplan");
        int nummer = Integer.parseInt(versie);
        return ResponseEntity.ok(casus.veiligheidsplannen().stream().filter(p -> p.versie() == nummer).findFirst()
                .map(p -> VeiligheidsplanResponse.of(p, nummer == casus.veiligheidsplannen().size()))
                .orElseThrow(() -> new CasusOnbekend("Geen versie " + nummer + " van het veiligheidsplan")));
    }

    @GetMapping("/veiligheidsscores")
    @Operation(summary = "De veiligheidsscores door de tijd", description = "Per versie van het veiligheidsplan de twee schaalvragen, door ouder "
            + "en professional; zonder de teksten van het plan.")
    @ApiResponse(responseCode = "200", description = "De reeks, oudste eerst")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit id")
    ResponseEntity<List<ScoreResponse>> veiligheidsscores(@CasusIdParameter @PathVariable String casusId) {
        Casus casus = lees(casusId, Toegang.metRol(LEZERS[0], LEZERS), "veiligheidsplan");
        return ResponseEntity.ok(casus.veiligheidsplannen().stream().map(ScoreResponse::of).toList());
    }
}
