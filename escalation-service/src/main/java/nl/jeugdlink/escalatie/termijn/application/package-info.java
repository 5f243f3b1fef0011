/** Use cases of the deadline clock: applying reported facts to a traject, and sweeping for deadlines that passed. */
@NullMarked
package nl.jeugdlink.escalatie.termijn.application;

import org.jspecify.annotations.NullMarked;
