/** The casus feature's part of a child's data on request (ADR 0031). */
@NullMarked
package nl.jeugdlink.casus.casus.adapter.inzage;

import org.jspecify.annotations.NullMarked;
