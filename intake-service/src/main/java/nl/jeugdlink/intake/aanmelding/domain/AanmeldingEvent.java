package nl.jeugdlink.intake.aanmelding.domain;

/** What happened to an aanmelding, as the domain sees it; adapters map these to published contracts. */
public sealed interface AanmeldingEvent {

    record Ontvangen(Aanmelding aanmelding) implements AanmeldingEvent {
    }
}
