package nl.jeugdlink.casus.casus.application;

import java.time.Clock;
import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.Casussen;

/** Opens the casus of a screened referral, once, however often the screening is delivered. */
public class OpeningCasus {

    public enum Uitkomst {
        /** A new casus was stored with its CasusGeopend. */
        GEOPEND,
        /** The casus already existed: a second delivery of the same referral. */
        AL_GEOPEND,
        /** The referral opens no casus (an anonymous consult). */
        NIET_VAN_TOEPASSING
    }

    private final Casussen casussen;
    private final Clock clock;

    public OpeningCasus(Casussen casussen, Clock clock) {
        this.casussen = casussen;
        this.clock = clock;
    }

    /** @throws nl.jeugdlink.casus.casus.domain.CasusGeweigerd when the referral cannot open a casus here */
    public Uitkomst open(Casus.Screening screening) {
        if (!Casus.opentCasus(screening)) {
            return Uitkomst.NIET_VAN_TOEPASSING;
        }
        // No read first: the casus id follows from the referral, so the insert itself finds a second delivery.
        Casus.Opening opening = Casus.open(screening, clock.instant());
        return casussen.add(opening.casus(), opening.events()) ? Uitkomst.GEOPEND : Uitkomst.AL_GEOPEND;
    }
}
