/** Who may see which child's data: token verification, roles and municipalities, checked in every service. */
@NullMarked
package nl.jeugdlink.platform.security;

import org.jspecify.annotations.NullMarked;
