/** The casussen with their toewijzingen and outbox in MongoDB, and the per-gemeente ToewijzingNummer counters. */
@NullMarked
package nl.jeugdlink.routing.toewijzing.adapter.persistence;

import org.jspecify.annotations.NullMarked;
