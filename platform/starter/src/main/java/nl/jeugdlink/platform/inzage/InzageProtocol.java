package nl.jeugdlink.platform.inzage;

import java.time.Instant;
import java.util.function.Function;
import nl.jeugdlink.contracts.EventType;

/**
 * The protocol's contract types, owned by the requester (contracts/case-events, ADR 0031) and handed in by each service's
 * configuration: the platform knows no business contract. {@code deel} makes the reply's contract record.
 */
public record InzageProtocol(EventType verzoek, EventType antwoord, Function<Antwoord, Record> deel) {

    /** The reply's fields, as the contract's {@code InzagedeelGeleverd} has them. */
    public record Antwoord(String verzoekId, String dienst, String ronde, String verzegeld, Instant geleverdOp) {
    }
}
