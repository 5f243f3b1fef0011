/** Use cases of the intake: receiving a referral. */
@NullMarked
package nl.jeugdlink.intake.aanmelding.application;

import org.jspecify.annotations.NullMarked;
