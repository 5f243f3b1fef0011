/** Deadlines in Dutch working days for the whole platform, and the escalation model: situations, steps, who takes them. */
@NullMarked
package nl.jeugdlink.escalatie;

import org.jspecify.annotations.NullMarked;
