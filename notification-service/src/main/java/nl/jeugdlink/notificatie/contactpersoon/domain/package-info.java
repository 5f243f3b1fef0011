/** The contact directory: a professional's name, address, role and municipalities, and the rules they keep. Plain Java. */
@NullMarked
package nl.jeugdlink.notificatie.contactpersoon.domain;

import org.jspecify.annotations.NullMarked;
