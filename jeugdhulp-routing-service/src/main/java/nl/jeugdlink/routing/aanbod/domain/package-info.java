@NullMarked
package nl.jeugdlink.routing.aanbod.domain;

import org.jspecify.annotations.NullMarked;
