/** Received iJw messages and requests in MongoDB, their uniqueness rules held by {@code _id} keys. */
@NullMarked
package nl.jeugdlink.routing.ijw.adapter.persistence;

import org.jspecify.annotations.NullMarked;
