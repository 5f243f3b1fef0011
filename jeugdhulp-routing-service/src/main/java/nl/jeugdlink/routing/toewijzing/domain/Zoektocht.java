package nl.jeugdlink.routing.toewijzing.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Step 5 after a decline (seed 002, Bouwsteen 5): the back office or the youth protector took the case to the provider network, where
 * the declining provider becomes co-owner of finding care, or to the Regionaal Expertteam, which discusses it within 2 weeks (the
 * escalation-service's ZOEKTOCHT_STAP_5). The youth protector stays responsible.
 *
 * @param bespreking step 5B: the RET's discussion, once (only on route RET)
 * @param opschaling step 6: the GI team leader's escalation to the region's contact person
 */
public record Zoektocht(Route route, Instant ingeschakeldOp, String ingeschakeldDoor, @Nullable Bespreking bespreking,
        @Nullable Opschaling opschaling) {

    /** A search just engaged. */
    public Zoektocht(Route route, Instant ingeschakeldOp, String ingeschakeldDoor) {
        this(route, ingeschakeldOp, ingeschakeldDoor, null, null);
    }

    public enum Route {
        /** The network of providers, the declining one among them. */
        NETWERK,
        /** The (preliminary meeting of the) Regionaal Expertteam. */
        RET
    }

    /** What the RET concluded: a view of suitable care, or none - then step 6 follows (ZOEKTOCHT_STAP_6). */
    public enum Uitkomst {
        ZICHT_OP_PASSENDE_HULP,
        GEEN_PASSENDE_HULP
    }

    /** Step 5B: the Regionaal Expertteam discussed the case. */
    public record Bespreking(Uitkomst uitkomst, Instant besprokenOp, String vastgelegdDoor) {
    }

    /**
     * Step 6: escalated to the region's contact person; {@code bestuurlijkOp} when it went on to the administrators (with the first
     * escalation, or later by the team leader or the contact person).
     */
    public record Opschaling(Instant opgeschaaldOp, String opgeschaaldDoor, @Nullable Instant bestuurlijkOp, @Nullable String bestuurlijkDoor) {

        public boolean isBestuurlijk() {
            return bestuurlijkOp != null;
        }
    }

    Zoektocht met(Bespreking nieuw) {
        return new Zoektocht(route, ingeschakeldOp, ingeschakeldDoor, nieuw, opschaling);
    }

    Zoektocht met(Opschaling nieuw) {
        return new Zoektocht(route, ingeschakeldOp, ingeschakeldDoor, bespreking, nieuw);
    }
}
