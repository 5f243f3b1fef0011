/** The casus on Kafka: the referral stream it consumes and the contracts it publishes. */
@NullMarked
package nl.jeugdlink.casus.casus.adapter.messaging;

import org.jspecify.annotations.NullMarked;
