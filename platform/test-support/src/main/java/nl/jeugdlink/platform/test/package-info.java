/** Real infrastructure for integration tests: broker, store, fault injection and a plain Kafka client. */
@NullMarked
package nl.jeugdlink.platform.test;

import org.jspecify.annotations.NullMarked;
