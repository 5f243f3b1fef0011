/** The intake-service's published events: its contract with every consumer. */
@NullMarked
package nl.jeugdlink.contracts.intake;

import org.jspecify.annotations.NullMarked;
