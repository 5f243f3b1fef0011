/** The escalation model over REST: escalations per casus, their steps, the family, the minutes; the learning report. */
@NullMarked
package nl.jeugdlink.escalatie.escalatie.adapter.web;

import org.jspecify.annotations.NullMarked;
