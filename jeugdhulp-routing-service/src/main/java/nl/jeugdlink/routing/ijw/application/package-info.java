/** Use cases on iJw messages: receiving a care provider's request for allocation (JW315) and answering it with its retour. */
@NullMarked
package nl.jeugdlink.routing.ijw.application;

import org.jspecify.annotations.NullMarked;
