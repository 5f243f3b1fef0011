/** Submitting a request and taking in the services' parts. */
@NullMarked
package nl.jeugdlink.casus.inzage.application;

import org.jspecify.annotations.NullMarked;
