package nl.jeugdlink.jbt.verzoek.domain;

/**
 * Which request of a casus is its latest: a casus can come back to the table after a decision, each time
 * with a request of its own, but only one is open at a time. The first request's id is the casus's own
 * (as every request stored before there could be more), each later one an id of its own.
 */
public interface Verzoekreeksen {

    /** The id of the casus's latest request (which may not be stored yet). */
    String laatste(String casusId);

    /**
     * Starts the casus's next request after {@code vorige}, which the table decided: its id. When another
     * filing started it first, the id of that one, so two racing filings meet on one request.
     */
    String volgendNa(String casusId, String vorige);
}
