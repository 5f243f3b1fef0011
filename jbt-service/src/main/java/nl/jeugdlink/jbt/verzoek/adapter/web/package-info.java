/** The request's REST API for professionals and the chair. */
@NullMarked
package nl.jeugdlink.jbt.verzoek.adapter.web;

import org.jspecify.annotations.NullMarked;
