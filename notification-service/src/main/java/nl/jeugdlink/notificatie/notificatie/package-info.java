/** Notificatie: the messages families and professionals get, recorded once per cause and recipient. */
@NullMarked
package nl.jeugdlink.notificatie.notificatie;

import org.jspecify.annotations.NullMarked;
