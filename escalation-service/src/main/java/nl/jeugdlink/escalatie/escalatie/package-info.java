/**
 * The escalation model (seed 002, Bouwsteen 6): three situations, three steps, the family informed.
 *
 * <p>Not built yet: this package marks where the feature goes (domain, application, adapter/...).
 */
@NullMarked
package nl.jeugdlink.escalatie.escalatie;

import org.jspecify.annotations.NullMarked;
