/** Consumes the routing's toewijzing stream through the platform's handler table. */
@NullMarked
package nl.jeugdlink.notificatie.webhook.adapter.messaging;

import org.jspecify.annotations.NullMarked;
