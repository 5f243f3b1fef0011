/** The toewijzing API: the back office assigns, the care provider reads only what is addressed to its AGB code. */
@NullMarked
package nl.jeugdlink.routing.toewijzing.adapter.web;

import org.jspecify.annotations.NullMarked;
