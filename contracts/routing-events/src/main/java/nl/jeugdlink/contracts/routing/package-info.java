/** The jeugdhulp-routing-service's published events: its contract with every consumer. */
@NullMarked
package nl.jeugdlink.contracts.routing;

import org.jspecify.annotations.NullMarked;
