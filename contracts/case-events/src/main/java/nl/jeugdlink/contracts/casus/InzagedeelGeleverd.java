package nl.jeugdlink.contracts.casus;

import java.time.Instant;

/**
 * A service's part of a request for a child's data (ADR 0031), the one reply type of the protocol. {@code verzegeld}: the part
 * as JSON ({@code {dienst, categorieen: [{naam, items: [{label: waarde}]}], sleutels?}}), sealed with the inzage-antwoord keyset
 * for the case-service alone, bound to {@code inzage:<verzoekId>:<dienst>}.
 */
public record InzagedeelGeleverd(
        String verzoekId,
        String dienst,
        String ronde,
        String verzegeld,
        Instant geleverdOp) {
}
