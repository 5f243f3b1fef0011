package nl.jeugdlink.platform.inzage;

import java.util.List;

/**
 * What the platform knows a child by, as the request names it: the BSN (round 1 carries only this), and after round 1 the
 * child's pseudonymous ids, its referrals and their casussen. A source selects by these keys only.
 */
public record Kindsleutels(String bsn, List<String> kindIds, List<String> aanmeldingIds, List<String> casusIds) {

    public Kindsleutels {
        kindIds = List.copyOf(kindIds);
        aanmeldingIds = List.copyOf(aanmeldingIds);
        casusIds = List.copyOf(casusIds);
    }

    /** Round 1: the BSN alone. */
    public static Kindsleutels bsn(String bsn) {
        return new Kindsleutels(bsn, List.of(), List.of(), List.of());
    }
}
