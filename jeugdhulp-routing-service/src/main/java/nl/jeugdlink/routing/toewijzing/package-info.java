/**
 * Allocations to care providers (iJw JW301): the back office assigns care in a casus learned from the
 * case-service and gives the casus's client; a care provider sees only what is addressed to its AGB code,
 * fetches it as a JW301 message, and may decline it (ZorgaanbiederAfwijzing). Requests for allocation
 * (JW315) are received in {@code ijw}.
 */
@NullMarked
package nl.jeugdlink.routing.toewijzing;

import org.jspecify.annotations.NullMarked;
