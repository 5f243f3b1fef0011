/** The casus events consumed and the request's published contracts. */
@NullMarked
package nl.jeugdlink.jbt.verzoek.adapter.messaging;

import org.jspecify.annotations.NullMarked;
