package nl.jeugdlink.platform.persistence;

/**
 * Maps a feature's domain events to their contracts. The feature's configuration passes its
 * messaging adapter's mapper in, so the persistence adapter that stores the events never imports
 * the messaging adapter.
 */
@FunctionalInterface
public interface EventMapper<E> {

    ContractEvent toContract(E event);
}
