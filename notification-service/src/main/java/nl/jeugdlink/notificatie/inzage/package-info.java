/** The notification-service's part of a child's data on request (AVG art. 15, ADR 0031): the messages about the child's family. */
@NullMarked
package nl.jeugdlink.notificatie.inzage;

import org.jspecify.annotations.NullMarked;
