/** The schedule of the deadline sweep: at start, every interval, and after the clock was moved. */
@NullMarked
package nl.jeugdlink.escalatie.termijn.adapter.bewaking;

import org.jspecify.annotations.NullMarked;
