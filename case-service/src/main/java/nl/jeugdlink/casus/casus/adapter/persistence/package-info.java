/** MongoDB storage of casussen, outbox included. */
@NullMarked
package nl.jeugdlink.casus.casus.adapter.persistence;

import org.jspecify.annotations.NullMarked;
