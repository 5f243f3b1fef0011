@NullMarked
package nl.jeugdlink.routing.aanbod.adapter.persistence;

import org.jspecify.annotations.NullMarked;
