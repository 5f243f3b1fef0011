/** Use cases of the escalation model: opening, taking and ending steps, informing the family, minutes and their approval, the learning report. */
@NullMarked
package nl.jeugdlink.escalatie.escalatie.application;

import org.jspecify.annotations.NullMarked;
