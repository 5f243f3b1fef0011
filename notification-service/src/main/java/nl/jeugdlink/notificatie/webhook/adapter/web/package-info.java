/** The subscription API and the provider's change feed. */
@NullMarked
package nl.jeugdlink.notificatie.webhook.adapter.web;

import org.jspecify.annotations.NullMarked;
