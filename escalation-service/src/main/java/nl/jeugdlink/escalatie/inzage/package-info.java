/**
 * The escalation-service's part of a child's data on request (AVG art. 15, ADR 0031): the deadlines of the child's trajecten and
 * the escalations about its casussen, answered through the platform's {@code nl.jeugdlink.platform.inzage} protocol.
 */
@NullMarked
package nl.jeugdlink.escalatie.inzage;

import org.jspecify.annotations.NullMarked;
