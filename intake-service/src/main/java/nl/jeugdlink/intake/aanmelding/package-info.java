/** Aanmelding: receiving a referral to JeugdLink or the zorgtafel, or an anonymous consult. */
@NullMarked
package nl.jeugdlink.intake.aanmelding;

import org.jspecify.annotations.NullMarked;
