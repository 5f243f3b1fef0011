/** The CloudEvents (NL GOV profile) envelope in Kafka headers. */
@NullMarked
package nl.jeugdlink.platform.cloudevents;

import org.jspecify.annotations.NullMarked;
