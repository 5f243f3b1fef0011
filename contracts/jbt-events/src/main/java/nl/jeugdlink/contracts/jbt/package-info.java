/** The jbt-service's published events (Jeugdbeschermingstafel): its contract with every consumer. */
@NullMarked
package nl.jeugdlink.contracts.jbt;

import org.jspecify.annotations.NullMarked;
