/** MongoDB storage of the contact directory (collection {@code contactpersonen}). */
@NullMarked
package nl.jeugdlink.notificatie.contactpersoon.adapter.persistence;

import org.jspecify.annotations.NullMarked;
