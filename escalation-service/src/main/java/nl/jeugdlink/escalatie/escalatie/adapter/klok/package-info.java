/** What the escalation model reads from the deadline clock: the traject of a casus. */
@NullMarked
package nl.jeugdlink.escalatie.escalatie.adapter.klok;

import org.jspecify.annotations.NullMarked;
