@NullMarked
package nl.jeugdlink.routing.contract.adapter.web;

import org.jspecify.annotations.NullMarked;
