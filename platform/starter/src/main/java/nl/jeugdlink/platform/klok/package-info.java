/**
 * The platform's clock. Production runs on the system clock; a test or demo deployment may switch on
 * an adjustable clock ({@code jeugdlink.klok.verstelbaar=true}) to move time forward over working
 * days and holidays without waiting for them.
 */
@NullMarked
package nl.jeugdlink.platform.klok;

import org.jspecify.annotations.NullMarked;
