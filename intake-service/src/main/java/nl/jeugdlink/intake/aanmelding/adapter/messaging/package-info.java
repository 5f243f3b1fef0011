/** Mapping of the intake's domain events onto its published event contracts. */
@NullMarked
package nl.jeugdlink.intake.aanmelding.adapter.messaging;

import org.jspecify.annotations.NullMarked;
