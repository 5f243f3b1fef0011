/** The one way in: a handler table per binding that reads, checks, applies and counts received events (ADR 0015). */
@NullMarked
package nl.jeugdlink.platform.inbound;

import org.jspecify.annotations.NullMarked;
