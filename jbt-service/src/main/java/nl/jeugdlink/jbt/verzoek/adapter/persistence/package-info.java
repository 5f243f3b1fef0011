/** Requests and known casussen in MongoDB, the form and decision encrypted at rest. */
@NullMarked
package nl.jeugdlink.jbt.verzoek.adapter.persistence;

import org.jspecify.annotations.NullMarked;
