/** The iJw messages as XML: records bound with Jackson XML, every message written or read checked against the project's XSD. */
@NullMarked
package nl.jeugdlink.routing.ijw.adapter.xml;

import org.jspecify.annotations.NullMarked;
