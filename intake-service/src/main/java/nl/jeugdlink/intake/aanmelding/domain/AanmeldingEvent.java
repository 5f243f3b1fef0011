package nl.jeugdlink.intake.aanmelding.domain;

/** What happened to an aanmelding, as the domain sees it; adapters map these to published contracts. */
public sealed interface AanmeldingEvent {

    record Ontvangen(Aanmelding aanmelding) implements AanmeldingEvent {
    }

    record Gescreend(Aanmelding aanmelding) implements AanmeldingEvent {
    }

    record Afgewezen(Aanmelding aanmelding) implements AanmeldingEvent {
    }

    record StartoverlegGepland(Aanmelding aanmelding) implements AanmeldingEvent {
    }

    /** The family's addresses go (sealed) to the notification-service when the referral is accepted. */
    record GezinscontactGedeeld(Aanmelding aanmelding) implements AanmeldingEvent {
    }
}
