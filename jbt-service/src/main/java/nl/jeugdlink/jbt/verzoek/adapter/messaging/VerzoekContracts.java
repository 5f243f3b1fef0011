package nl.jeugdlink.jbt.verzoek.adapter.messaging;

import java.util.Objects;
import java.util.function.Function;
import nl.jeugdlink.contracts.jbt.JbtBesluitGenomen;
import nl.jeugdlink.contracts.jbt.JbtEvents;
import nl.jeugdlink.contracts.jbt.JbtVerslagGereed;
import nl.jeugdlink.contracts.jbt.JbtVerzoekGepland;
import nl.jeugdlink.contracts.jbt.JbtVerzoekIngediend;
import nl.jeugdlink.contracts.jbt.JbtWachttijdOverschreden;
import nl.jeugdlink.contracts.jbt.JbtVerzoekTeruggestuurd;
import nl.jeugdlink.contracts.jbt.RaadsonderzoekGevraagd;
import nl.jeugdlink.jbt.verzoek.domain.Ouderlink;
import nl.jeugdlink.jbt.verzoek.domain.Verslag;
import nl.jeugdlink.jbt.verzoek.domain.Verzoek;
import nl.jeugdlink.jbt.verzoek.domain.VerzoekEvent;
import nl.jeugdlink.platform.persistence.ContractEvent;
import nl.jeugdlink.platform.crypto.Sealing;
import nl.jeugdlink.platform.persistence.EventMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps the request's domain events to its published contracts: ids and facts, never the form (names,
 * BSN) or the decision's texts. The parents' link to a report version is a bearer secret: it goes out
 * only sealed for the notification-service and bound to that version (ADR 0011), made here, when the
 * event is written beside the version, so the outbox holds nothing but the ciphertext.
 */
public final class VerzoekContracts implements EventMapper<VerzoekEvent> {

    private final Sealing verzegeling;
    private final JsonMapper json;
    private final Function<Ouderlink, String> ouderlinkadres;

    /** @param ouderlinkadres the parents' address of the page a link opens, with the link sealed in it */
    public VerzoekContracts(Sealing verzegeling, JsonMapper json, Function<Ouderlink, String> ouderlinkadres) {
        this.verzegeling = verzegeling;
        this.json = json;
        this.ouderlinkadres = ouderlinkadres;
    }

    @Override
    public ContractEvent toContract(VerzoekEvent event) {
        Verzoek v = event.verzoek();
        var indiener = Objects.requireNonNull(v.indiener());
        var formulier = Objects.requireNonNull(v.formulier());
        return switch (event) {
            case VerzoekEvent.Ingediend i -> new ContractEvent(JbtEvents.JBT_VERZOEK_INGEDIEND, new JbtVerzoekIngediend(v.id(), v.casusId(), v.aanmeldingId(),
                    v.gemeenteCode(), Objects.requireNonNull(v.soort()).name(), Objects.requireNonNull(v.gesprekstype()).name(), formulier.spoed(),
                    formulier.aantalKinderen(), indiener.id(), indiener.rol(), Objects.requireNonNull(v.ingediendOp())));
            case VerzoekEvent.Gepland g -> new ContractEvent(JbtEvents.JBT_VERZOEK_GEPLAND, new JbtVerzoekGepland(v.id(), v.casusId(), v.aanmeldingId(),
                    v.gemeenteCode(), g.planning().tafel(), g.planning().datum(), g.planning().buurtafel(), Objects.requireNonNull(v.ingediendOp()),
                    g.planning().geplandDoor(), g.planning().geplandOp(), formulier.kinderenVanTwaalfOfOuderOp(g.planning().datum()),
                    g.planning().raadContactpersoonId(), g.planning().giContactpersoonId()));
            case VerzoekEvent.WachttijdOverschreden w -> new ContractEvent(JbtEvents.JBT_WACHTTIJD_OVERSCHREDEN, new JbtWachttijdOverschreden(
                    v.id(), v.casusId(), v.aanmeldingId(), v.gemeenteCode(), w.wachttijd().tafel(), w.wachttijd().eersteVrijeMoment(), w.wachttijd().buurtafel(),
                    w.wachttijd().aanbod(), w.wachttijd().vastgesteldDoor(), w.wachttijd().contactpersoonId(), w.wachttijd().vastgesteldOp()));
            case VerzoekEvent.Teruggestuurd t -> new ContractEvent(JbtEvents.JBT_VERZOEK_TERUGGESTUURD, new JbtVerzoekTeruggestuurd(v.id(),
                    v.casusId(), v.aanmeldingId(), v.gemeenteCode(), indiener.id(), t.terugsturing().reden(), t.terugsturing().door(), t.terugsturing().op()));
            case VerzoekEvent.BesluitGenomen b -> new ContractEvent(JbtEvents.JBT_BESLUIT_GENOMEN, new JbtBesluitGenomen(v.id(), v.casusId(), v.aanmeldingId(),
                    v.gemeenteCode(), b.besluit().uitkomst().name(), b.besluit().besluitvorming().name(), Objects.requireNonNull(v.gesprekstype()).name(),
                    b.besluit().evaluatieMoment(), b.besluit().genomenDoor(), b.besluit().genomenOp()));
            case VerzoekEvent.RaadsonderzoekGevraagd r -> new ContractEvent(JbtEvents.RAADSONDERZOEK_GEVRAAGD, new RaadsonderzoekGevraagd(v.id(),
                    v.casusId(), v.aanmeldingId(), v.gemeenteCode(), r.besluit().uitkomst().name(), formulier.spoed(), formulier.aantalKinderen(),
                    r.besluit().genomenDoor(), r.besluit().genomenOp()));
            case VerzoekEvent.VerslagGereed g -> new ContractEvent(JbtEvents.JBT_VERSLAG_GEREED, new JbtVerslagGereed(v.id(), v.casusId(),
                    v.aanmeldingId(), v.gemeenteCode(), g.versie().nummer(), indiener.id(), g.versie().vastgelegdDoor(), g.versie().vastgelegdOp(),
                    g.versie().linkVerlooptOp(), verzegeldeLink(v, g.versie())));
        };
    }

    private String verzegeldeLink(Verzoek v, Verslag.Versie versie) {
        String link = ouderlinkadres.apply(new Ouderlink(v.id(), v.casusId(), versie.nummer(), versie.linkVerlooptOp()));
        return verzegeling.verzegel(json.writeValueAsString(new JbtVerslagGereed.Verzegeld(link)),
                JbtVerslagGereed.context(v.casusId(), v.id(), versie.nummer()));
    }
}
