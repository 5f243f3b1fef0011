/**
 * The youth protector's determination of care (bepaling jeugdhulp): form, duration, volume per period, evaluation moments.
 *
 * <p>Not built yet: this package marks where the feature goes (domain, application, adapter/...).
 */
@NullMarked
package nl.jeugdlink.routing.bepaling;

import org.jspecify.annotations.NullMarked;
