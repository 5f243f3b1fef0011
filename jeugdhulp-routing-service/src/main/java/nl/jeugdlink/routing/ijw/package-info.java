/**
 * The iJw messages of the 301 and 315 routes (JW301/302/305/307/315/316/319): bound to XML from the
 * project's own XSD, checked against the CS/TR rules that apply, answered with iJw retourcodes, and
 * exchanged with a care provider over its API by AGB code (ADR 0021).
 */
@NullMarked
package nl.jeugdlink.routing.ijw;

import org.jspecify.annotations.NullMarked;
