/** REST plumbing: problem+json, request limits, the NLGov version header and OpenAPI defaults. */
@NullMarked
package nl.jeugdlink.platform.web;

import org.jspecify.annotations.NullMarked;
