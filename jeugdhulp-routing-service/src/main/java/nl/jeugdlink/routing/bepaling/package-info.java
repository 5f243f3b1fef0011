/**
 * The youth protector's determination of
 *
 * <p>Not built yet: this package marks where the feature goes (domain, application, adapter/...).
 */
@NullMarked
package nl.jeugdlink.routing.bepaling;

import org.jspecify.annotations.NullMarked;
