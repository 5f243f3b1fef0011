/** Jeugdbeschermingstafel: requests for a talk or a raadsonderzoek, weekly planning within 1.5-2 weeks, and the decision (one of four outcomes). */
@NullMarked
package nl.jeugdlink.jbt;

import org.jspecify.annotations.NullMarked;
