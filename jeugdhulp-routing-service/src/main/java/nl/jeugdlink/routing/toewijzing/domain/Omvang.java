package nl.jeugdlink.routing.toewijzing.domain;

/** How much care: a volume of units per frequency (iJw CDT_Omvang). */
public record Omvang(int volume, Eenheid eenheid, Frequentie frequentie) {
}
