/** Use cases of notification: deciding which messages an event calls for. */
@NullMarked
package nl.jeugdlink.notificatie.notificatie.application;

import org.jspecify.annotations.NullMarked;
