/**
 * One way out: outbound work (an e-mail today, a webhook or an iJw message next) claimed under a lease,
 * each attempt recorded before it is sent, sent with retry and back-off behind a circuit breaker per
 * destination, its outcome written back to a delivery log, and parked or given up with a reason. The
 * service supplies the channel ({@link nl.jeugdlink.platform.delivery.DeliveryChannel}); the platform
 * knows nothing of what is delivered.
 */
@NullMarked
package nl.jeugdlink.platform.delivery;

import org.jspecify.annotations.NullMarked;
