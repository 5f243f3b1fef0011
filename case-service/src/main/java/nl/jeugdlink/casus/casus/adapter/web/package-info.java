/** The REST API of the casus. */
@NullMarked
package nl.jeugdlink.casus.casus.adapter.web;

import org.jspecify.annotations.NullMarked;
