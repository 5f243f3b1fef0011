/** The beheerder's REST: the request, its progress and the export as JSON and HTML. */
@NullMarked
package nl.jeugdlink.casus.inzage.adapter.web;

import org.jspecify.annotations.NullMarked;
