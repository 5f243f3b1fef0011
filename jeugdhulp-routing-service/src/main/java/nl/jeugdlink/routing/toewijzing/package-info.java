/**
 * Allocations to care providers (iJw JW301) and requests for allocation (JW315, answered by JW316/JW301/JW319).
 *
 * <p>Not built yet: this package marks where the feature goes (domain, application, adapter/...).
 */
@NullMarked
package nl.jeugdlink.routing.toewijzing;

import org.jspecify.annotations.NullMarked;
