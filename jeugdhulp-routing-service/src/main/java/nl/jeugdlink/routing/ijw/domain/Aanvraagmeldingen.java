package nl.jeugdlink.routing.ijw.domain;

import java.time.Instant;

/**
 * Told of every accepted JW315, so the bepaling it follows (route 315, step 4) records that the provider asked: the request knows only
 * the client's BSN and the provider, the casus is found on the other side of this port.
 */
@FunctionalInterface
public interface Aanvraagmeldingen {

    /** For a use case that has no bepalingen to tell (tests of the message rules alone). */
    Aanvraagmeldingen GEEN = (aanbieder, bsn, verzoekId, ontvangenOp) -> { };

    void ontvangen(String aanbieder, String bsn, String verzoekId, Instant ontvangenOp);
}
