/** When the inzage feature's own work runs: the removal of delivered parts, on a schedule. */
@NullMarked
package nl.jeugdlink.casus.inzage.adapter.planning;

import org.jspecify.annotations.NullMarked;
