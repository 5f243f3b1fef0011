package nl.jeugdlink.intake.aanmelding.domain;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

public record AanmeldingId(UUID value) {

    public AanmeldingId {
        Objects.requireNonNull(value, "value");
    }

    public static AanmeldingId nieuw() {
        return new AanmeldingId(UUID.randomUUID());
    }

    /**
     * The same client retrying with the same idempotency key gets the same id, so a retried POST
     * finds the referral it already created instead of creating a second one.
     */
    public static AanmeldingId voorHerhaling(String verwijzerId, String idempotencyKey) {
        return new AanmeldingId(UUID.nameUUIDFromBytes(("aanmelding:" + verwijzerId + ":" + idempotencyKey).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
