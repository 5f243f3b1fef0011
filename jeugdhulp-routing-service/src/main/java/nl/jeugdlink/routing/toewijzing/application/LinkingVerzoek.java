package nl.jeugdlink.routing.toewijzing.application;

import java.time.Instant;
import java.util.List;
import nl.jeugdlink.routing.ijw.domain.Aanvraagmeldingen;
import nl.jeugdlink.routing.ijw.domain.Verzoeken;
import nl.jeugdlink.routing.toewijzing.domain.Bepaling;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import nl.jeugdlink.routing.toewijzing.domain.Clientgegevens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Route 315, step 4 (seed 002, Bouwsteen 5): an accepted JW315 is the provider's request for the care a bepaling decided. A JW315
 * names only the client's BSN and the provider, so it is linked through the casussen given that client (by the keyed index, each
 * checked against its client, read by {@code _id}) to their bepalingen on route 315 that name this provider and still wait: each
 * records the request with BepalingAangevraagd in the casus's one write. A JW315 that arrives before the client is given, or before the
 * bepaling, is kept on its client's list (by the keyed BSN hash, {@code _id}) and linked when the client is given or the bepaling
 * made ({@link #koppelEerdere}) - with the JW315's own acceptance time, so a provider that was on time is not made late by the order
 * in which the municipality recorded things.
 */
public class LinkingVerzoek implements Aanvraagmeldingen {

    private static final Logger log = LoggerFactory.getLogger(LinkingVerzoek.class);

    private final Clientgegevens clienten;
    private final Casussen casussen;
    private final Verzoeken verzoeken;

    public LinkingVerzoek(Clientgegevens clienten, Casussen casussen, Verzoeken verzoeken) {
        this.clienten = clienten;
        this.casussen = casussen;
        this.verzoeken = verzoeken;
    }

    @Override
    public void ontvangen(String aanbieder, String bsn, String verzoekId, Instant ontvangenOp) {
        for (String casusId : clienten.casussenVan(bsn)) {
            try {
                boolean dezeClient = clienten.find(casusId).filter(c -> c.bsn().equals(bsn)).isPresent();
                if (dezeClient) {
                    koppel(casusId, aanbieder, verzoekId, ontvangenOp);
                }
            } catch (RuntimeException e) {
                // The JW315 is stored and its JW316 must still be answered: a casus that cannot be told now is logged, not the request
                // refused (the client's list still holds it: the next client or bepaling given links it).
                log.warn("JW315 {} could not be linked to casus {}: {}", verzoekId, casusId, e.toString());
            }
        }
    }

    /**
     * The client of the casus was given, or a bepaling made in it: the client's JW315s accepted before are linked now, oldest first, to
     * the bepalingen still waiting for their provider. Each request is checked against the client (its BSN opened by {@code _id}): the
     * list is by a keyed hash, and an entry may lack its request after a crash.
     */
    public void koppelEerdere(String casusId) {
        var client = clienten.find(casusId);
        if (client.isEmpty()) {
            return;
        }
        String bsn = client.get().bsn();
        for (Verzoeken.VanClient v : verzoeken.vanClient(bsn)) {
            try {
                if (verzoeken.find(v.verzoekId()).filter(r -> r.bsn().equals(bsn)).isPresent()) {
                    koppel(casusId, v.aanbieder(), v.verzoekId(), v.ontvangenOp());
                }
            } catch (RuntimeException e) {
                // The client or the bepaling is recorded; a request that cannot be linked now waits for the next occasion.
                log.warn("JW315 {} could not be linked to casus {}: {}", v.verzoekId(), casusId, e.toString());
            }
        }
    }

    private void koppel(String casusId, String aanbieder, String verzoekId, Instant ontvangenOp) {
        if (casussen.find(casusId).filter(c -> c.wachtOpVerzoekVan(aanbieder)).isPresent()) {
            casussen.wijzig(casusId, c -> List.copyOf(c.aangevraagd(aanbieder, new Bepaling.Aanvraag(verzoekId, ontvangenOp))));
        }
    }
}
