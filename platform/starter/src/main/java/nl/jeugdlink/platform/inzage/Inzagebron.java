package nl.jeugdlink.platform.inzage;

/**
 * What one service holds about a child, by the child's keys (ADR 0031). Selects by those keys only: items tied to another child
 * (a sibling's contacts, opinions, entries) are left out, family-level items stay. Working notes are never a source.
 */
public interface Inzagebron {

    /** The round this source answers: the intake {@link Ronde#SLEUTELS}, every other service {@link Ronde#DELEN}. */
    Ronde ronde();

    /** This service's part about the child the keys name; empty categories when it holds nothing. */
    Inzagedeel deelVoor(Kindsleutels sleutels);
}
