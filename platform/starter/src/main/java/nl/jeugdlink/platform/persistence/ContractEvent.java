package nl.jeugdlink.platform.persistence;

import nl.jeugdlink.contracts.EventType;

/** A domain event mapped to the contract payload it is published as, with its event type. */
public record ContractEvent(EventType type, Record payload) {
}
