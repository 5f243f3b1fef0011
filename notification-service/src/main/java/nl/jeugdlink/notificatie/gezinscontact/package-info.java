/** Gezinscontact: the family's e-mail addresses, handed over sealed by the intake, kept encrypted for the written summaries. */
@NullMarked
package nl.jeugdlink.notificatie.gezinscontact;

import org.jspecify.annotations.NullMarked;
