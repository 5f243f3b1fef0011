package nl.jeugdlink.casus.inzage.adapter.messaging;

import nl.jeugdlink.casus.inzage.domain.Inzageverzoek;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.casus.InzageEvents;
import nl.jeugdlink.contracts.casus.InzageverzoekIngediend;
import nl.jeugdlink.contracts.casus.InzageverzoekOntvangen;
import nl.jeugdlink.contracts.casus.InzageverzoekVoltooid;
import nl.jeugdlink.platform.inzage.InzageVerzegeling;
import nl.jeugdlink.platform.inzage.Kindsleutels;
import nl.jeugdlink.platform.inzage.Ronde;
import nl.jeugdlink.platform.persistence.ContractEvent;
import nl.jeugdlink.platform.persistence.EventMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A round asked as its contract: the child's identity ({@link Kindsleutels} as JSON) sealed for the answering services and bound
 * to the request and round (ADR 0031). The BSN never travels in the clear (ADR 0010).
 */
public class InzageContracts implements EventMapper<Inzageverzoek.Gebeurtenis> {

    private final InzageVerzegeling verzegeling;
    private final JsonMapper json;
    private final String gemeenteCode;
    private final String regio;

    /**
     * @param gemeenteCode the municipality that handles the region's requests: the deadline's traject needs one of the region
     * @param regio the region, whose beheerder a late request concerns
     */
    public InzageContracts(InzageVerzegeling verzegeling, JsonMapper json, String gemeenteCode, String regio) {
        this.verzegeling = verzegeling;
        this.json = json;
        this.gemeenteCode = gemeenteCode;
        this.regio = regio;
    }

    @Override
    public ContractEvent toContract(Inzageverzoek.Gebeurtenis gebeurtenis) {
        return switch (gebeurtenis) {
            case Inzageverzoek.RondeGevraagd r -> ronde(r);
            // The request's own id fills casusId and aanmeldingId: it is the aggregate and the traject (the record says why).
            case Inzageverzoek.Ontvangen o -> new ContractEvent(CaseEvents.INZAGEVERZOEK_ONTVANGEN,
                    new InzageverzoekOntvangen(o.verzoekId(), o.verzoekId(), gemeenteCode, regio, o.verzoekId(), o.op()));
            case Inzageverzoek.Voltooid v -> new ContractEvent(CaseEvents.INZAGEVERZOEK_VOLTOOID,
                    new InzageverzoekVoltooid(v.verzoekId(), v.verzoekId(), gemeenteCode, regio, v.verzoekId(), v.kindGevonden(), v.aantalDelen(), v.op()));
        };
    }

    private ContractEvent ronde(Inzageverzoek.RondeGevraagd r) {
        var sleutels = new Kindsleutels(r.bsn(), r.sleutels().kindIds(), r.sleutels().aanmeldingIds(), r.sleutels().casusIds());
        Ronde ronde = Ronde.valueOf(r.ronde().name());
        return new ContractEvent(InzageEvents.INZAGEVERZOEK_INGEDIEND, new InzageverzoekIngediend(r.verzoekId(), ronde.name(),
                verzegeling.verzegelVerzoek(json.writeValueAsString(sleutels), r.verzoekId(), ronde), r.op()));
    }
}
