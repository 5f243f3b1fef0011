/** The rule table as configured (jeugdlink.termijnen.soorten and .team), bound and turned into the domain's rules. */
@NullMarked
package nl.jeugdlink.escalatie.termijn.adapter.regels;

import org.jspecify.annotations.NullMarked;
