/** Deadlines in Dutch working days: the calendar and, later, the deadlines themselves. Plain Java. */
@NullMarked
package nl.jeugdlink.escalatie.termijn.domain;

import org.jspecify.annotations.NullMarked;
