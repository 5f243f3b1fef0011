package nl.jeugdlink.intake.aanmelding.domain;

import java.time.Instant;

/**
 * A referral waiting for screening, as the screeners' worklist shows it: what they sort and filter
 * on, nothing of what the referrer wrote about the family (that is read on the referral itself).
 */
public record WachtendeAanmelding(AanmeldingId id, Gemeente gemeente, Soort soort, VerwijzendeOrganisatie verwijzer,
        int aantalMinderjarigen, Instant ontvangenOp) {
}
