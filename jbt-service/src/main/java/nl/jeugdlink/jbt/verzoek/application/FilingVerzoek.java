package nl.jeugdlink.jbt.verzoek.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.jeugdlink.jbt.verzoek.domain.BekendeCasus;
import nl.jeugdlink.jbt.verzoek.domain.BekendeCasussen;
import nl.jeugdlink.jbt.verzoek.domain.Formulier;
import nl.jeugdlink.jbt.verzoek.domain.Gesprekstype;
import nl.jeugdlink.jbt.verzoek.domain.Indiener;
import nl.jeugdlink.jbt.verzoek.domain.Inzagebeleid;
import nl.jeugdlink.jbt.verzoek.domain.Medewerker;
import nl.jeugdlink.jbt.verzoek.domain.Verzoek;
import nl.jeugdlink.jbt.verzoek.domain.VerzoekOnbekend;
import nl.jeugdlink.jbt.verzoek.domain.Verzoeken;
import nl.jeugdlink.jbt.verzoek.domain.Verzoekreeksen;
import nl.jeugdlink.jbt.verzoek.domain.Verzoeksoort;

/**
 * Files a casus's request to the table: on its draft when the casus was closed "naar JBT", on the
 * returned request when the chair sent it back, else on a new record - after a decision a new request
 * of its own. Only for a casus the service knows from the case-service, and only by whom may file for it.
 */
public class FilingVerzoek {

    static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final Verzoeken verzoeken;
    private final BekendeCasussen casussen;
    private final Verzoekreeksen reeksen;
    private final Clock clock;

    public FilingVerzoek(Verzoeken verzoeken, BekendeCasussen casussen, Verzoekreeksen reeksen, Clock clock) {
        this.verzoeken = verzoeken;
        this.casussen = casussen;
        this.reeksen = reeksen;
        this.clock = clock;
    }

    /**
     * @param rol the role the person files in
     * @throws VerzoekOnbekend when the casus is not known here
     * @throws nl.jeugdlink.jbt.verzoek.domain.GeenInzage when this person may not file for the casus
     * @throws nl.jeugdlink.jbt.verzoek.domain.OngeldigVerzoek naming every gap of the form
     */
    public Verzoek dienIn(String casusId, Verzoeksoort soort, Gesprekstype gesprekstype, Formulier formulier, Medewerker door, String rol) {
        BekendeCasus casus = casussen.find(casusId).orElseThrow(() -> new VerzoekOnbekend("Geen casus met id " + casusId + " bekend bij de JBT"));
        Inzagebeleid.eisMagIndienen(casus, door, rol);
        Instant nu = clock.instant();
        String verzoekId = LopendVerzoek.idVan(casusId, reeksen, verzoeken);
        return verzoeken.wijzigOfMaak(verzoekId, () -> Verzoek.concept(casus, verzoekId, nu),
                verzoek -> verzoek.dienIn(soort, gesprekstype, formulier, new Indiener(door.id(), rol), casus.regieVoerder(),
                        LocalDate.ofInstant(nu, NEDERLAND), nu));
    }

    /** The request, when this person may see it. */
    public Verzoek lees(String verzoekId, Medewerker door) {
        Verzoek verzoek = verzoeken.find(verzoekId).orElseThrow(() -> new VerzoekOnbekend("Geen verzoek met id " + verzoekId));
        Inzagebeleid.eisInzage(verzoek, door);
        return verzoek;
    }

}
