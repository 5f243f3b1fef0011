/** How an event type is described on the wire and how a payload is checked against its schema. */
@NullMarked
package nl.jeugdlink.contracts;

import org.jspecify.annotations.NullMarked;
