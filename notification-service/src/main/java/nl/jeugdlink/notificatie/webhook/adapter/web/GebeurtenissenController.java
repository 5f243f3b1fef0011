package nl.jeugdlink.notificatie.webhook.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.jeugdlink.notificatie.webhook.application.CloudEvent;
import nl.jeugdlink.notificatie.webhook.domain.Gebeurtenis;
import nl.jeugdlink.notificatie.webhook.domain.Tijdlijnen;
import nl.jeugdlink.platform.web.ProblemHandling;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The change feed: everything addressed to the provider after a cursor (from the start without one), oldest first,
 * each as the same CloudEvent a webhook carries. {@code volgende} is the cursor for the next page; a provider that
 * keeps it loses nothing, also when it was away longer than the retries.
 */
@RestController
@Tag(name = "gebeurtenissen", description = "Alles wat aan een zorgaanbieder is geadresseerd, sinds een cursor")
class GebeurtenissenController {

    static final int STANDAARD = 100;
    static final int HOOGSTENS = 500;

    record Pagina(List<ObjectNode> gebeurtenissen, String volgende, boolean meer) {
    }

    private final Tijdlijnen tijdlijnen;
    private final JsonMapper json;

    GebeurtenissenController(Tijdlijnen tijdlijnen, JsonMapper json) {
        this.tijdlijnen = tijdlijnen;
        this.json = json;
    }

    @GetMapping("/api/v1/zorgaanbieders/{agbCode}/gebeurtenissen")
    @Operation(summary = "Gebeurtenissen van deze zorgaanbieder na de cursor", description = "Alleen de zorgaanbieder zelf (agb-claim gelijk aan het pad).")
    Pagina na(@PathVariable String agbCode, @RequestParam(name = "na", required = false) @Nullable String na,
            @RequestParam(name = "aantal", required = false) @Nullable Integer aantal) {
        String agb = Zorgaanbieder.agbCode(agbCode);
        long cursor = 0;
        if (na != null) {
            if (!na.matches("[0-9]{1,12}")) {
                throw new ProblemHandling.InvalidInputException("na", "cursor", "na is de cursor uit 'volgende' van een eerdere pagina (een getal).");
            }
            cursor = Long.parseLong(na);
        }
        int grootte = aantal == null ? STANDAARD : aantal;
        if (grootte < 1 || grootte > HOOGSTENS) {
            throw new ProblemHandling.InvalidInputException("aantal", "bereik", "aantal ligt tussen 1 en " + HOOGSTENS + ".");
        }
        List<Gebeurtenis> pagina = tijdlijnen.na(agb, cursor, grootte + 1);
        boolean meer = pagina.size() > grootte;
        List<Gebeurtenis> deze = meer ? pagina.subList(0, grootte) : pagina;
        long volgende = deze.isEmpty() ? cursor : deze.getLast().volgnummer();
        return new Pagina(deze.stream().map(g -> CloudEvent.node(g, json)).toList(), Long.toString(volgende), meer);
    }
}
