/** Deadlines in Dutch working days: the calendar, the terms, and the traject whose facts start and stop them. Plain Java. */
@NullMarked
package nl.jeugdlink.escalatie.termijn.domain;

import org.jspecify.annotations.NullMarked;
