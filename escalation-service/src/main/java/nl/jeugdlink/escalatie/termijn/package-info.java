/**
 * Every deadline of the platform in Dutch working days, started, stopped and met by events only;
 * TermijnOverschreden exactly once per deadline, also after downtime and with several instances.
 */
@NullMarked
package nl.jeugdlink.escalatie.termijn;

import org.jspecify.annotations.NullMarked;
