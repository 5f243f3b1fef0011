/**
 * A child's data on request (AVG art. 15, ADR 0031): the one way a service answers a request and delivers its part. A service
 * implements {@link nl.jeugdlink.platform.inzage.Inzagebron} (plain types), imports {@link nl.jeugdlink.platform.inzage.InzageConfiguration}
 * with the protocol's contract types, and binds {@code inzageverzoeken-in-0} to the protocol's topic; the platform checks,
 * opens, asks the source, seals and writes the reply through the outbox.
 */
@NullMarked
package nl.jeugdlink.platform.inzage;

import org.jspecify.annotations.NullMarked;
