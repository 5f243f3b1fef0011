/**
 * Allocations to care providers (iJw JW301): the back office assigns care in a casus learned from the
 * case-service, and a care provider sees only what is addressed to its AGB code. Requests for
 * allocation (JW315, answered by JW316/JW301/JW319) are not built yet.
 */
@NullMarked
package nl.jeugdlink.routing.toewijzing;

import org.jspecify.annotations.NullMarked;
