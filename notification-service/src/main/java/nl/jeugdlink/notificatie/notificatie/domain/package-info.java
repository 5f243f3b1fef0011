/** Messages owed to families and professionals, recorded before they are sent. Plain Java. */
@NullMarked
package nl.jeugdlink.notificatie.notificatie.domain;

import org.jspecify.annotations.NullMarked;
