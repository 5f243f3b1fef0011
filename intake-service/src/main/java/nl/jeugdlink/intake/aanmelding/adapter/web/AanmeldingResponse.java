package nl.jeugdlink.intake.aanmelding.adapter.web;

import java.time.Instant;
import nl.jeugdlink.intake.aanmelding.domain.Aanmelding;

/** What the referrer gets back: the referral's id and what JeugdLink recorded. */
record AanmeldingResponse(String id, String gemeenteCode, String soort, String verwijzerOrganisatie, int aantalMinderjarigen,
        boolean toestemmingOuders, Instant ontvangenOp) {

    static AanmeldingResponse of(Aanmelding a) {
        return new AanmeldingResponse(a.id().toString(), a.gemeente().cbsCode(), a.soort().name(), a.verwijzer().organisatie().name(),
                a.minderjarigen().size(), a.toestemming().gegeven(), a.ontvangenOp());
    }
}
