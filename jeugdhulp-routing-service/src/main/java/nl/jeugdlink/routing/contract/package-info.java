/**
 * The municipality's contract register: which care provider it contracted for which products in which period, kept by its back
 * office. It decides whether a toewijzing is contracted care (the provider's own supply statement does not); a municipality that keeps
 * no register yet is not checked.
 */
@NullMarked
package nl.jeugdlink.routing.contract;

import org.jspecify.annotations.NullMarked;
