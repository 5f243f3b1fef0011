/** The escalation model of seed 002 Bouwsteen 6 as plain Java: situations, steps and who takes them, the family, the minutes, the learning report. */
@NullMarked
package nl.jeugdlink.escalatie.escalatie.domain;

import org.jspecify.annotations.NullMarked;
