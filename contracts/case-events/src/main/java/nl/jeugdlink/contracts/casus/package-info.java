/** The case-service's published events: its contract with every consumer. */
@NullMarked
package nl.jeugdlink.contracts.casus;

import org.jspecify.annotations.NullMarked;
