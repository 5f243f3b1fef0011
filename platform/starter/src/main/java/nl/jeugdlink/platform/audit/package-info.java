/** The audit trail (NEN 7513): every access to personal data, refusals included, append-only and hash-chained. */
@NullMarked
package nl.jeugdlink.platform.audit;

import org.jspecify.annotations.NullMarked;
