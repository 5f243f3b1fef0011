@NullMarked
package nl.jeugdlink.routing.contract.application;

import org.jspecify.annotations.NullMarked;
