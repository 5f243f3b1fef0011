@NullMarked
package nl.jeugdlink.routing.aanbod.adapter.web;

import org.jspecify.annotations.NullMarked;
