/** The escalation model's figures in Micrometer. */
@NullMarked
package nl.jeugdlink.escalatie.escalatie.adapter.metrics;

import org.jspecify.annotations.NullMarked;
