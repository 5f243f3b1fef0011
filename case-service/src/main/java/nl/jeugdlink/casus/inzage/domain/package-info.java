/** The request for a child's data and its rounds: plain Java. */
@NullMarked
package nl.jeugdlink.casus.inzage.domain;

import org.jspecify.annotations.NullMarked;
