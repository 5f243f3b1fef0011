/** Sending e-mail over SMTP, with retries and a circuit breaker (Resilience4j instance {@code smtp}). */
@NullMarked
package nl.jeugdlink.notificatie.notificatie.adapter.mail;

import org.jspecify.annotations.NullMarked;
