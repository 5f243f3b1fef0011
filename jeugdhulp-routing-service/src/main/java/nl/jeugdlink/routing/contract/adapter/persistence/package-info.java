@NullMarked
package nl.jeugdlink.routing.contract.adapter.persistence;

import org.jspecify.annotations.NullMarked;
