package nl.jeugdlink.contracts.intake;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The id of the casus that an accepted referral opens. The case-service opens one casus per
 * {@link AanmeldingGescreend} and derives its id from the referral's (a second delivery meets the
 * casus it already opened), so the id is part of this contract: the intake names the casus in its
 * answers, and a client never has to compute it. A name-based (MD5, version 3) UUID of
 * {@code "casus:" + aanmeldingId}; strings only, no business type.
 */
public final class CasusVanAanmelding {

    private CasusVanAanmelding() {
    }

    /** The casus id of the referral {@code aanmeldingId} (a UUID as text). */
    public static String casusId(String aanmeldingId) {
        return UUID.nameUUIDFromBytes(("casus:" + aanmeldingId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
