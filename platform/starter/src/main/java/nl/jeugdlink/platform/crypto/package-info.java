/** Encryption of single fields at rest (BSN): Google Tink, keys from configuration, rotation by keyset. */
@NullMarked
package nl.jeugdlink.platform.crypto;

import org.jspecify.annotations.NullMarked;
