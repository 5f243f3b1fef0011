/** The embedded mail server of {@code ./jeugdlink run}: SMTP and IMAP (GreenMail) and a read-only page of what was sent. */
package nl.jeugdlink.infra.mail;
