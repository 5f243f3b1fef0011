/** The family's contact: on what ground it may be used, and the addresses of the parents with custody. Plain Java. */
@NullMarked
package nl.jeugdlink.notificatie.gezinscontact.domain;

import org.jspecify.annotations.NullMarked;
