/** The routing on Kafka: the casus stream it takes casussen from, and the toewijzing contracts it publishes. */
@NullMarked
package nl.jeugdlink.routing.toewijzing.adapter.messaging;

import org.jspecify.annotations.NullMarked;
