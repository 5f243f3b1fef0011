/** The escalations of a traject as one Mongo document with its outbox. */
@NullMarked
package nl.jeugdlink.escalatie.escalatie.adapter.persistence;

import org.jspecify.annotations.NullMarked;
