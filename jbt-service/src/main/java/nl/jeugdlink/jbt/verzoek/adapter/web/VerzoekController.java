package nl.jeugdlink.jbt.verzoek.adapter.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.jeugdlink.jbt.verzoek.adapter.web.VerzoekRequests.BesluitRequest;
import nl.jeugdlink.jbt.verzoek.adapter.web.VerzoekRequests.BetrokkenheidRequest;
import nl.jeugdlink.jbt.verzoek.adapter.web.VerzoekRequests.RaadsmedewerkerRequest;
import nl.jeugdlink.jbt.verzoek.adapter.web.VerzoekRequests.IndieningRequest;
import nl.jeugdlink.jbt.verzoek.adapter.web.VerzoekRequests.PlanningRequest;
import nl.jeugdlink.jbt.verzoek.adapter.web.VerzoekRequests.TerugsturingRequest;
import nl.jeugdlink.jbt.verzoek.application.DecidingVerzoek;
import nl.jeugdlink.jbt.verzoek.application.FilingVerzoek;
import nl.jeugdlink.jbt.verzoek.application.PlanningVerzoek;
import nl.jeugdlink.jbt.verzoek.application.VerslagVerzoek;
import nl.jeugdlink.jbt.verzoek.domain.Besluit;
import nl.jeugdlink.jbt.verzoek.domain.GeenInzage;
import nl.jeugdlink.jbt.verzoek.domain.Medewerker;
import nl.jeugdlink.jbt.verzoek.domain.OngeldigVerzoek;
import nl.jeugdlink.jbt.verzoek.domain.Regelschending;
import nl.jeugdlink.jbt.verzoek.domain.Verzoek;
import nl.jeugdlink.jbt.verzoek.domain.VerzoekOnbekend;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import nl.jeugdlink.platform.web.InvalidParam;
import nl.jeugdlink.platform.web.ProblemHandling;
import nl.jeugdlink.platform.web.ProblemHandling.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Requests to the Jeugdbeschermingstafel. Filing is for the casus's regisseur, Veilig Thuis
 * (jeugdlink-professional) and the GI (jeugdbeschermer); returning and deciding for the chair only;
 * reading for the chair, the requester and the regisseur (need-to-know, {@code Inzagebeleid}). Who
 * may do what is in docs/autorisatiematrix.md; every read, change and refusal is audited.
 */
@RestController
@RequestMapping("/api/v1/jbt-verzoeken")
@Tag(name = "jbt-verzoeken", description = "Verzoeken tot bespreking of tot raadsonderzoek aan de Jeugdbeschermingstafel, en het besluit")
class VerzoekController {

    private static final java.time.ZoneId NEDERLAND = java.time.ZoneId.of("Europe/Amsterdam");
    static final URI JBTREGEL = URI.create("https://jeugdlink.nl/problemen/jbt-regel");
    private static final String CATEGORIE = "jbt-verzoek";
    /** The roles that may file, in the order a person with several files in. */
    private static final List<Rol> INDIENERS = List.of(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL, Rol.JEUGDBESCHERMER);

    private final VerslagVerzoek verslag;
    private final String ouderlinkBasis;
    private final FilingVerzoek filing;
    private final DecidingVerzoek deciding;
    private final PlanningVerzoek planning;
    private final Audit audit;
    private final MeterRegistry meters;

    VerzoekController(FilingVerzoek filing, DecidingVerzoek deciding, PlanningVerzoek planning, VerslagVerzoek verslag,
            @org.springframework.beans.factory.annotation.Value("${jeugdlink.jbt.verslag.link-basis}") String ouderlinkBasis,
            Audit audit, MeterRegistry meters) {
        this.verslag = verslag;
        this.ouderlinkBasis = ouderlinkBasis;
        this.filing = filing;
        this.deciding = deciding;
        this.planning = planning;
        this.audit = audit;
        this.meters = meters;
    }

    @PostMapping
    @Operation(summary = "Dien een verzoek in bij de JBT", description = "Alle velden van Bijlage 3 onder 'formulier'. Zonder sectie 2.5 "
            + "Veiligheid en gemaakte afspraken (formulier.veiligheid) 400; elk ontbrekend veld wordt genoemd. Door de regisseur van de casus, "
            + "Veilig Thuis (jeugdlink-professional) of de GI (jeugdbeschermer) van de gemeente. Meldt JbtVerzoekIngediend.")
    @ApiResponse(responseCode = "201", description = "Het ingediende verzoek")
    @ApiResponse(responseCode = "400", description = "Onvolledig formulier; invalidParams noemt elk veld en de regel")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit id bekend bij de JBT")
    @ApiResponse(responseCode = "409", description = "Het verzoek is al ingediend of besloten")
    ResponseEntity<VerzoekResponse> dienIn(@Valid @RequestBody IndieningRequest request) {
        Gebruiker gebruiker = Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL, Rol.JEUGDBESCHERMER);
        String rol = INDIENERS.stream().filter(gebruiker.rollen()::contains).findFirst().orElseThrow().claim();
        Verzoek verzoek = alsToegestaan(Verzoek.idVoor(request.casusId()),
                () -> filing.dienIn(request.casusId(), request.soort(), request.gesprekstype(), request.formulier(), medewerker(gebruiker), rol));
        audit.toegestaan(gebruiker, AuditEntry.Actie.AANMAKEN, CATEGORIE, verzoek.id());
        meters.counter("jeugdlink.jbt.verzoeken.ingediend", "soort", request.soort().name(), "gesprekstype", request.gesprekstype().name(),
                "gemeente", verzoek.gemeenteCode()).increment();
        return ResponseEntity.created(URI.create("/api/v1/jbt-verzoeken/" + verzoek.id())).body(VerzoekResponse.of(verzoek));
    }

    @GetMapping("/{verzoekId}")
    @Operation(summary = "Haal een verzoek op", description = "Met het formulier, elke terugsturing en het besluit. Voor de voorzitter, "
            + "de verzoeker en de regisseur van de casus.")
    @ApiResponse(responseCode = "200", description = "Het verzoek")
    @ApiResponse(responseCode = "404", description = "Geen verzoek met dit id")
    ResponseEntity<VerzoekResponse> haalOp(@Parameter(description = "Het id van het verzoek") @PathVariable String verzoekId) {
        Gebruiker gebruiker = Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL, Rol.JEUGDBESCHERMER, Rol.JBT_VOORZITTER);
        String id = verzoekId(verzoekId);
        Verzoek verzoek = alsToegestaan(id, () -> filing.lees(id, medewerker(gebruiker)));
        audit.toegestaan(gebruiker, AuditEntry.Actie.LEZEN, CATEGORIE, id);
        return ResponseEntity.ok(VerzoekResponse.of(verzoek));
    }

    @PostMapping("/{verzoekId}/planning")
    @Operation(summary = "Plan een ingediend verzoek aan tafel", description = "Alleen de voorzitter. Zonder datum: het eerste vrije "
            + "tafelmoment van de eigen tafel. Ligt dat meer dan twee weken na de indiening, dan wordt niets gepland: de voorzitter en de "
            + "gemeentelijke contactpersoon worden ingelicht (JbtWachttijdOverschreden) en de vrije momenten van de buurtafel aangeboden; "
            + "de voorzitter kiest er dan een door tafel en datum te noemen. Een tafelmoment heeft meerdere gesprekken na elkaar (aanvang + n x "
            + "de gespreksduur van de tafel): het verzoek krijgt het eerste vrije, of het tijdstip dat de voorzitter noemt (met datum). "
            + "Meldt JbtVerzoekGepland met het eigen tijdstip van het gesprek.")
    @ApiResponse(responseCode = "201", description = "Gepland")
    @ApiResponse(responseCode = "200", description = "Niet gepland: de wachttijd is te lang; met het aanbod van de buurtafel. Of: een al gepland "
            + "gesprek verzet naar een ander tijdstip van zijn tafelmoment (dezelfde datum en tafel, een ander tijdstip): iedereen die is "
            + "uitgenodigd krijgt een nieuwe uitnodiging (JbtGesprekVerplaatst)")
    @ApiResponse(responseCode = "400", description = "Onbekende tafel, een dag waarop de tafel niet vergadert, een datum in het verleden, "
            + "of een tijdstip dat geen gesprek van het tafelmoment is (regel tijdslot)")
    @ApiResponse(responseCode = "409", description = "Het tafelmoment is vol, het tijdstip is al bezet (regel tijdstipBezet), of het verzoek is niet "
            + "(meer) ingediend")
    ResponseEntity<PlanningResponse> plan(@PathVariable String verzoekId, @Valid @RequestBody PlanningRequest request) {
        Gebruiker gebruiker = Toegang.metRol(Rol.JBT_VOORZITTER);
        String id = verzoekId(verzoekId);
        var uitkomst = alsToegestaan(id, () -> planning.plan(id, request.tafel(), request.datum(),
                request.tijdstip() == null ? null : java.time.LocalTime.parse(request.tijdstip()), medewerker(gebruiker)));
        audit.toegestaan(gebruiker, AuditEntry.Actie.WIJZIGEN, CATEGORIE, id);
        Verzoek verzoek = uitkomst.verzoek();
        if (uitkomst.verplaatst()) {
            // A planned talk moved within its moment: no new planning to count.
            return ResponseEntity.ok(PlanningResponse.of(uitkomst));
        }
        if (uitkomst.planning() == null) {
            meters.counter("jeugdlink.jbt.wachttijd.overschreden", "gemeente", verzoek.gemeenteCode()).increment();
            return ResponseEntity.ok(PlanningResponse.of(uitkomst));
        }
        // Late plannings (002:491: talked about within 1.5 to 2 weeks): a talk more than two weeks after the filing is counted as late.
        boolean tijdig = verzoek.ingediendOp() == null || !uitkomst.planning().datum()
                .isAfter(LocalDate.ofInstant(verzoek.ingediendOp(), NEDERLAND).plusWeeks(2));
        meters.counter("jeugdlink.jbt.verzoeken.gepland", "buurtafel", String.valueOf(uitkomst.planning().buurtafel()),
                "tijdig", String.valueOf(tijdig), "gemeente", verzoek.gemeenteCode()).increment();
        if (verzoek.ingediendOp() != null) {
            // Time from request to talk (002:491): the seeds' figure for the table's reach.
            meters.timer("jeugdlink.jbt.verzoek.tot.gesprek", "gemeente", verzoek.gemeenteCode()).record(Duration.between(verzoek.ingediendOp(),
                    uitkomst.planning().datum().atStartOfDay(NEDERLAND).toInstant()));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(PlanningResponse.of(uitkomst));
    }

    @PutMapping("/{verzoekId}/raadsmedewerker")
    @Operation(summary = "Wijs de raadsmedewerker aan voor de onafhankelijke toets", description = "Alleen de voorzitter. Een "
            + "raadsmedewerker die eerder bij het gezin betrokken was wordt geweigerd: 409 met regel onafhankelijkheid en de reden.")
    @ApiResponse(responseCode = "200", description = "Het verzoek met de raadsmedewerker")
    @ApiResponse(responseCode = "409", description = "Eerder betrokken bij het gezin, of het verzoek is niet ingediend of al besloten")
    ResponseEntity<VerzoekResponse> wijsRaadsmedewerkerAan(@PathVariable String verzoekId, @Valid @RequestBody RaadsmedewerkerRequest request) {
        Gebruiker gebruiker = Toegang.metRol(Rol.JBT_VOORZITTER);
        String id = verzoekId(verzoekId);
        var resultaat = alsToegestaan(id, () -> deciding.wijsRaadsmedewerkerAan(id, request.raadsmedewerkerId(), medewerker(gebruiker)));
        audit.toegestaan(gebruiker, AuditEntry.Actie.WIJZIGEN, CATEGORIE, id);
        return ResponseEntity.ok(VerzoekResponse.of(resultaat.verzoek()));
    }

    @PostMapping("/{verzoekId}/eerdere-betrokkenen")
    @Operation(summary = "Leg vast dat iemand eerder bij het gezin betrokken was", description = "Alleen de voorzitter, bijvoorbeeld "
            + "uit de gegevens van de Raad. Regisseurs en dossierhouders van de casus zijn al bekend uit de casus.")
    @ApiResponse(responseCode = "204", description = "Vastgelegd")
    ResponseEntity<Void> legBetrokkenheidVast(@PathVariable String verzoekId, @Valid @RequestBody BetrokkenheidRequest request) {
        Gebruiker gebruiker = Toegang.metRol(Rol.JBT_VOORZITTER);
        String id = verzoekId(verzoekId);
        alsToegestaan(id, () -> {
            deciding.legBetrokkenheidVast(id, request.medewerkerId(), medewerker(gebruiker));
            return id;
        });
        audit.toegestaan(gebruiker, AuditEntry.Actie.AANMAKEN, CATEGORIE, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{verzoekId}/terugsturing")
    @Operation(summary = "Stuur een verzoek terug om ontbrekende informatie", description = "Alleen de voorzitter; de reden gaat naar de "
            + "verzoeker (JbtVerzoekTeruggestuurd), die het aangevuld opnieuw indient.")
    @ApiResponse(responseCode = "200", description = "Het teruggestuurde verzoek")
    @ApiResponse(responseCode = "400", description = "Geen reden")
    @ApiResponse(responseCode = "409", description = "Het verzoek is niet (meer) ingediend")
    ResponseEntity<VerzoekResponse> stuurTerug(@PathVariable String verzoekId, @Valid @RequestBody TerugsturingRequest request) {
        Gebruiker gebruiker = Toegang.metRol(Rol.JBT_VOORZITTER);
        String id = verzoekId(verzoekId);
        var resultaat = alsToegestaan(id, () -> deciding.stuurTerug(id, request.reden(), medewerker(gebruiker)));
        audit.toegestaan(gebruiker, AuditEntry.Actie.WIJZIGEN, CATEGORIE, id);
        meters.counter("jeugdlink.jbt.verzoeken.teruggestuurd", "gemeente", resultaat.verzoek().gemeenteCode()).increment();
        return ResponseEntity.ok(VerzoekResponse.of(resultaat.verzoek()));
    }

    @PostMapping("/{verzoekId}/besluit")
    @Operation(summary = "Leg het besluit van de tafel vast", description = "Alleen de voorzitter. Eén van de vier uitkomsten, altijd met "
            + "route, vervolg en soort hulp en veiligheidsafspraken; bij consensus of op mandaat van de voorzitter; een evaluatiemoment mag. "
            + "Meldt JbtBesluitGenomen, en bij een raadsonderzoek ook RaadsonderzoekGevraagd.")
    @ApiResponse(responseCode = "201", description = "Het besloten verzoek")
    @ApiResponse(responseCode = "400", description = "Een van de drie onderdelen ontbreekt, of het evaluatiemoment ligt niet in de toekomst")
    @ApiResponse(responseCode = "409", description = "Het verzoek is niet ingediend, of al besloten")
    ResponseEntity<VerzoekResponse> neemBesluit(@PathVariable String verzoekId, @Valid @RequestBody BesluitRequest request) {
        Gebruiker gebruiker = Toegang.metRol(Rol.JBT_VOORZITTER);
        String id = verzoekId(verzoekId);
        var resultaat = alsToegestaan(id, () -> deciding.neemBesluit(id, request.uitkomst(), request.route(), request.hulp(),
                request.veiligheidsafspraken(), request.besluitvorming(), request.evaluatieMoment(), medewerker(gebruiker)));
        audit.toegestaan(gebruiker, AuditEntry.Actie.AANMAKEN, CATEGORIE, id);
        meet(resultaat.verzoek(), request.uitkomst());
        return ResponseEntity.created(URI.create("/api/v1/jbt-verzoeken/" + id)).body(VerzoekResponse.of(resultaat.verzoek()));
    }

    @PostMapping("/{verzoekId}/tafelevaluatie")
    @Operation(summary = "Leg de evaluatie van het besluit vast", description = "Alleen de voorzitter, na het besluit en één keer: "
            + "schriftelijk of aan tafel, of de afspraken (de veiligheidsafspraken voorop) zijn nagekomen (JA, DEELS, NEE), wat volgt "
            + "(AFSLUITEN, VRIJWILLIG_VERDER, NIEUW_VERZOEK) en de bevindingen. Haalt de termijn van het evaluatiemoment (JBT_EVALUATIE). "
            + "Meldt JbtEvaluatieVastgelegd.")
    @ApiResponse(responseCode = "201", description = "Het verzoek met de evaluatie")
    @ApiResponse(responseCode = "400", description = "Een onderdeel ontbreekt; invalidParams noemt elk veld")
    @ApiResponse(responseCode = "409", description = "Er is nog geen besluit, of het is al geëvalueerd")
    ResponseEntity<VerzoekResponse> legTafelevaluatieVast(@PathVariable String verzoekId,
            @Valid @RequestBody VerzoekRequests.TafelevaluatieRequest request) {
        Gebruiker gebruiker = Toegang.metRol(Rol.JBT_VOORZITTER);
        String id = verzoekId(verzoekId);
        var resultaat = alsToegestaan(id, () -> deciding.legEvaluatieVast(id, request.vorm(), request.afsprakenNagekomen(), request.vervolg(),
                request.bevindingen(), medewerker(gebruiker)));
        audit.toegestaan(gebruiker, AuditEntry.Actie.AANMAKEN, CATEGORIE, id);
        meters.counter("jeugdlink.jbt.tafelevaluaties", "afsprakenNagekomen", request.afsprakenNagekomen().name(), "vervolg",
                request.vervolg().name(), "gemeente", resultaat.verzoek().gemeenteCode()).increment();
        return ResponseEntity.created(URI.create("/api/v1/jbt-verzoeken/" + id)).body(VerzoekResponse.of(resultaat.verzoek()));
    }

    /** The chair's response: the version recorded, and the parents' personal link to it (the credential their page asks). */
    record VerslagResponse(String verzoekId, int versie, java.time.Instant vastgelegdOp, java.time.Instant linkVerlooptOp, String ouderlink) {
    }

    @PostMapping("/{verzoekId}/verslag")
    @Operation(summary = "Leg (een nieuwe versie van) het verslag van het gesprek vast", description = "Alleen de voorzitter, na het besluit. "
            + "Elke versie blijft bewaard. Het antwoord draagt de persoonlijke link van de ouders naar deze versie (verzegeld, gebonden aan dit "
            + "verzoek en gezin, verloopt na jeugdlink.jbt.verslag.link-geldigheid). Meldt JbtVerslagGereed.")
    @ApiResponse(responseCode = "201", description = "De vastgelegde versie met de link voor de ouders")
    @ApiResponse(responseCode = "400", description = "Geen tekst")
    @ApiResponse(responseCode = "409", description = "Er is nog geen besluit")
    ResponseEntity<VerslagResponse> legVerslagVast(@PathVariable String verzoekId, @Valid @RequestBody VerzoekRequests.VerslagRequest request) {
        Gebruiker gebruiker = Toegang.metRol(Rol.JBT_VOORZITTER);
        String id = verzoekId(verzoekId);
        var vastgelegd = alsToegestaan(id, () -> verslag.legVast(id, request.tekst(), medewerker(gebruiker)));
        audit.toegestaan(gebruiker, AuditEntry.Actie.AANMAKEN, "jbt-verslag", id);
        meters.counter("jeugdlink.jbt.verslagen", "gemeente", vastgelegd.verzoek().gemeenteCode()).increment();
        return ResponseEntity.created(URI.create("/api/v1/jbt-verzoeken/" + id)).body(verslagResponse(vastgelegd));
    }

    /** The requester's reaction, appended to the report: the version it answers and how many reactions the report has. */
    record VerslagreactieResponse(String verzoekId, int versie, int aantalReacties) {
    }

    @PostMapping("/{verzoekId}/verslag/reacties")
    @Operation(summary = "Reageer als verzoeker op het verslag", description = "Alleen de verzoeker (regisseur, jeugdlink-professional of "
            + "jeugdbeschermer die het verzoek indiende), na een verslag: het verslag gaat naar de ouders en de professional, en hun reactie "
            + "wordt toegevoegd (seed 002:487). De reactie geldt de laatste versie, wordt toegevoegd en nooit samengevoegd, en wordt versleuteld "
            + "bewaard; de voorzitter leest haar bij het verzoek. De ouders reageren via hun eigen link.")
    @ApiResponse(responseCode = "201", description = "De reactie is toegevoegd")
    @ApiResponse(responseCode = "400", description = "Geen tekst, of te lang")
    @ApiResponse(responseCode = "403", description = "Niet de verzoeker, of een andere gemeente")
    @ApiResponse(responseCode = "409", description = "Er is nog geen verslag")
    ResponseEntity<VerslagreactieResponse> reageerOpVerslag(@PathVariable String verzoekId,
            @Valid @RequestBody VerzoekRequests.VerslagreactieRequest request) {
        Gebruiker gebruiker = Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL, Rol.JEUGDBESCHERMER);
        String id = verzoekId(verzoekId);
        Verzoek verzoek = alsToegestaan(id, () -> verslag.reageerAlsIndiener(id, request.tekst(), medewerker(gebruiker)));
        audit.toegestaan(gebruiker, AuditEntry.Actie.AANMAKEN, "jbt-verslag", id);
        meters.counter("jeugdlink.jbt.verslag.reacties", "gemeente", verzoek.gemeenteCode(), "van", "verzoeker").increment();
        return ResponseEntity.created(URI.create("/api/v1/jbt-verzoeken/" + id))
                .body(new VerslagreactieResponse(id, verzoek.verslag().versies().size(), verzoek.verslag().reacties().size()));
    }

    @PostMapping("/{verzoekId}/verslag/ouderlink")
    @Operation(summary = "Maak een nieuwe link voor de ouders naar de laatste versie van het verslag", description = "Alleen de voorzitter, "
            + "bijvoorbeeld als de link verlopen of kwijt is; hij verloopt een volle termijn na nu. Eerdere links blijven geldig tot ze verlopen. "
            + "De ouders krijgen de nieuwe link per e-mail, zoals de eerste: meldt JbtVerslagGereed met nieuweLink true (de link alleen verzegeld).")
    @ApiResponse(responseCode = "200", description = "De nieuwe link")
    @ApiResponse(responseCode = "409", description = "Er is nog geen verslag")
    ResponseEntity<VerslagResponse> nieuweOuderlink(@PathVariable String verzoekId) {
        Gebruiker gebruiker = Toegang.metRol(Rol.JBT_VOORZITTER);
        String id = verzoekId(verzoekId);
        var vastgelegd = alsToegestaan(id, () -> verslag.nieuweLink(id, medewerker(gebruiker)));
        audit.toegestaan(gebruiker, AuditEntry.Actie.AANMAKEN, "jbt-verslag", id);
        meters.counter("jeugdlink.jbt.ouderlinks.vernieuwd", "gemeente", vastgelegd.verzoek().gemeenteCode()).increment();
        return ResponseEntity.ok(verslagResponse(vastgelegd));
    }

    private VerslagResponse verslagResponse(VerslagVerzoek.Vastgelegd vastgelegd) {
        var versie = vastgelegd.versie();
        String id = vastgelegd.verzoek().id();
        return new VerslagResponse(id, versie.nummer(), versie.vastgelegdOp(), vastgelegd.linkVerlooptOp(),
                Ouderlinkadressen.adres(ouderlinkBasis, id, vastgelegd.ouderlinkToken()));
    }

    /** The seeds' figures (002:507): outcomes, talk types, OTS-end tests, and time from request to decision. */
    private void meet(Verzoek verzoek, Besluit.Uitkomst uitkomst) {
        String gesprekstype = verzoek.gesprekstype() == null ? "onbekend" : verzoek.gesprekstype().name();
        meters.counter("jeugdlink.jbt.besluiten", "uitkomst", uitkomst.name(), "gesprekstype", gesprekstype,
                "gemeente", verzoek.gemeenteCode()).increment();
        var besluit = verzoek.besluit();
        if (verzoek.ingediendOp() != null && besluit != null) {
            meters.timer("jeugdlink.jbt.verzoek.tot.besluit", "gemeente", verzoek.gemeenteCode())
                    .record(Duration.between(verzoek.ingediendOp(), besluit.genomenOp()));
        }
    }

    private static String verzoekId(String verzoekId) {
        if (!verzoekId.matches(VerzoekRequests.UUID)) {
            throw new InvalidInputException("verzoekId", "uuid", "Een verzoek-id is een UUID.");
        }
        return verzoekId;
    }

    static Medewerker medewerker(Gebruiker gebruiker) {
        Set<String> rollen = gebruiker.rollen().stream().map(Rol::claim).collect(Collectors.toSet());
        return new Medewerker(gebruiker.id(), rollen, gebruiker.gemeenten());
    }

    /** Runs the use case; the policy's refusal becomes the platform's audited 403 about this request. */
    private static <T> T alsToegestaan(String verzoekId, Supplier<T> gebruik) {
        try {
            return gebruik.get();
        } catch (GeenInzage e) {
            throw new Toegang.Geweigerd(e.getMessage(), CATEGORIE, verzoekId);
        }
    }

    @ExceptionHandler(OngeldigVerzoek.class)
    ResponseEntity<ProblemDetail> ongeldig(OngeldigVerzoek e) {
        return ResponseEntity.badRequest().body(ProblemHandling.invalidInput(
                e.gebreken().stream().map(g -> new InvalidParam(g.veld(), g.regel(), g.uitleg())).toList()));
    }

    @ExceptionHandler(Regelschending.class)
    ResponseEntity<ProblemDetail> regelschending(Regelschending e) {
        var g = e.gebreken().get(0);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemHandling.ruleBroken(JBTREGEL, "JBT-regel",
                new InvalidParam(g.veld(), g.regel(), g.uitleg())));
    }

    @ExceptionHandler(VerzoekOnbekend.class)
    ResponseEntity<ProblemDetail> onbekend(VerzoekOnbekend e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
