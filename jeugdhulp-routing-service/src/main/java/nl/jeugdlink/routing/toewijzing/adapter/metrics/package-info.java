/** The routing's counts as Micrometer meters. */
@NullMarked
package nl.jeugdlink.routing.toewijzing.adapter.metrics;

import org.jspecify.annotations.NullMarked;
