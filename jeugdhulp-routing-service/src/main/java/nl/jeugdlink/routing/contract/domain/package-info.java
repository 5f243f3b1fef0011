@NullMarked
package nl.jeugdlink.routing.contract.domain;

import org.jspecify.annotations.NullMarked;
