package nl.jeugdlink.casus.inzage.adapter.messaging;

import nl.jeugdlink.casus.inzage.domain.Inzageverzoek;
import nl.jeugdlink.contracts.casus.InzageEvents;
import nl.jeugdlink.contracts.casus.InzageverzoekIngediend;
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
public class InzageContracts implements EventMapper<Inzageverzoek.RondeGevraagd> {

    private final InzageVerzegeling verzegeling;
    private final JsonMapper json;

    public InzageContracts(InzageVerzegeling verzegeling, JsonMapper json) {
        this.verzegeling = verzegeling;
        this.json = json;
    }

    @Override
    public ContractEvent toContract(Inzageverzoek.RondeGevraagd r) {
        var sleutels = new Kindsleutels(r.bsn(), r.sleutels().kindIds(), r.sleutels().aanmeldingIds(), r.sleutels().casusIds());
        Ronde ronde = Ronde.valueOf(r.ronde().name());
        return new ContractEvent(InzageEvents.INZAGEVERZOEK_INGEDIEND, new InzageverzoekIngediend(r.verzoekId(), ronde.name(),
                verzegeling.verzegelVerzoek(json.writeValueAsString(sleutels), r.verzoekId(), ronde), r.op()));
    }
}
