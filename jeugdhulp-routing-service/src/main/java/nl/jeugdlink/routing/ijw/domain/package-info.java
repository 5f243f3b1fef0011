/** Plain Java: the BSN 11-proef, iJw retourcodes, a request for allocation (JW315) and the rules it is checked against. */
@NullMarked
package nl.jeugdlink.routing.ijw.domain;

import org.jspecify.annotations.NullMarked;
