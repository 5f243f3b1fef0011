@NullMarked
package nl.jeugdlink.routing.aanbod.application;

import org.jspecify.annotations.NullMarked;
