/**
 * Supply: the care providers contracted in the region (AGB code, name, municipalities, products, contract
 * period) and their availability per product (waiting time or free places, when last updated), kept
 * current by the provider itself; read per product, ordered by waiting time (seed 002, Bouwsteen 5).
 */
@NullMarked
package nl.jeugdlink.routing.aanbod;

import org.jspecify.annotations.NullMarked;
