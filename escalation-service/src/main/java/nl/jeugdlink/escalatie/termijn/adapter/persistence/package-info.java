/** MongoDB storage of trajecten with their deadlines, outbox included. */
@NullMarked
package nl.jeugdlink.escalatie.termijn.adapter.persistence;

import org.jspecify.annotations.NullMarked;
