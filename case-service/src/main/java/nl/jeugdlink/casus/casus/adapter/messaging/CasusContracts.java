package nl.jeugdlink.casus.casus.adapter.messaging;

import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.CasusEvent;
import nl.jeugdlink.casus.casus.domain.Feedbacklink;
import java.util.function.Function;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.casus.CasusAfgesloten;
import nl.jeugdlink.contracts.casus.CasusGeopend;
import nl.jeugdlink.contracts.casus.EersteContactGelegd;
import nl.jeugdlink.contracts.casus.EvaluatieGehouden;
import nl.jeugdlink.contracts.casus.EvaluatieverslagVastgelegd;
import nl.jeugdlink.contracts.casus.GesprekVastgelegd;
import nl.jeugdlink.contracts.casus.GezinsfeedbackGevraagd;
import nl.jeugdlink.contracts.casus.HulpIngezet;
import nl.jeugdlink.contracts.casus.PlanVastgesteld;
import nl.jeugdlink.contracts.casus.RegisseurGekoppeld;
import nl.jeugdlink.contracts.casus.VerslagGedeeldMetGezin;
import nl.jeugdlink.contracts.casus.VeiligheidsplanVastgesteld;
import nl.jeugdlink.platform.crypto.Sealing;
import nl.jeugdlink.platform.persistence.ContractEvent;
import nl.jeugdlink.platform.persistence.EventMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps the casus's domain events to its published contracts: ids and facts, no personal data. A
 * conversation's summary leaves the case-service only when it is shared with the family, and then
 * sealed for the notification-service alone (ADR 0011).
 */
public final class CasusContracts implements EventMapper<CasusEvent> {

    private final Sealing verzegeling;
    private final JsonMapper json;
    private final Function<Feedbacklink, String> feedbackadressen;

    /**
     * @param feedbackadressen the personal address of the feedback page for a link (the web adapter seals it)
     */
    public CasusContracts(Sealing verzegeling, JsonMapper json, Function<Feedbacklink, String> feedbackadressen) {
        this.verzegeling = verzegeling;
        this.json = json;
        this.feedbackadressen = feedbackadressen;
    }

    @Override
    public ContractEvent toContract(CasusEvent event) {
        Casus c = event.casus();
        String casusId = c.id().toString();
        return switch (event) {
            case CasusEvent.Geopend g -> new ContractEvent(CaseEvents.CASUS_GEOPEND, new CasusGeopend(casusId, c.aanmeldingId(), c.gemeenteCode(),
                    new CasusGeopend.Dossierhouder(c.dossierhouder().rol().name(), c.dossierhouder().organisatie(), c.dossierhouder().medewerkerId()),
                    c.geopendOp()));
            case CasusEvent.RegisseurGekoppeld r -> new ContractEvent(CaseEvents.REGISSEUR_GEKOPPELD, new RegisseurGekoppeld(casusId, c.aanmeldingId(),
                    c.gemeenteCode(), r.regisseurId(), r.vorigeDossierhouderId(), r.door(), r.op()));
            case CasusEvent.GesprekVastgelegd v -> {
                var g = v.gesprek();
                yield new ContractEvent(CaseEvents.GESPREK_VASTGELEGD, new GesprekVastgelegd(casusId, c.aanmeldingId(), c.gemeenteCode(),
                        g.gesprekId(), g.soort().name(), g.gehoudenOp(), g.professionals(), g.gezinAanwezig(),
                        g.kindcontacten().stream().map(k -> new GesprekVastgelegd.Kindcontact(k.kindId(), k.gezien(), k.gesproken())).toList(),
                        g.netwerkUitgenodigd(), g.verslagGedeeldMetGezin(), g.vastgelegdDoor(), g.vastgelegdOp()));
            }
            case CasusEvent.VerslagGedeeldMetGezin v -> {
                var g = v.gesprek();
                String verzegeld = verzegeling.verzegel(json.writeValueAsString(new VerslagGedeeldMetGezin.Verzegeld(g.samenvatting().tekst())),
                        VerslagGedeeldMetGezin.context(c.aanmeldingId(), casusId, g.gesprekId()));
                yield new ContractEvent(CaseEvents.VERSLAG_GEDEELD_MET_GEZIN, new VerslagGedeeldMetGezin(casusId, c.aanmeldingId(), c.gemeenteCode(),
                        g.gesprekId(), g.soort().name(), g.gehoudenOp(), verzegeld, g.vastgelegdOp()));
            }
            case CasusEvent.GezinsfeedbackGevraagd f -> {
                // The links are bearer secrets: like the shared summary they leave sealed for the notification-service alone.
                var g = f.gesprek();
                var links = f.links().stream().map(l -> new GezinsfeedbackGevraagd.Link(l.voor().name(), l.kindId(), feedbackadressen.apply(l), l.ouderId())).toList();
                String verzegeld = verzegeling.verzegel(json.writeValueAsString(new GezinsfeedbackGevraagd.Verzegeld(links)),
                        GezinsfeedbackGevraagd.context(c.aanmeldingId(), casusId, g.gesprekId()));
                yield new ContractEvent(CaseEvents.GEZINSFEEDBACK_GEVRAAGD, new GezinsfeedbackGevraagd(casusId, c.aanmeldingId(), c.gemeenteCode(),
                        g.gesprekId(), g.soort().name(), g.gehoudenOp(), f.links().getFirst().verlooptOp(), verzegeld, g.vastgelegdOp()));
            }
            case CasusEvent.EersteContactGelegd e -> new ContractEvent(CaseEvents.EERSTE_CONTACT_GELEGD, new EersteContactGelegd(casusId,
                    c.aanmeldingId(), c.gemeenteCode(), e.gesprekId(), e.contactOp(), e.medewerkerId()));
            case CasusEvent.PlanVastgesteld p -> new ContractEvent(CaseEvents.PLAN_VASTGESTELD, new PlanVastgesteld(casusId, c.aanmeldingId(),
                    c.gemeenteCode(), p.op(), p.door()));
            case CasusEvent.HulpIngezet h -> new ContractEvent(CaseEvents.HULP_INGEZET, new HulpIngezet(casusId, c.aanmeldingId(),
                    c.gemeenteCode(), h.op(), h.door()));
            case CasusEvent.VeiligheidsplanVastgesteld v -> {
                var p = v.plan();
                yield new ContractEvent(CaseEvents.VEILIGHEIDSPLAN_VASTGESTELD, new VeiligheidsplanVastgesteld(casusId, c.aanmeldingId(), c.gemeenteCode(),
                        p.versie(), p.geldigVan(), p.geldigTot(), p.eersteEvaluatie(),
                        new VeiligheidsplanVastgesteld.Schaal(p.veiligheidKind().scoreOuder(), p.veiligheidKind().scoreProfessional()),
                        new VeiligheidsplanVastgesteld.Schaal(p.veiligheidOuders().scoreOuder(), p.veiligheidOuders().scoreProfessional()),
                        p.opgesteldDoor(), p.vastgelegdOp()));
            }
            case CasusEvent.EvaluatieGehouden e -> new ContractEvent(CaseEvents.EVALUATIE_GEHOUDEN, new EvaluatieGehouden(casusId, c.aanmeldingId(),
                    c.gemeenteCode(), e.evaluatie().id(), e.evaluatie().maanden(), e.evaluatie().vervolg().name(), e.evaluatie().nieuweAnalyseEnPlanVereist(),
                    e.evaluatie().gehoudenOp().atStartOfDay(java.time.ZoneId.of("Europe/Amsterdam")).toInstant(), e.evaluatie().vastgelegdDoor(),
                    e.evaluatie().vastgelegdOp()));
            case CasusEvent.EvaluatieverslagVastgelegd e -> new ContractEvent(CaseEvents.EVALUATIEVERSLAG_VASTGELEGD, new EvaluatieverslagVastgelegd(casusId,
                    c.aanmeldingId(), c.gemeenteCode(), e.evaluatie().id(), e.evaluatie().maanden(), e.door(),
                    java.util.Objects.requireNonNull(e.evaluatie().verslagOp())));
            case CasusEvent.Afgesloten a -> new ContractEvent(CaseEvents.CASUS_AFGESLOTEN, new CasusAfgesloten(casusId, c.aanmeldingId(),
                    c.gemeenteCode(), a.afsluiting().reden().name(), a.afsluiting().door(), a.afsluiting().op()));
        };
    }
}
