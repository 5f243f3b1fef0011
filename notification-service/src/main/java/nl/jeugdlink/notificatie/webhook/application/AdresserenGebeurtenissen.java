package nl.jeugdlink.notificatie.webhook.application;

import java.time.Instant;
import nl.jeugdlink.notificatie.webhook.domain.Abonnement;
import nl.jeugdlink.notificatie.webhook.domain.Abonnementen;
import nl.jeugdlink.notificatie.webhook.domain.Tijdlijnen;

/**
 * An event addressed to a provider's AGB code goes into that provider's feed and, for every subscription
 * of that provider that wants its type, is handed over for delivery. Filtering happens here, on our side:
 * a subscription only ever sees events of its own provider's feed. Handing over is safe to repeat (a
 * duplicate event hands over the same delivery ids, which the delivery log keeps once).
 */
public class AdresserenGebeurtenissen {

    /** Hands one delivery over to the platform's delivery, and asks for an immediate send. */
    @FunctionalInterface
    public interface Overdracht {
        void draagOver(String bezorgingId, String abonnementId, String soort);
    }

    private final Tijdlijnen tijdlijnen;
    private final Abonnementen abonnementen;
    private final Overdracht overdracht;

    public AdresserenGebeurtenissen(Tijdlijnen tijdlijnen, Abonnementen abonnementen, Overdracht overdracht) {
        this.tijdlijnen = tijdlijnen;
        this.abonnementen = abonnementen;
        this.overdracht = overdracht;
    }

    /** The delivery id of one feed entry to one subscription: the channel finds both from it. */
    public static String bezorgingId(String agbCode, long volgnummer, String abonnementId) {
        return "webhook:" + agbCode + ":" + volgnummer + ":" + abonnementId;
    }

    /** Whether a delivery id is of this provider's subscription. */
    static boolean isVoor(String bezorgingId, String agbCode, String abonnementId) {
        String[] delen = bezorgingId.split(":", 4);
        return delen.length == 4 && delen[1].equals(agbCode) && delen[3].equals(abonnementId);
    }

    /** The feed number a delivery id names. */
    static long volgnummerVan(String bezorgingId) {
        return Long.parseLong(bezorgingId.split(":", 4)[2]);
    }

    /** @return true when the event was new to the provider's feed */
    public boolean ontvangen(String id, String soort, String type, String bron, String casusId, String agbCode, Instant tijd, String data) {
        Tijdlijnen.Vastgelegd vastgelegd = tijdlijnen.legVast(agbCode, id, soort, type, bron, casusId, tijd, data);
        // Also for a duplicate: a crash after the feed entry and before the hand-over is repaired by the redelivery.
        // A subscription made after the event does not get it pushed then: the change feed has it.
        for (Abonnement abonnement : abonnementen.van(agbCode)) {
            if (abonnement.wil(soort, type)) {
                overdracht.draagOver(bezorgingId(agbCode, vastgelegd.gebeurtenis().volgnummer(), abonnement.id()), abonnement.id(), soort);
            }
        }
        return vastgelegd.nieuw();
    }
}
