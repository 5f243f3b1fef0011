/** Use cases on a request: filing, returning, deciding, and learning the casussen from the case-service. */
@NullMarked
package nl.jeugdlink.jbt.verzoek.application;

import org.jspecify.annotations.NullMarked;
