/**
 * The youth protector's determination of care (bepaling jeugdhulp): form, duration, volume per period, evaluation moments.
 *
 * <p>Built inside the casus aggregate of {@code nl.jeugdlink.routing.toewijzing} ({@code domain.Bepaling}, {@code DeterminingCare},
 * {@code BepalingController}), because its rules meet the toewijzing's there: the contract check with the official's approval is
 * decided when the back office assigns the care. This package stays empty until the bepaling has a life of its own (its event).
 */
@NullMarked
package nl.jeugdlink.routing.bepaling;

import org.jspecify.annotations.NullMarked;
