package nl.jeugdlink.escalatie.termijn.domain;

import java.util.List;
import java.util.Optional;

/**
 * The fields of a reported event, read by the pointers a rule names ({@code /aanmeldingId},
 * {@code /gekoppeldeProfessionals/*}{@code /medewerkerId}): how the payload is parsed is the adapter's business.
 */
public interface Velden {

    /** The text at this pointer; empty when it is absent or null. */
    Optional<String> tekst(String pointer);

    /** Every text the pointer reaches, a {@code *} step fanning out over an array. */
    List<String> teksten(String pointer);
}
