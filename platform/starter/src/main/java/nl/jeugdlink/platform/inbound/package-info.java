/** Reading received events and recognising the ones that cannot be applied. */
@NullMarked
package nl.jeugdlink.platform.inbound;

import org.jspecify.annotations.NullMarked;
