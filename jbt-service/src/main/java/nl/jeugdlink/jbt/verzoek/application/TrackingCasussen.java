package nl.jeugdlink.jbt.verzoek.application;

import java.time.Clock;
import java.util.List;
import nl.jeugdlink.jbt.verzoek.domain.BekendeCasus;
import nl.jeugdlink.jbt.verzoek.domain.BekendeCasussen;
import nl.jeugdlink.jbt.verzoek.domain.Verzoek;
import nl.jeugdlink.jbt.verzoek.domain.Verzoeken;
import nl.jeugdlink.jbt.verzoek.domain.Verzoekreeksen;

/**
 * What the jbt-service learns from the case-service: which casussen exist, in which municipality,
 * who holds their regie; and a casus closed "naar JBT" opens a draft request for its regisseur.
 * Every answer says whether the event changed something, so a redelivery is a counted duplicate. The casus
 * stream comes a poll at a time (ADR 0018): what it opens and couples is written a poll in one go.
 */
public class TrackingCasussen {

    /** The closure reason that sends a casus to the table (000:139). */
    public static final String NAAR_JBT = "NAAR_JBT";

    private final BekendeCasussen casussen;
    private final Verzoeken verzoeken;
    private final Verzoekreeksen reeksen;
    private final Clock clock;

    public TrackingCasussen(BekendeCasussen casussen, Verzoeken verzoeken, Verzoekreeksen reeksen, Clock clock) {
        this.casussen = casussen;
        this.verzoeken = verzoeken;
        this.reeksen = reeksen;
        this.clock = clock;
    }

    /**
     * Opened casussen, a poll's worth in one write; their dossierhouders were involved with the family (the known casus
     * remembers them for the independence of the Raad's test). Per casus whether it was new.
     */
    public List<Boolean> geopend(List<BekendeCasus> geopend) {
        return casussen.voegToe(geopend);
    }

    /** Regisseurs coupled, a poll's worth in one write, in their order; each was involved with the family from then on. */
    public List<Boolean> regisseursGekoppeld(List<BekendeCasussen.Koppeling> koppelingen) {
        return casussen.koppelRegisseurs(koppelingen);
    }

    /**
     * A draft for a casus closed "naar JBT"; other closures change nothing here. A casus closed before
     * this service knew it still gets its draft, for whom closed it.
     *
     * @return whether a draft was opened now
     */
    public boolean afgesloten(String casusId, String aanmeldingId, String gemeenteCode, String reden, String afgeslotenDoor) {
        if (!NAAR_JBT.equals(reden)) {
            return false;
        }
        BekendeCasus casus = casussen.find(casusId).orElseGet(() -> new BekendeCasus(casusId, aanmeldingId, gemeenteCode, null, afgeslotenDoor));
        // After a decision the casus comes back with a draft of its own; an open request stays the one (a redelivery inserts nothing).
        return verzoeken.voegToe(Verzoek.concept(casus, LopendVerzoek.idVan(casusId, reeksen, verzoeken), clock.instant()), List.of());
    }
}
