/** The casus as the case-service knows it: its rules, events and the port that stores it. Plain Java. */
@NullMarked
package nl.jeugdlink.casus.casus.domain;

import org.jspecify.annotations.NullMarked;
