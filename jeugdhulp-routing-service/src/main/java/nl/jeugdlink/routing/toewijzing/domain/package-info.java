/** Plain Java: the casus as the routing knows it, its toewijzingen (JW301) and the iJw rules checkable on our own data. */
@NullMarked
package nl.jeugdlink.routing.toewijzing.domain;

import org.jspecify.annotations.NullMarked;
