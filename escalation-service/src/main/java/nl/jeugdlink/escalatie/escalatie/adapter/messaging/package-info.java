/** The escalation model on Kafka: its events mapped to the published contracts. */
@NullMarked
package nl.jeugdlink.escalatie.escalatie.adapter.messaging;

import org.jspecify.annotations.NullMarked;
