/** MongoDB storage of referrals, outbox included. */
@NullMarked
package nl.jeugdlink.intake.aanmelding.adapter.persistence;

import org.jspecify.annotations.NullMarked;
