/** Webhooks as a channel of the platform's delivery (ADR 0014): a signed CloudEvent over HTTP. */
@NullMarked
package nl.jeugdlink.notificatie.webhook.adapter.http;

import org.jspecify.annotations.NullMarked;
