/**
 * Every deadline of the platform in Dutch working days, started, stopped and met by events; TermijnOverschreden exactly once.
 *
 * <p>Not built yet: this package marks where the feature goes (domain, application, adapter/...).
 */
@NullMarked
package nl.jeugdlink.escalatie.termijn;

import org.jspecify.annotations.NullMarked;
