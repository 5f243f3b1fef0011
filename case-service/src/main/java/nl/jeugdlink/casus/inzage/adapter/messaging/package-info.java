/** The protocol's contracts: the request sealed for the services, their parts opened. */
@NullMarked
package nl.jeugdlink.casus.inzage.adapter.messaging;

import org.jspecify.annotations.NullMarked;
