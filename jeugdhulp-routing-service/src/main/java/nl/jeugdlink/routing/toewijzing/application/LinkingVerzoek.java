package nl.jeugdlink.routing.toewijzing.application;

import java.time.Instant;
import java.util.List;
import nl.jeugdlink.routing.ijw.domain.Aanvraagmeldingen;
import nl.jeugdlink.routing.toewijzing.domain.Bepaling;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import nl.jeugdlink.routing.toewijzing.domain.Clientgegevens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Route 315, step 4 (seed 002, Bouwsteen 5): an accepted JW315 is the provider's request for the care a bepaling decided. A JW315
 * names only the client's BSN and the provider, so it is linked through the casussen given that client (by the keyed index, each
 * checked against its client, read by {@code _id}) to their bepalingen on route 315 that name this provider and still wait: each
 * records the request with BepalingAangevraagd in the casus's one write. A casus whose client is not given yet, or a bepaling made
 * after the JW315, is not linked (the back office's toewijzing under the bepaling then meets the term, later).
 */
public class LinkingVerzoek implements Aanvraagmeldingen {

    private static final Logger log = LoggerFactory.getLogger(LinkingVerzoek.class);

    private final Clientgegevens clienten;
    private final Casussen casussen;

    public LinkingVerzoek(Clientgegevens clienten, Casussen casussen) {
        this.clienten = clienten;
        this.casussen = casussen;
    }

    @Override
    public void ontvangen(String aanbieder, String bsn, String verzoekId, Instant ontvangenOp) {
        for (String casusId : clienten.casussenVan(bsn)) {
            try {
                boolean dezeClient = clienten.find(casusId).filter(c -> c.bsn().equals(bsn)).isPresent();
                if (dezeClient && casussen.find(casusId).filter(c -> c.wachtOpVerzoekVan(aanbieder)).isPresent()) {
                    casussen.wijzig(casusId, c -> List.copyOf(c.aangevraagd(aanbieder, new Bepaling.Aanvraag(verzoekId, ontvangenOp))));
                }
            } catch (RuntimeException e) {
                // The JW315 is stored and its JW316 must still be answered: a casus that cannot be told now is logged, not the request
                // refused (the toewijzing under the bepaling meets step 4 later).
                log.warn("JW315 {} could not be linked to casus {}: {}", verzoekId, casusId, e.toString());
            }
        }
    }
}
