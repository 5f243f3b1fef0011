/** Dead-lettered records of a service's consumer bindings for its beheerder: how many, what (without personal data), and replaying them after a fix. */
@NullMarked
package nl.jeugdlink.platform.deadletter;

import org.jspecify.annotations.NullMarked;
