/** The holiday calendar behind the working-day clock: Jollyday, configured per region. */
@NullMarked
package nl.jeugdlink.escalatie.termijn.adapter.kalender;

import org.jspecify.annotations.NullMarked;
