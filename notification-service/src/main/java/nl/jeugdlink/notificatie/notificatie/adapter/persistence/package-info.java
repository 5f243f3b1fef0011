/** MongoDB storage of recorded messages. */
@NullMarked
package nl.jeugdlink.notificatie.notificatie.adapter.persistence;

import org.jspecify.annotations.NullMarked;
