/** The REST API of the clock: deadlines per casus, referral, team member or municipality. */
@NullMarked
package nl.jeugdlink.escalatie.termijn.adapter.web;

import org.jspecify.annotations.NullMarked;
