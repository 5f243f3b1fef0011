package nl.jeugdlink.casus.casus.adapter.messaging;

import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.CasusEvent;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.casus.CasusGeopend;

/** Maps the casus's domain events to its published contracts: ids and facts, no personal data. */
public final class CasusContracts {

    /** A contract payload with the event type it is published as. */
    public record Uitgaand(EventType type, Record payload) {
    }

    private CasusContracts() {
    }

    public static Uitgaand toContract(CasusEvent event) {
        return switch (event) {
            case CasusEvent.Geopend(Casus c) -> new Uitgaand(CaseEvents.CASUS_GEOPEND, new CasusGeopend(
                    c.id().toString(),
                    c.aanmeldingId(),
                    c.gemeenteCode(),
                    new CasusGeopend.Dossierhouder(c.dossierhouder().rol().name(), c.dossierhouder().organisatie(), c.dossierhouder().medewerkerId()),
                    c.geopendOp()));
        };
    }
}
