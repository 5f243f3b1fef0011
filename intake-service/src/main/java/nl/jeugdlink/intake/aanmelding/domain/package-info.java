/** The referral as the intake knows it: its rules, events and the port that stores it. Plain Java. */
@NullMarked
package nl.jeugdlink.intake.aanmelding.domain;

import org.jspecify.annotations.NullMarked;
