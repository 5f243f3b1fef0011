/** Care providers subscribe to what is addressed to their AGB code: signed webhooks and a change feed (issue 14). */
@NullMarked
package nl.jeugdlink.notificatie.webhook;

import org.jspecify.annotations.NullMarked;
