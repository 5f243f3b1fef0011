/** The requests, their BSN and parts encrypted, written through the platform's DocumentWriter. */
@NullMarked
package nl.jeugdlink.casus.inzage.adapter.persistence;

import org.jspecify.annotations.NullMarked;
