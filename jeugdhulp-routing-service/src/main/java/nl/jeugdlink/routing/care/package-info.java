/**
 * form, duration, volume per period, evaluation moments.
 *
 * <p>Not built yet: this package marks where the feature goes (domain, application, adapter/...).
 */
@NullMarked
package nl.jeugdlink.routing.care;

import org.jspecify.annotations.NullMarked;
