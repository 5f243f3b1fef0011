package nl.jeugdlink.casus.casus;

import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.platform.test.KafkaProbe;

/** The casus fixtures the inzage tests (another package) share with the casus tests: the golden referral's casus with its regisseur. */
public final class InzageFixtures {

    private InzageFixtures() {
    }

    /** The golden screened referral of Ede (a child of 4-12 and one under 4), its casus open and regisseur st-ede-0017 coupled. */
    public static String casusMetRegisseur(KafkaProbe kafka, Casussen casussen, int port, String teamleiderToken) {
        return AanmeldingGescreendMother.openCasusMetRegisseur(kafka, casussen, port, teamleiderToken, "st-ede-0017");
    }
}
