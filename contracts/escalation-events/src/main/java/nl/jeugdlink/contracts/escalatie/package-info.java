/** The escalation-service's published events: its contract with every consumer. */
@NullMarked
package nl.jeugdlink.contracts.escalatie;

import org.jspecify.annotations.NullMarked;
