package nl.jeugdlink.notificatie.notificatie.application;

/**
 * One event of a consumer's poll as a use case that records a poll at once takes it: the event's id (the messages' ids follow
 * from it) and what it says in this service's terms.
 *
 * @param <A> the {@link Aanleiding}
 */
public record Voorval<A extends Aanleiding>(String eventId, A aanleiding) {
}
