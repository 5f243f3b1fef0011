/** How every Kafka client of a service finds the cluster: one setting, read by the binder and by the platform's own clients alike. */
@NullMarked
package nl.jeugdlink.platform.kafka;

import org.jspecify.annotations.NullMarked;
