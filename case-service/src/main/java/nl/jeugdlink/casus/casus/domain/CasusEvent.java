package nl.jeugdlink.casus.casus.domain;

/** What happened to a casus, as the domain sees it; adapters map these to published contracts. */
public sealed interface CasusEvent {

    record Geopend(Casus casus) implements CasusEvent {
    }
}
