package nl.jeugdlink.escalatie.escalatie.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step taken in an escalation.
 *
 * @param nummer 1 behavioural scientists, 2 managers and directors, 3 administrators and aldermen
 * @param gezetDoor who took it (the token's subject)
 * @param gezetAls in which capacity
 * @param ambtelijkBetrokken whether the civil service is involved (always so in step 3)
 * @param uitkomst how it ended, once it did
 */
public record Stap(int nummer, String gezetDoor, Functie gezetAls, Instant gezetOp, boolean ambtelijkBetrokken, @Nullable Uitkomst uitkomst,
        @Nullable String afgerondDoor, @Nullable Instant afgerondOp) {

    /** Who is at work in a step: what the family hears. */
    public enum AanZet { GEDRAGSWETENSCHAPPERS, LEIDINGGEVENDEN, BESTUURDERS }

    public boolean lopend() {
        return uitkomst == null;
    }

    public AanZet aanZet() {
        return aanZet(nummer);
    }

    public static AanZet aanZet(int nummer) {
        return switch (nummer) {
            case 1 -> AanZet.GEDRAGSWETENSCHAPPERS;
            case 2 -> AanZet.LEIDINGGEVENDEN;
            default -> AanZet.BESTUURDERS;
        };
    }

    Stap afgerond(Uitkomst hoe, String door, Instant op) {
        return new Stap(nummer, gezetDoor, gezetAls, gezetOp, ambtelijkBetrokken, hoe, door, op);
    }
}
