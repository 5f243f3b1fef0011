package nl.jeugdlink.escalatie.escalatie.domain;

/** What happened in an escalation, with the escalation as it stood right after. */
public sealed interface EscalatieEvent {

    Escalatie escalatie();

    record Gestart(Escalatie escalatie) implements EscalatieEvent {
    }

    record StapGezet(Escalatie escalatie, Stap stap) implements EscalatieEvent {
    }

    record StapAfgerond(Escalatie escalatie, Stap stap) implements EscalatieEvent {
    }

    record GezinGeinformeerd(Escalatie escalatie, Gezinsinformatie informatie) implements EscalatieEvent {
    }

    record VerslagOpgesteld(Escalatie escalatie, Verslag verslag) implements EscalatieEvent {
    }

    /** Every participant approved: the minutes count for the learning report. */
    record VerslagGoedgekeurd(Escalatie escalatie, Verslag verslag) implements EscalatieEvent {
    }
}
