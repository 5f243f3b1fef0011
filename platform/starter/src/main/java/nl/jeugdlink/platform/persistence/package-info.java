/**
 * One way to write an aggregate document: insert-or-duplicate, and load by {@code _id}, change and
 * save under its {@code @Version} with one retry policy for lost races.
 */
@NullMarked
package nl.jeugdlink.platform.persistence;

import org.jspecify.annotations.NullMarked;
