/**
 * Contactpersonen: who the professionals are that JeugdLink writes to - name, e-mail address, role
 * and municipalities per pseudonymous medewerker id (Bouwsteen 2, "steunstructuur voor contactbeheer").
 * Events carry only the id; the address is looked up here.
 */
@NullMarked
package nl.jeugdlink.notificatie.contactpersoon;

import org.jspecify.annotations.NullMarked;
