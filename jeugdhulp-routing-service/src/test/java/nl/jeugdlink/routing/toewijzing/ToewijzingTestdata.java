package nl.jeugdlink.routing.toewijzing;

import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;

/** The toewijzing feature's test data for the tests of other features (their package cannot see the package-private helpers). */
public final class ToewijzingTestdata {

    private ToewijzingTestdata() {
    }

    /** A specific toewijzing of ambulant care (45/45A01) from 2026-12-01 to 2027-05-31. */
    public static String specifiek(String agb) {
        return ToewijzingIntegrationTest.specifiek(agb);
    }

    /** A casus the routing knows, opened in the municipality. */
    public static String casus(KafkaProbe kafka, Casussen casussen, String gemeenteCode) {
        return CasusGeopendMother.bekendeCasus(kafka, casussen, gemeenteCode);
    }
}
