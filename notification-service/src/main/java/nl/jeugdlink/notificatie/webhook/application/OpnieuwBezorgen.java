package nl.jeugdlink.notificatie.webhook.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.jeugdlink.notificatie.webhook.domain.Abonnementen;
import nl.jeugdlink.notificatie.webhook.domain.NietBezorgd;
import org.jspecify.annotations.Nullable;

/**
 * Redelivers stopped deliveries (parked after a {@code 410}, or given up after the last retry) that wait on a provider's
 * dead-letter list: the provider one of its own, a beheerder a subscription's - all of them, or the ones named. They go
 * in feed order, so that a casus's events are released oldest first and each later one waits behind the earlier one
 * (ADR 0027) instead of overtaking it. What is released leaves the list; if it fails again it comes back.
 */
public class OpnieuwBezorgen {

    /** The platform's delivery, as far as a redelivery needs it. */
    public interface Bezorging {

        /** Whether the delivery stopped (parked or given up): only such a one can be released. */
        boolean gestopt(String bezorgingId);

        /** Sends it again, due now. */
        void geefVrij(String bezorgingId);
    }

    /** Named deliveries that are not on this subscription's dead-letter list: nothing was released. */
    public static final class NietOpDeLijst extends RuntimeException {

        private final List<Integer> posities;

        NietOpDeLijst(List<Integer> posities) {
            super("not on the subscription's dead-letter list: positions " + posities);
            this.posities = List.copyOf(posities);
        }

        /** The positions in the request's list (0-based). */
        public List<Integer> posities() {
            return posities;
        }
    }

    private final Abonnementen abonnementen;
    private final NietBezorgd nietBezorgd;
    private final Bezorging bezorging;

    public OpnieuwBezorgen(Abonnementen abonnementen, NietBezorgd nietBezorgd, Bezorging bezorging) {
        this.abonnementen = abonnementen;
        this.nietBezorgd = nietBezorgd;
        this.bezorging = bezorging;
    }

    /**
     * A subscription's dead letters again: all of them, or those named.
     *
     * @param gekozen the delivery ids to release; null or empty: every one of the subscription's
     * @return the ids released, in feed order; empty when the subscription does not exist (the caller answers 404)
     * @throws NietOpDeLijst when a named id is not on the subscription's list - then nothing is released
     */
    public @Nullable List<String> voorAbonnement(String agbCode, String abonnementId, @Nullable List<String> gekozen) {
        if (abonnementen.vind(agbCode, abonnementId).isEmpty()) {
            return null;
        }
        List<String> vanAbonnement = nietBezorgd.van(agbCode).stream().filter(id -> AdresserenGebeurtenissen.isVoor(id, agbCode, abonnementId)).toList();
        List<String> teBezorgen;
        if (gekozen == null || gekozen.isEmpty()) {
            teBezorgen = vanAbonnement;
        } else {
            Set<String> op = Set.copyOf(vanAbonnement);
            List<Integer> fout = new ArrayList<>();
            for (int i = 0; i < gekozen.size(); i++) {
                if (!op.contains(gekozen.get(i))) {
                    fout.add(i);
                }
            }
            if (!fout.isEmpty()) {
                throw new NietOpDeLijst(fout);
            }
            teBezorgen = gekozen.stream().distinct().toList();
        }
        List<String> opVolgorde = teBezorgen.stream().sorted(Comparator.comparingLong(AdresserenGebeurtenissen::volgnummerVan)).toList();
        for (String id : opVolgorde) {
            geefVrij(agbCode, id);
        }
        return opVolgorde;
    }

    /**
     * One of the provider's own dead letters again.
     *
     * @return false when it is not on the provider's list
     */
    public boolean een(String agbCode, String bezorgingId) {
        if (!nietBezorgd.van(agbCode).contains(bezorgingId)) {
            return false;
        }
        geefVrij(agbCode, bezorgingId);
        return true;
    }

    private void geefVrij(String agbCode, String bezorgingId) {
        // Off the list first: a release that fails at once puts it back through the channel's stopped().
        nietBezorgd.haalWeg(agbCode, bezorgingId);
        if (bezorging.gestopt(bezorgingId)) {
            bezorging.geefVrij(bezorgingId);
        }
    }
}
