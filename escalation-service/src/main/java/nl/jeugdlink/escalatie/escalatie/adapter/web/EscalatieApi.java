package nl.jeugdlink.escalatie.escalatie.adapter.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdlink.escalatie.escalatie.domain.Escalatie;
import nl.jeugdlink.escalatie.escalatie.domain.Leerverslag;
import nl.jeugdlink.escalatie.escalatie.domain.Stap;
import nl.jeugdlink.escalatie.escalatie.domain.Verslag;
import nl.jeugdlink.platform.web.Pagination.PageResponse;
import org.jspecify.annotations.Nullable;

/** The request and response bodies of the escalation endpoints. */
final class EscalatieApi {

    private EscalatieApi() {
    }

    record OpenRequest(
            @Schema(description = "1 professioneel dilemma, 2 samenwerking niet volgens afspraken, 3 nalatend of zorgwekkend handelen",
                    minimum = "1", maximum = "3") @Nullable Integer situatie,
            @ArraySchema(minItems = 1, schema = @Schema(allowableValues = {"LOKAAL_TEAM", "VEILIG_THUIS", "GECERTIFICEERDE_INSTELLING",
                    "RAAD_VOOR_DE_KINDERBESCHERMING", "ZORGAANBIEDER", "GEMEENTE", "ONDERWIJS", "ANDERS"})) @Nullable List<String> partijen) {
    }

    record StapRequest(
            @Schema(description = "1 gedragswetenschappers, 2 leidinggevenden, 3 bestuurders en wethouders", minimum = "1", maximum = "3")
            @Nullable Integer stap,
            @Schema(description = "Of de ambtelijke laag betrokken is; verplicht waar bij stap 3") @Nullable Boolean ambtelijkBetrokken) {
    }

    record AfrondingRequest(@Schema(allowableValues = {"OPGELOST", "GEESCALEERD"}) @Nullable String uitkomst) {
    }

    record GezinRequest(
            @Schema(allowableValues = {"VOORAF", "ACHTERAF"}) @Nullable String moment,
            @Schema(description = "Hoe het achteraf is uitgelegd; verplicht bij ACHTERAF; blijft bij de escalatie (niet op Kafka)", maxLength = 2000)
            @Nullable String uitleg) {
    }

    record VerslagRequest(
            @Schema(minimum = "1", maximum = "3") @Nullable Integer stap,
            @Schema(description = "De dag van het overleg; de termijn van het verslag loopt vanaf die dag") @Nullable LocalDate vergaderdOp,
            @ArraySchema(minItems = 1, maxItems = 20, schema = @Schema(description = "Medewerker-id van een deelnemer", pattern = "^[A-Za-z0-9._:@-]{1,100}$"))
            @Nullable List<String> deelnemers,
            @Schema(description = "Het verslag; blijft bij de escalatie (niet op Kafka)", maxLength = 20000) @Nullable String tekst) {
    }

    record ReactieRequest(
            @Schema(description = "Akkoord (true) of bezwaar (false)") @Nullable Boolean akkoord,
            @Schema(description = "Toelichting; verplicht bij bezwaar", maxLength = 2000) @Nullable String toelichting) {
    }

    record StapResponse(int stap, @Schema(allowableValues = {"GEDRAGSWETENSCHAPPERS", "LEIDINGGEVENDEN", "BESTUURDERS"}) String aanZet,
            String gezetDoor, @Schema(allowableValues = {"PROFESSIONAL", "GEDRAGSWETENSCHAPPER", "LEIDINGGEVENDE"}) String gezetAls, Instant gezetOp,
            boolean ambtelijkBetrokken, @Schema(allowableValues = {"OPGELOST", "GEESCALEERD"}, nullable = true) @Nullable String uitkomst,
            @Nullable String afgerondDoor, @Nullable Instant afgerondOp) {

        static StapResponse of(Stap s) {
            return new StapResponse(s.nummer(), s.aanZet().name(), s.gezetDoor(), s.gezetAls().name(), s.gezetOp(), s.ambtelijkBetrokken(),
                    s.uitkomst() == null ? null : s.uitkomst().name(), s.afgerondDoor(), s.afgerondOp());
        }
    }

    record GezinResponse(@Schema(allowableValues = {"VOORAF", "ACHTERAF"}) String moment, Instant op, String door, @Nullable Integer stap,
            @Nullable String uitleg) {
    }

    record ReactieResponse(String deelnemer, boolean akkoord, Instant op, @Nullable String toelichting) {
    }

    record VerslagResponse(@Schema(format = "uuid") String verslagId, int stap, LocalDate vergaderdOp, List<String> deelnemers, String tekst,
            String opgesteldDoor, Instant opgesteldOp, List<ReactieResponse> reacties, boolean goedgekeurd, @Nullable Instant goedgekeurdOp) {

        static VerslagResponse of(Verslag v) {
            return new VerslagResponse(v.id(), v.stap(), v.vergaderdOp(), v.deelnemers(), v.tekst(), v.opgesteldDoor(), v.opgesteldOp(),
                    v.reacties().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                            .map(r -> new ReactieResponse(r.getKey(), r.getValue().akkoord(), r.getValue().op(), r.getValue().toelichting())).toList(),
                    v.goedgekeurd(), v.goedgekeurdOp());
        }
    }

    record EscalatieResponse(@Schema(format = "uuid") String escalatieId, @Schema(format = "uuid") String casusId, String gemeenteCode,
            @Schema(minimum = "1", maximum = "3") int situatie, List<String> partijen, String geopendDoor, Instant geopendOp,
            @Schema(allowableValues = {"OPEN", "STAP_LOOPT", "OPGELOST"}) String stand, List<StapResponse> stappen, List<GezinResponse> gezin,
            List<VerslagResponse> verslagen) {

        static EscalatieResponse of(Escalatie e) {
            return new EscalatieResponse(e.id(), e.casusId(), e.gemeenteCode(), e.situatie().nummer(), e.partijen().stream().map(Enum::name).sorted().toList(),
                    e.geopendDoor(), e.geopendOp(), e.stand().name(), e.stappen().stream().map(StapResponse::of).toList(),
                    e.gezin().stream().map(g -> new GezinResponse(g.moment().name(), g.op(), g.door(), g.stap(), g.uitleg())).toList(),
                    e.verslagen().stream().map(VerslagResponse::of).toList());
        }
    }

    record EscalatiesResponse(List<EscalatieResponse> escalaties, PageResponse page) {
    }

    record LeerverslagRijResponse(int situatie, int stap, int aantal, int opgelost, int geescaleerd, int lopend,
            @Schema(nullable = true) @Nullable Double gemiddeldeWerkdagen, @Schema(nullable = true) @Nullable Double gemiddeldeDagen) {

        static LeerverslagRijResponse of(Leerverslag.Rij r) {
            return new LeerverslagRijResponse(r.situatie().nummer(), r.stap(), r.aantal(), r.opgelost(), r.geescaleerd(), r.lopend(),
                    r.gemiddeldeWerkdagen(), r.gemiddeldeDagen());
        }
    }

    record LeerverslagResponse(String gemeenteCode, LocalDate van, LocalDate tot, List<LeerverslagRijResponse> rijen, PageResponse page) {
    }
}
