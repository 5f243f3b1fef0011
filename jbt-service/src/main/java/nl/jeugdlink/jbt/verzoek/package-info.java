/** A request to the Jeugdbeschermingstafel (Bijlage 3 of seed 000): filed, returned by the chair, decided by the chair. */
@NullMarked
package nl.jeugdlink.jbt.verzoek;

import org.jspecify.annotations.NullMarked;
