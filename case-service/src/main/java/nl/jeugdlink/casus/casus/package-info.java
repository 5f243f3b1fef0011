/** Casus: one family's case with one regisseur, one plan and one team, opened from a referral. */
@NullMarked
package nl.jeugdlink.casus.casus;

import org.jspecify.annotations.NullMarked;
