/** Use cases: managing subscriptions, addressing an event to its provider and handing it over for delivery. */
@NullMarked
package nl.jeugdlink.notificatie.webhook.application;

import org.jspecify.annotations.NullMarked;
