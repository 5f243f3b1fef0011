/** Subscriptions and feeds in MongoDB, read by _id only. */
@NullMarked
package nl.jeugdlink.notificatie.webhook.adapter.persistence;

import org.jspecify.annotations.NullMarked;
