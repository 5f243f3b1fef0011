/**
 * The decision at the table - exactly one of four outcomes - and the report to parents and professional.
 *
 * <p>Not built yet: this package marks where the feature goes (domain, application, adapter/...).
 */
@NullMarked
package nl.jeugdlink.jbt.besluit;

import org.jspecify.annotations.NullMarked;
