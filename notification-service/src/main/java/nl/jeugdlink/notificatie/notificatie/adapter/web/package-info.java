/** The REST API of notification: what was recorded for whom. */
@NullMarked
package nl.jeugdlink.notificatie.notificatie.adapter.web;

import org.jspecify.annotations.NullMarked;
