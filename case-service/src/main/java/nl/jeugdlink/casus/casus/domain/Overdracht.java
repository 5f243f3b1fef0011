package nl.jeugdlink.casus.casus.domain;

import java.time.Instant;
import java.util.List;

/**
 * A warm handover between regisseurs: the old one leaves only after at least one meeting with the family at which both
 * were present, and the record lists what was passed on (seed 004:274, "zo nodig overdracht"). What was passed on is the
 * family's data: stored encrypted.
 *
 * @param gezamenlijkGesprekId the conversation with the family that both regisseurs attended
 * @param overgedragen what was passed on (plans, agreements, contacts, open actions), each in a line
 */
public record Overdracht(String van, String naar, String gezamenlijkGesprekId, List<String> overgedragen, String door, Instant op) {

    /** What the caller says about the handover, before the casus checks it. */
    public record Verslag(String gezamenlijkGesprekId, List<String> overgedragen) {
    }

    @Override
    public String toString() {
        return "Overdracht[" + van + " -> " + naar + ", " + overgedragen.size() + " punten]";
    }
}
