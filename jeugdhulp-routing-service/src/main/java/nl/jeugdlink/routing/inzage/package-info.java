/**
 * The routing's part of a child's data on request (AVG art. 15, ADR 0031): the bepalingen, toewijzingen, route messages and JW315
 * requests about the child, and its casus as the routing knows it - never its BSN, nothing of another child.
 */
@NullMarked
package nl.jeugdlink.routing.inzage;

import org.jspecify.annotations.NullMarked;
