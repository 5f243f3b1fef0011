/** The intake's part of a child's data on request (ADR 0031): the BSN resolved to the child's keys, and what its referrals say about the child. */
@NullMarked
package nl.jeugdlink.intake.inzage;

import org.jspecify.annotations.NullMarked;
