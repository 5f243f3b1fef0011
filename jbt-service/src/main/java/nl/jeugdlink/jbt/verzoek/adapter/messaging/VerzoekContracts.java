package nl.jeugdlink.jbt.verzoek.adapter.messaging;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import nl.jeugdlink.contracts.jbt.JbtBesluitGenomen;
import nl.jeugdlink.contracts.jbt.JbtEvaluatieVastgelegd;
import nl.jeugdlink.contracts.jbt.JbtEvents;
import nl.jeugdlink.contracts.jbt.JbtGesprekVerplaatst;
import nl.jeugdlink.contracts.jbt.JbtRaadsmedewerkerToegewezen;
import nl.jeugdlink.contracts.jbt.JbtVerslagGereed;
import nl.jeugdlink.contracts.jbt.JbtVerzoekGepland;
import nl.jeugdlink.contracts.jbt.JbtVerzoekIngediend;
import nl.jeugdlink.contracts.jbt.JbtWachttijdOverschreden;
import nl.jeugdlink.contracts.jbt.JbtVerzoekTeruggestuurd;
import nl.jeugdlink.contracts.jbt.RaadsonderzoekGevraagd;
import nl.jeugdlink.jbt.verzoek.domain.Formulier;
import nl.jeugdlink.jbt.verzoek.domain.Ouderlink;
import nl.jeugdlink.jbt.verzoek.domain.Verzoek;
import nl.jeugdlink.jbt.verzoek.domain.VerzoekEvent;
import nl.jeugdlink.platform.persistence.ContractEvent;
import nl.jeugdlink.platform.crypto.Sealing;
import nl.jeugdlink.platform.persistence.EventMapper;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps the request's domain events to its published contracts: ids and facts, never the form (names,
 * BSN) or the decision's texts in the clear. The people to invite and the safety agreements go out only
 * sealed for the notification-service, like the parents' link. The parents' link to a report version is a bearer secret: it goes out
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
                    g.planning().raadContactpersoonId(), g.planning().giContactpersoonId(), v.raadsmedewerkerId(), tolkNodig(formulier),
                    tolkNodig(formulier) ? Objects.requireNonNull(formulier.tolk()).taal() : null, vertrouwenspersoon(formulier) != null,
                    verzegeldeGenodigden(formulier, JbtVerzoekGepland.context(v.casusId(), v.id())), aanvang(g.planning()), tijdstip(g.planning()),
                    einde(g.planning())));
            // Who is invited as for the planning (the form's people sealed again, bound to this move): they all hear of it.
            case VerzoekEvent.Verplaatst m -> new ContractEvent(JbtEvents.JBT_GESPREK_VERPLAATST, new JbtGesprekVerplaatst(v.id(), v.casusId(),
                    v.aanmeldingId(), v.gemeenteCode(), m.nu().tafel(), m.nu().datum(), m.nu().buurtafel(), Objects.requireNonNull(aanvang(m.nu())),
                    Objects.requireNonNull(tijdstip(m.nu())), Objects.requireNonNull(einde(m.nu())), m.eerder().datum(),
                    m.eerder().begin() == null ? null : Objects.requireNonNull(m.eerder().begin()).toString(), einde(m.eerder()), m.door(), m.op(),
                    formulier.kinderenVanTwaalfOfOuderOp(m.nu().datum()), m.nu().raadContactpersoonId(), m.nu().giContactpersoonId(),
                    v.raadsmedewerkerId(), tolkNodig(formulier), tolkNodig(formulier) ? Objects.requireNonNull(formulier.tolk()).taal() : null,
                    vertrouwenspersoon(formulier) != null, verzegeldeGenodigden(formulier, JbtGesprekVerplaatst.context(v.casusId(), v.id()))));
            case VerzoekEvent.WachttijdOverschreden w -> new ContractEvent(JbtEvents.JBT_WACHTTIJD_OVERSCHREDEN, new JbtWachttijdOverschreden(
                    v.id(), v.casusId(), v.aanmeldingId(), v.gemeenteCode(), w.wachttijd().tafel(), w.wachttijd().eersteVrijeMoment(), w.wachttijd().buurtafel(),
                    w.wachttijd().aanbod(), w.wachttijd().vastgesteldDoor(), w.wachttijd().contactpersoonId(), w.wachttijd().vastgesteldOp()));
            case VerzoekEvent.Teruggestuurd t -> new ContractEvent(JbtEvents.JBT_VERZOEK_TERUGGESTUURD, new JbtVerzoekTeruggestuurd(v.id(),
                    v.casusId(), v.aanmeldingId(), v.gemeenteCode(), indiener.id(), t.terugsturing().reden(), t.terugsturing().door(), t.terugsturing().op()));
            case VerzoekEvent.BesluitGenomen b -> new ContractEvent(JbtEvents.JBT_BESLUIT_GENOMEN, new JbtBesluitGenomen(v.id(), v.casusId(), v.aanmeldingId(),
                    v.gemeenteCode(), b.besluit().uitkomst().name(), b.besluit().besluitvorming().name(), Objects.requireNonNull(v.gesprekstype()).name(),
                    b.besluit().evaluatieMoment(), b.besluit().genomenDoor(), b.besluit().genomenOp(),
                    verzegeldeAfspraken(v, formulier, b.besluit().veiligheidsafspraken()), indiener.id(),
                    v.planning() == null ? null : v.planning().raadContactpersoonId(), v.planning() == null ? null : v.planning().giContactpersoonId(),
                    v.raadsmedewerkerId(), v.planning() == null ? null : formulier.kinderenVanTwaalfOfOuderOp(v.planning().datum())));
            case VerzoekEvent.RaadsonderzoekGevraagd r -> new ContractEvent(JbtEvents.RAADSONDERZOEK_GEVRAAGD, new RaadsonderzoekGevraagd(v.id(),
                    v.casusId(), v.aanmeldingId(), v.gemeenteCode(), r.besluit().uitkomst().name(), formulier.spoed(), formulier.aantalKinderen(),
                    r.besluit().genomenDoor(), r.besluit().genomenOp()));
            case VerzoekEvent.VerslagGereed g -> new ContractEvent(JbtEvents.JBT_VERSLAG_GEREED, new JbtVerslagGereed(v.id(), v.casusId(),
                    v.aanmeldingId(), v.gemeenteCode(), g.versie().nummer(), indiener.id(), g.versie().vastgelegdDoor(), g.versie().vastgelegdOp(),
                    g.versie().linkVerlooptOp(), verzegeldeLink(v, g.versie().nummer(), g.versie().linkVerlooptOp()), false));
            // The same event as the version's first link, so the notification-service mails the new one to the parents as it did that.
            case VerzoekEvent.OuderlinkVernieuwd n -> new ContractEvent(JbtEvents.JBT_VERSLAG_GEREED, new JbtVerslagGereed(v.id(), v.casusId(),
                    v.aanmeldingId(), v.gemeenteCode(), n.versie().nummer(), indiener.id(), n.versie().vastgelegdDoor(), n.versie().vastgelegdOp(),
                    n.linkVerlooptOp(), verzegeldeLink(v, n.versie().nummer(), n.linkVerlooptOp()), true));
            case VerzoekEvent.RaadsmedewerkerToegewezen r -> new ContractEvent(JbtEvents.JBT_RAADSMEDEWERKER_TOEGEWEZEN,
                    new JbtRaadsmedewerkerToegewezen(v.id(), v.casusId(), v.aanmeldingId(), v.gemeenteCode(), Objects.requireNonNull(v.raadsmedewerkerId()),
                            v.planning() == null ? null : v.planning().tafel(), v.planning() == null ? null : v.planning().datum(), r.door(), r.op(),
                            v.planning() == null ? null : aanvang(v.planning()), v.planning() == null ? null : tijdstip(v.planning()),
                            v.planning() == null ? null : einde(v.planning())));
            case VerzoekEvent.EvaluatieVastgelegd e -> new ContractEvent(JbtEvents.JBT_EVALUATIE_VASTGELEGD, new JbtEvaluatieVastgelegd(v.id(), v.casusId(),
                    v.aanmeldingId(), v.gemeenteCode(), e.evaluatie().vorm().name(), e.evaluatie().afsprakenNagekomen().name(), e.evaluatie().vervolg().name(),
                    e.evaluatie().vastgelegdDoor(), e.evaluatie().vastgelegdOp()));
        };
    }

    /** The moment's time of day on the wire: {@code HH:mm}, Dutch local time (the domain keeps it to the minute). */
    private static @Nullable String aanvang(nl.jeugdlink.jbt.verzoek.domain.Planning planning) {
        return planning.aanvang() == null ? null : planning.aanvang().toString();
    }

    /** The talk's own time within the moment on the wire, as {@code aanvang}; absent for a planning stored before talks had one. */
    private static @Nullable String tijdstip(nl.jeugdlink.jbt.verzoek.domain.Planning planning) {
        return planning.tijdstip() == null ? null : planning.tijdstip().toString();
    }

    /** When the talk ends on the wire, as {@code aanvang}; absent for a planning stored before talks had an end. */
    private static @Nullable String einde(nl.jeugdlink.jbt.verzoek.domain.Planning planning) {
        return planning.einde() == null ? null : planning.einde().toString();
    }

    /** The rol the form's section 4 gives the parents' trusted person (seed 002: the parents may bring one). */
    static final String VERTROUWENSPERSOON = "vertrouwenspersoon";

    private static boolean tolkNodig(Formulier formulier) {
        return formulier.tolk() != null && Boolean.TRUE.equals(formulier.tolk().nodig());
    }

    private static Formulier.@Nullable Genodigde vertrouwenspersoon(Formulier formulier) {
        return genodigden(formulier).stream().filter(g -> g.rol() != null && VERTROUWENSPERSOON.equalsIgnoreCase(g.rol().strip())).findFirst().orElse(null);
    }

    private static List<Formulier.Genodigde> genodigden(Formulier formulier) {
        return formulier.genodigden() == null ? List.of()
                : formulier.genodigden().stream().filter(g -> g.naam() != null && !g.naam().isBlank()).toList();
    }

    /** Names and addresses only sealed, for the notification-service that invites them (ADR 0011); none: nothing to seal. */
    private @Nullable String verzegeldeGenodigden(Formulier formulier, String context) {
        List<Formulier.Genodigde> alle = genodigden(formulier);
        if (alle.isEmpty()) {
            return null;
        }
        Formulier.Genodigde vertrouwd = vertrouwenspersoon(formulier);
        var inhoud = new JbtVerzoekGepland.Verzegeld(vertrouwd == null ? null : genodigde(vertrouwd),
                alle.stream().filter(g -> g != vertrouwd).map(VerzoekContracts::genodigde).toList());
        return verzegeling.verzegel(json.writeValueAsString(inhoud), context);
    }

    private static JbtVerzoekGepland.Genodigde genodigde(Formulier.Genodigde g) {
        return new JbtVerzoekGepland.Genodigde(Objects.requireNonNull(g.naam()).strip(), g.rol(), g.contact());
    }

    /**
     * The safety agreements go to everyone at the talk (seed 002:466) through the notification-service: with the form's invitees
     * (the trusted person, the others of section 4), whom only the sealed content names; sealed and bound to this decision (ADR 0011).
     */
    private String verzegeldeAfspraken(Verzoek v, Formulier formulier, String veiligheidsafspraken) {
        Formulier.Genodigde vertrouwd = vertrouwenspersoon(formulier);
        var inhoud = new JbtBesluitGenomen.Verzegeld(veiligheidsafspraken, vertrouwd == null ? null : genodigde(vertrouwd),
                genodigden(formulier).stream().filter(g -> g != vertrouwd).map(VerzoekContracts::genodigde).toList());
        return verzegeling.verzegel(json.writeValueAsString(inhoud), JbtBesluitGenomen.context(v.casusId(), v.id()));
    }

    private String verzegeldeLink(Verzoek v, int versie, java.time.Instant verlooptOp) {
        String link = ouderlinkadres.apply(new Ouderlink(v.id(), v.casusId(), versie, verlooptOp));
        return verzegeling.verzegel(json.writeValueAsString(new JbtVerslagGereed.Verzegeld(link)),
                JbtVerslagGereed.context(v.casusId(), v.id(), versie));
    }
}
