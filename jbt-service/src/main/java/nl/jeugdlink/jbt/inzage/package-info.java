/** A child's data on request (AVG art. 15, ADR 0031): what the Jeugdbeschermingstafel holds about one child, as this service's part. */
@NullMarked
package nl.jeugdlink.jbt.inzage;

import org.jspecify.annotations.NullMarked;
