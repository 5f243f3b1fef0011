package nl.jeugdlink.routing.toewijzing.domain;

import java.time.Instant;

/**
 * Step 5 after a decline (seed 002, Bouwsteen 5): the back office or the youth protector took the case to the provider network, where
 * the declining provider becomes co-owner of finding care, or to the Regionaal Expertteam, which discusses it within 2 weeks (the
 * escalation-service's ZOEKTOCHT_STAP_5). The youth protector stays responsible.
 */
public record Zoektocht(Route route, Instant ingeschakeldOp, String ingeschakeldDoor) {

    public enum Route {
        /** The network of providers, the declining one among them. */
        NETWERK,
        /** The (preliminary meeting of the) Regionaal Expertteam. */
        RET
    }
}
