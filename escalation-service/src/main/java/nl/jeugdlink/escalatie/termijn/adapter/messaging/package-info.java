/** The clock on Kafka: the referral and casus streams it consumes, the deadline contracts it publishes. */
@NullMarked
package nl.jeugdlink.escalatie.termijn.adapter.messaging;

import org.jspecify.annotations.NullMarked;
