/** The iJw messages as XML, the wire format shared by the adapters that exchange them (like a contract module): records bound with Jackson XML, every message written or read checked against the project's XSD. */
@NullMarked
package nl.jeugdlink.routing.ijw.xml;

import org.jspecify.annotations.NullMarked;
