/**
 * A care provider declining an allocation (ZorgaanbiederAfwijzing), and the step to the network or the RET.
 *
 * <p>Not built yet: this package marks where the feature goes (domain, application, adapter/...).
 */
@NullMarked
package nl.jeugdlink.routing.afwijzing;

import org.jspecify.annotations.NullMarked;
