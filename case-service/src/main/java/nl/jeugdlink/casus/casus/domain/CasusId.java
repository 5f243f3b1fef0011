package nl.jeugdlink.casus.casus.domain;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

public record CasusId(UUID value) {

    public CasusId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * One referral opens at most one casus: the id follows from the referral's id, so a second
     * delivery of the same referral meets the casus it already opened.
     */
    public static CasusId uitAanmelding(String aanmeldingId) {
        return new CasusId(UUID.nameUUIDFromBytes(("casus:" + aanmeldingId).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
