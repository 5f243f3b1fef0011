/** A child's data on request (AVG art. 15, ADR 0031): the beheerder's request, its two rounds over the services, and the export. */
@NullMarked
package nl.jeugdlink.casus.inzage;

import org.jspecify.annotations.NullMarked;
