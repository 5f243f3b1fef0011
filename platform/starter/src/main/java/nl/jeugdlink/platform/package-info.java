/** Shared plumbing of every JeugdLink service: no business types live here. */
@NullMarked
package nl.jeugdlink.platform;

import org.jspecify.annotations.NullMarked;
