/** MongoDB storage of the families' contacts (collection {@code gezinscontacten}), addresses encrypted at rest. */
@NullMarked
package nl.jeugdlink.notificatie.gezinscontact.adapter.persistence;

import org.jspecify.annotations.NullMarked;
