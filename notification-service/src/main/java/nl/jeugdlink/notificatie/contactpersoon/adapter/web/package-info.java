/** The REST API a beheerder maintains the contact directory with. */
@NullMarked
package nl.jeugdlink.notificatie.contactpersoon.adapter.web;

import org.jspecify.annotations.NullMarked;
