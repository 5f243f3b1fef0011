package nl.jeugdlink.jbt.verzoek.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.jeugdlink.jbt.verzoek.adapter.web.VerzoekRequests.CapaciteitRequest;
import nl.jeugdlink.jbt.verzoek.application.InstellenTafelmoment;
import nl.jeugdlink.jbt.verzoek.domain.Tafel;
import nl.jeugdlink.jbt.verzoek.domain.Tafelagenda;
import nl.jeugdlink.jbt.verzoek.domain.Tafelmoment;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.security.Gebruiker;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import nl.jeugdlink.platform.web.ProblemHandling.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tables' weekly moments for their chair: the next weeks with their capacity and who is planned,
 * and setting one moment's capacity (a holiday closes it, a busy week gets more room). A chair works
 * for the municipalities a table serves; a neighbouring table is read by the chairs of the tables it helps.
 */
@RestController
@RequestMapping("/api/v1/jbt-tafels")
@Tag(name = "jbt-tafels", description = "De wekelijkse tafelmomenten en hun capaciteit")
class TafelController {

    private final Tafelagenda agenda;
    private final InstellenTafelmoment instellen;
    private final Audit audit;
    private final Clock clock;

    TafelController(Tafelagenda agenda, InstellenTafelmoment instellen, Audit audit, Clock clock) {
        this.agenda = agenda;
        this.instellen = instellen;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * {@code aanvang}: when the moment begins, HH:mm Dutch local time (NLGov: a time of day without an offset);
     * {@code gespreksduurMinuten}: the length of one talk; {@code vrijeTijdstippen}: when the talks not yet planned would begin.
     */
    record MomentResponse(LocalDate datum,
            @io.swagger.v3.oas.annotations.media.Schema(format = "time-local", pattern = VerzoekRequests.TIJD, example = "09:00") String aanvang,
            int capaciteit, int gepland, boolean vrij, int gespreksduurMinuten,
            @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @io.swagger.v3.oas.annotations.media.Schema(format = "time-local",
                    pattern = VerzoekRequests.TIJD, example = "10:00")) List<String> vrijeTijdstippen) {
        static MomentResponse of(Tafelmoment m) {
            return new MomentResponse(m.datum(), m.aanvang().toString(), m.capaciteit(), m.verzoekIds().size(), m.heeftRuimte(),
                    (int) m.gesprekduur().toMinutes(), m.heeftRuimte() ? m.vrijePlaatsen().stream().map(p -> m.tijdstip(p).toString()).toList() : List.of());
        }
    }

    @GetMapping("/{tafel}/momenten")
    @Operation(summary = "De tafelmomenten van de komende acht weken", description = "Alleen de voorzitter.")
    @ApiResponse(responseCode = "200", description = "De momenten, met capaciteit en aantal geplande verzoeken")
    List<MomentResponse> momenten(@PathVariable String tafel) {
        Gebruiker gebruiker = Toegang.metRol(Rol.JBT_VOORZITTER);
        Tafel t = tafel(tafel, gebruiker);
        LocalDate vandaag = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Amsterdam"));
        audit.toegestaan(gebruiker, AuditEntry.Actie.LEZEN, "jbt-tafel", t.naam());
        return agenda.momenten(t, vandaag, vandaag.plusWeeks(8)).stream().map(MomentResponse::of).toList();
    }

    @PutMapping("/{tafel}/momenten/{datum}")
    @Operation(summary = "Stel de capaciteit en het aanvangstijdstip van één tafelmoment in", description = "Alleen de voorzitter; 0 sluit het moment. "
            + "Al geplande verzoeken blijven gepland. Zonder aanvang blijft het tijdstip zoals het was (eerst dat van de tafel). "
            + "Een nieuwe aanvang verplaatst de geplande gesprekken mee (elk houdt zijn plaats in de rij): iedereen die voor een verplaatst "
            + "gesprek is uitgenodigd, krijgt een nieuwe uitnodiging met het oude en het nieuwe tijdstip (JbtGesprekVerplaatst).")
    @ApiResponse(responseCode = "200", description = "Het moment")
    @ApiResponse(responseCode = "400", description = "Onbekende tafel, of een dag waarop de tafel niet vergadert")
    MomentResponse stelCapaciteitIn(@PathVariable String tafel, @PathVariable LocalDate datum, @Valid @RequestBody CapaciteitRequest request) {
        Gebruiker gebruiker = Toegang.metRol(Rol.JBT_VOORZITTER);
        Tafel t = tafel(tafel, gebruiker);
        if (!t.vergadertOp(datum)) {
            throw new InvalidInputException("datum", "tafeldag", "De tafel " + t.naam() + " vergadert op " + t.dag() + ".");
        }
        var uitkomst = instellen.stelIn(t, datum, request.capaciteit(),
                request.aanvang() == null ? null : java.time.LocalTime.parse(request.aanvang()), gebruiker.id());
        audit.toegestaan(gebruiker, AuditEntry.Actie.WIJZIGEN, "jbt-tafel", t.naam() + ":" + datum);
        // Each moved request is changed on its own record too (its planning): audited by its id, as its planning was.
        uitkomst.verplaatst().forEach(id -> audit.toegestaan(gebruiker, AuditEntry.Actie.WIJZIGEN, "jbt-verzoek", id));
        return MomentResponse.of(uitkomst.moment());
    }

    /** The table, when the chair works for a municipality it serves or helps as neighbour. */
    private Tafel tafel(String naam, Gebruiker gebruiker) {
        Tafel tafel = agenda.tafel(naam).orElseThrow(() -> new InvalidInputException("tafel", "onbekend", "Geen tafel met de naam " + naam + "."));
        boolean eigen = tafel.gemeenten().stream().anyMatch(gebruiker::werktVoor);
        boolean alsBuur = gebruiker.gemeenten().stream().map(agenda::tafelVoor).flatMap(java.util.Optional::stream)
                .anyMatch(t -> naam.equals(t.buurtafel()));
        if (!eigen && !alsBuur) {
            throw new Toegang.Geweigerd("geen voorzitter van een gemeente die tafel " + naam + " bedient", "jbt-tafel", naam);
        }
        return tafel;
    }
}
