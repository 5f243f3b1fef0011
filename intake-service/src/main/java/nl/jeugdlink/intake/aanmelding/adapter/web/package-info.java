/** The REST API of the intake: receiving and reading referrals. */
@NullMarked
package nl.jeugdlink.intake.aanmelding.adapter.web;

import org.jspecify.annotations.NullMarked;
