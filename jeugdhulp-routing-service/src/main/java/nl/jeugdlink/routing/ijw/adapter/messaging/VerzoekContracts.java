package nl.jeugdlink.routing.ijw.adapter.messaging;

import nl.jeugdlink.contracts.routing.JeugdhulpAangevraagd;
import nl.jeugdlink.contracts.routing.RoutingEvents;
import nl.jeugdlink.contracts.routing.VerzoekBeantwoord;
import nl.jeugdlink.platform.persistence.ContractEvent;
import nl.jeugdlink.platform.persistence.EventMapper;
import nl.jeugdlink.routing.ijw.domain.Antwoord;
import nl.jeugdlink.routing.ijw.domain.Verzoek;
import nl.jeugdlink.routing.ijw.domain.VerzoekEvent;

/**
 * Maps a JW315 request's domain events to the published contracts: ids, codes and dates, never the BSN. They are stored on the
 * request's document, so the relay publishes them keyed by the verzoekId; the request is in no casus yet, so the payload's
 * {@code casusId} and {@code aanmeldingId} carry that id too (the subject the topic's consumers check, and the escalation-service's
 * traject of the request, ADR 0034).
 */
public final class VerzoekContracts implements EventMapper<VerzoekEvent> {

    @Override
    public ContractEvent toContract(VerzoekEvent event) {
        return switch (event) {
            case VerzoekEvent.Aangevraagd a -> new ContractEvent(RoutingEvents.JEUGDHULP_AANGEVRAAGD, aangevraagd(a));
            case VerzoekEvent.Beantwoord b -> new ContractEvent(RoutingEvents.VERZOEK_BEANTWOORD, beantwoord(b));
        };
    }

    private static JeugdhulpAangevraagd aangevraagd(VerzoekEvent.Aangevraagd a) {
        Verzoek v = a.verzoek();
        Verzoek.AangevraagdProduct p = a.product();
        String id = a.verzoekId();
        return new JeugdhulpAangevraagd(id, VerzoekEvent.aanvraagId(v.aanbieder(), p.referentieAanbieder()), id, id, "GM" + v.gemeente(),
                v.aanbieder(), p.referentieAanbieder(), p.categorie(), p.code(), p.ingangsdatum(), p.einddatum(), v.dagtekening(), a.ontvangenOp());
    }

    private static VerzoekBeantwoord beantwoord(VerzoekEvent.Beantwoord b) {
        Verzoek v = b.verzoek();
        Antwoord antwoord = b.antwoord();
        String id = b.verzoekId();
        return new VerzoekBeantwoord(id, VerzoekEvent.aanvraagId(v.aanbieder(), b.referentieAanbieder()), id, id, "GM" + v.gemeente(),
                v.aanbieder(), b.referentieAanbieder(), antwoord.soort().name(), antwoord.isDefinitief(), antwoord.reden(),
                antwoord.woonplaatsGemeente(), antwoord.identificatie(), antwoord.gegevenOp(),
                antwoord.toewijzing() == null ? null : antwoord.toewijzing().casusId(),
                antwoord.toewijzing() == null ? null : antwoord.toewijzing().toewijzingId());
    }
}
