/** Outgoing events stored inside their aggregate's document and relayed to Kafka. */
@NullMarked
package nl.jeugdlink.platform.outbox;

import org.jspecify.annotations.NullMarked;
