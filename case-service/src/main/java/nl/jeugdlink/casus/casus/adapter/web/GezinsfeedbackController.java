package nl.jeugdlink.casus.casus.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.Casusbetrokkenen;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.casus.casus.domain.Gezinsfeedback;
import nl.jeugdlink.casus.casus.domain.Ouder;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.security.Rol;
import nl.jeugdlink.platform.security.Toegang;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The family's voice per casus (seed 004): the session ratings given through the personal links,
 * for the casus's team only - need-to-know as every other read of the casus (ADR 0017). Outside the
 * team the ratings exist only as anonymous figures.
 */
@RestController
@RequestMapping("/api/v1/casussen/{casusId}/gezinsfeedback")
@Tag(name = "gezinsfeedback", description = "De stem van het gezin: sessiebeoordeling na een gesprek (Wat werkt)")
class GezinsfeedbackController extends CasusApi {

    record AntwoordResponse(String gesprekId, String voor, @Nullable String kindId, @Nullable String ouderId, @Nullable String relatieTotKind,
            int relatie, int doelen, int aanpak, int algemeen, String weergave, Instant gegevenOp) {

        static AntwoordResponse of(Gezinsfeedback f, Casus casus) {
            String relatieTotKind = casus.ouders().stream().filter(o -> o.ouderId().equals(f.ouderId())).map(Ouder::relatie).findFirst().orElse(null);
            return new AntwoordResponse(f.gesprekId(), f.voor().name(), f.kindId(), f.ouderId(), relatieTotKind, f.scores().relatie(), f.scores().doelen(),
                    f.scores().aanpak(), f.scores().algemeen(), f.weergave().name(), f.gegevenOp());
        }
    }

    record GezinsfeedbackResponse(List<AntwoordResponse> antwoorden) {
    }

    GezinsfeedbackController(Casussen casussen, Casusbetrokkenen betrokkenen, Audit audit) {
        super(casussen, betrokkenen, audit);
    }

    @GetMapping
    @Operation(summary = "De feedback van het gezin op de gesprekken", description = "Per antwoord: het gesprek, van wie (OUDER met het "
            + "pseudonieme ouder-id en de relatie tot het kind - elke ouder met gezag heeft een eigen link; of KIND met het pseudonieme kind-id), "
            + "de vier cijfers van 0 tot en met 10 (relatie, doelen, aanpak, algemeen), of met cijfers of met pictogrammen geantwoord, en wanneer. "
            + "Alleen voor wie bij de casus betrokken is.")
    @ApiResponse(responseCode = "200", description = "De antwoorden, oudste eerst")
    @ApiResponse(responseCode = "403", description = "Niet betrokken bij deze casus")
    @ApiResponse(responseCode = "404", description = "Geen casus met dit id")
    ResponseEntity<GezinsfeedbackResponse> lijst(@CasusIdParameter @PathVariable String casusId) {
        Casus casus = lees(casusId, Toegang.metRol(Rol.REGISSEUR, Rol.JEUGDLINK_PROFESSIONAL, Rol.GEDRAGSWETENSCHAPPER, Rol.TEAMLEIDER),
                "gezinsfeedback");
        return ResponseEntity.ok(new GezinsfeedbackResponse(casus.gezinsfeedback().stream().map(f -> AntwoordResponse.of(f, casus)).toList()));
    }
}
