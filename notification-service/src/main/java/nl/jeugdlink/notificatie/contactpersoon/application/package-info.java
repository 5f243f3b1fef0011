/** Use cases of the contact directory: seeding from configuration, reading and maintaining entries. */
@NullMarked
package nl.jeugdlink.notificatie.contactpersoon.application;

import org.jspecify.annotations.NullMarked;
