/**
 * Weekly slots; a talk within 1.5 to 2 weeks of the request, a neighbouring table when the wait is longer.
 *
 * <p>Not built yet: this package marks where the feature goes (domain, application, adapter/...).
 */
@NullMarked
package nl.jeugdlink.jbt.planning;

import org.jspecify.annotations.NullMarked;
