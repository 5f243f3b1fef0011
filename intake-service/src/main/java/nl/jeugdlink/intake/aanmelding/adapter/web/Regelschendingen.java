package nl.jeugdlink.intake.aanmelding.adapter.web;

import nl.jeugdlink.intake.aanmelding.domain.AanmeldingGeweigerd;
import nl.jeugdlink.platform.web.InvalidParam;
import nl.jeugdlink.platform.web.ProblemHandling.InvalidInputException;

/** The rules a referral or a decision breaks, as the problem+json {@code invalidParams} the client reads. */
final class Regelschendingen {

    private Regelschendingen() {
    }

    static InvalidInputException alsOngeldigeInvoer(AanmeldingGeweigerd geweigerd) {
        return new InvalidInputException(geweigerd.schendingen().stream().map(s -> new InvalidParam(s.veld(), s.regel(), s.uitleg())).toList());
    }
}
