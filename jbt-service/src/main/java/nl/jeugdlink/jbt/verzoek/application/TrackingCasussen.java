package nl.jeugdlink.jbt.verzoek.application;

import java.time.Clock;
import java.util.List;
import nl.jeugdlink.jbt.verzoek.domain.BekendeCasus;
import nl.jeugdlink.jbt.verzoek.domain.BekendeCasussen;
import nl.jeugdlink.jbt.verzoek.domain.Betrokkenheden;
import nl.jeugdlink.jbt.verzoek.domain.Verzoek;
import nl.jeugdlink.jbt.verzoek.domain.Verzoeken;
import nl.jeugdlink.jbt.verzoek.domain.Verzoekreeksen;

/**
 * What the jbt-service learns from the case-service: which casussen exist, in which municipality,
 * who holds their regie; and a casus closed "naar JBT" opens a draft request for its regisseur.
 * Every answer says whether the event changed something, so a redelivery is a counted duplicate.
 */
public class TrackingCasussen {

    /** The closure reason that sends a casus to the table (000:139). */
    public static final String NAAR_JBT = "NAAR_JBT";

    private final BekendeCasussen casussen;
    private final Verzoeken verzoeken;
    private final Betrokkenheden betrokkenheden;
    private final Verzoekreeksen reeksen;
    private final Clock clock;

    public TrackingCasussen(BekendeCasussen casussen, Verzoeken verzoeken, Betrokkenheden betrokkenheden, Verzoekreeksen reeksen, Clock clock) {
        this.casussen = casussen;
        this.verzoeken = verzoeken;
        this.betrokkenheden = betrokkenheden;
        this.reeksen = reeksen;
        this.clock = clock;
    }

    /** The dossierhouder and every regisseur were involved with the family: remembered for the independence of the Raad's test. */
    public boolean geopend(String casusId, String aanmeldingId, String gemeenteCode, String dossierhouderId) {
        betrokkenheden.legVast(dossierhouderId, casusId);
        return casussen.voegToe(new BekendeCasus(casusId, aanmeldingId, gemeenteCode, null, dossierhouderId));
    }

    public boolean regisseurGekoppeld(String casusId, String regisseurId, String eventId) {
        betrokkenheden.legVast(regisseurId, casusId);
        return casussen.koppelRegisseur(casusId, regisseurId, eventId);
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
