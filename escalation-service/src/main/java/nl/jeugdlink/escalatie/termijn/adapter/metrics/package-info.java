/** The clock's business figures in Micrometer. */
@NullMarked
package nl.jeugdlink.escalatie.termijn.adapter.metrics;

import org.jspecify.annotations.NullMarked;
