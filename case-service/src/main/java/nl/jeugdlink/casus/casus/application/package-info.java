/** Use cases of the casus: opening it from a referral. */
@NullMarked
package nl.jeugdlink.casus.casus.application;

import org.jspecify.annotations.NullMarked;
