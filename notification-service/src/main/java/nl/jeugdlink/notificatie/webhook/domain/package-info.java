/** Subscriptions, a provider's own feed of events and the Standard Webhooks signature: plain Java. */
@NullMarked
package nl.jeugdlink.notificatie.webhook.domain;

import org.jspecify.annotations.NullMarked;
