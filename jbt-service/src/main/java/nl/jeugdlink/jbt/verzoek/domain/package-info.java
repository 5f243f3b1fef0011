/** The request, its form, its decision and who may see it: plain Java. */
@NullMarked
package nl.jeugdlink.jbt.verzoek.domain;

import org.jspecify.annotations.NullMarked;
