/**
 * Verzoek tot bespreking of raadsonderzoek (Bijlage 3 of seed 000), with the safety plan it must carry.
 *
 * <p>Not built yet: this package marks where the feature goes (domain, application, adapter/...).
 */
@NullMarked
package nl.jeugdlink.jbt.verzoek;

import org.jspecify.annotations.NullMarked;
