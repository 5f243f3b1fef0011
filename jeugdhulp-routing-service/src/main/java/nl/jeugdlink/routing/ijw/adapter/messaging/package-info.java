/** The JW315 request's events as published contracts (ids and codes, no BSN). */
@NullMarked
package nl.jeugdlink.routing.ijw.adapter.messaging;

import org.jspecify.annotations.NullMarked;
