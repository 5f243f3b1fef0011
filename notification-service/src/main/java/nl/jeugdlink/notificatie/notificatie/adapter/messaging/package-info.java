/** Notification on Kafka: the streams it listens to. */
@NullMarked
package nl.jeugdlink.notificatie.notificatie.adapter.messaging;

import org.jspecify.annotations.NullMarked;
