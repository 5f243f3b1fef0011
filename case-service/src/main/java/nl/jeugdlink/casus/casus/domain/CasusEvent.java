package nl.jeugdlink.casus.casus.domain;

import java.time.Instant;

/** What happened to a casus, as the domain sees it; adapters map these to published contracts. */
public sealed interface CasusEvent {

    Casus casus();

    record Geopend(Casus casus) implements CasusEvent {
    }

    record RegisseurGekoppeld(Casus casus, String regisseurId, String vorigeDossierhouderId, String door, Instant op) implements CasusEvent {
    }

    record GesprekVastgelegd(Casus casus, Gesprek gesprek) implements CasusEvent {
    }

    /** The summary of the conversation goes to the family in writing (seed 000:189). */
    record VerslagGedeeldMetGezin(Casus casus, Gesprek gesprek) implements CasusEvent {
    }

    /** The family is asked how the conversation went (seed 004): one personal link per parent family and child of 12 or older. */
    record GezinsfeedbackGevraagd(Casus casus, Gesprek gesprek, java.util.List<Feedbacklink> links) implements CasusEvent {
    }

    record EersteContactGelegd(Casus casus, String gesprekId, Instant contactOp, String medewerkerId) implements CasusEvent {
    }

    record PlanVastgesteld(Casus casus, Instant op, String door) implements CasusEvent {
    }

    record HulpIngezet(Casus casus, Instant op, String door) implements CasusEvent {
    }

    /** A new version of the safety plan; its scores travel, its texts do not. */
    record VeiligheidsplanVastgesteld(Casus casus, Veiligheidsplan plan) implements CasusEvent {
    }

    /** An evaluation was held; its minutes are due (a deadline of the escalation-service). */
    record EvaluatieGehouden(Casus casus, Evaluatie evaluatie) implements CasusEvent {
    }

    record EvaluatieverslagVastgelegd(Casus casus, Evaluatie evaluatie, String door) implements CasusEvent {
    }

    record Afgesloten(Casus casus, Afsluiting afsluiting) implements CasusEvent {
    }
}
