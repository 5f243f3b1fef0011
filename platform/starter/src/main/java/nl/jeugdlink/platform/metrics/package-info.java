/** Metrics plumbing shared by the services. */
@NullMarked
package nl.jeugdlink.platform.metrics;

import org.jspecify.annotations.NullMarked;
