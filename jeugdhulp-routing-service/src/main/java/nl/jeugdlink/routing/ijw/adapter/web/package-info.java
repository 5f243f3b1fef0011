/** A care provider's message API by its AGB code: iJw XML in, iJw XML out. */
@NullMarked
package nl.jeugdlink.routing.ijw.adapter.web;

import org.jspecify.annotations.NullMarked;
