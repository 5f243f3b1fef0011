/** The use cases: taking in an opened casus, assigning care to a care provider. */
@NullMarked
package nl.jeugdlink.routing.toewijzing.application;

import org.jspecify.annotations.NullMarked;
