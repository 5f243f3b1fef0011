package nl.jeugdlink.escalatie.termijn.domain;

import java.time.Instant;

/**
 * Something another service reported about a traject: its event type, when it happened (the
 * envelope's time) and its fields. Which deadlines it starts or stops is the rules' business, so a
 * new event type needs a rule, not code.
 */
public record Gebeurtenis(String type, Instant tijdstip, Velden velden) {
}
