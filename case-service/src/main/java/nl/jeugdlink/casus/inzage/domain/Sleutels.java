package nl.jeugdlink.casus.inzage.domain;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** What the services know the child by after round 1: its pseudonymous ids, its referrals and the casussen opened from them. */
public record Sleutels(List<String> kindIds, List<String> aanmeldingIds, List<String> casusIds) {

    public Sleutels {
        kindIds = List.copyOf(kindIds);
        aanmeldingIds = List.copyOf(aanmeldingIds);
        casusIds = List.copyOf(casusIds);
    }

    /** The intake's keys, with the casus ids derived from the referrals as the case-service derives them when it opens one. */
    public static Sleutels vanIntake(List<String> kindIds, List<String> aanmeldingIds) {
        return new Sleutels(kindIds, aanmeldingIds, aanmeldingIds.stream()
                .map(a -> UUID.nameUUIDFromBytes(("casus:" + a).getBytes(StandardCharsets.UTF_8)).toString()).toList());
    }

    public boolean leeg() {
        return kindIds.isEmpty() && aanmeldingIds.isEmpty();
    }
}
