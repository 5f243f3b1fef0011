/**
 * The escalation model (seed 002, Bouwsteen 6): three situations, three steps and who takes them, the
 * family informed, the minutes approved by the participants, the learning report. The terms of steps
 * and minutes are deadline kinds of the clock (feature {@code termijn}), started by this feature's events.
 */
@NullMarked
package nl.jeugdlink.escalatie.escalatie;

import org.jspecify.annotations.NullMarked;
