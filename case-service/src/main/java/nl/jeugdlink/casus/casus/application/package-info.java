/** Use cases of the casus: opening it from a screened referral, working on it, working notes. */
@NullMarked
package nl.jeugdlink.casus.casus.application;

import org.jspecify.annotations.NullMarked;
