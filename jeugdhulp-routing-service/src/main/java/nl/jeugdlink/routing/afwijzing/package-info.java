/**
 * What follows a care provider's decline: the search in the provider network or at the Regionaal Expertteam (step 5) and
 * the GI team leader's escalation to the region (step 6).
 *
 * <p>Not built yet: the decline itself ({@code ZorgaanbiederAfwijzing}) lives with the toewijzing it declines, in
 * {@code toewijzing}; this package marks where steps 5 and 6 go.
 */
@NullMarked
package nl.jeugdlink.routing.afwijzing;

import org.jspecify.annotations.NullMarked;
