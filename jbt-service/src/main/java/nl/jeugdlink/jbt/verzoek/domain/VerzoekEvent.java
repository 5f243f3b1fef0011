package nl.jeugdlink.jbt.verzoek.domain;

/** What happened to a request; the messaging adapter maps each to its contract. */
public sealed interface VerzoekEvent {

    Verzoek verzoek();

    record Ingediend(Verzoek verzoek) implements VerzoekEvent {
    }

    record Gepland(Verzoek verzoek, Planning planning) implements VerzoekEvent {
    }

    record WachttijdOverschreden(Verzoek verzoek, Wachttijd wachttijd) implements VerzoekEvent {
    }

    record Teruggestuurd(Verzoek verzoek, Terugsturing terugsturing) implements VerzoekEvent {
    }

    record BesluitGenomen(Verzoek verzoek, Besluit besluit) implements VerzoekEvent {
    }

    /** Outcomes 3 and 4: what the Raad voor de Kinderbescherming needs to start. */
    record RaadsonderzoekGevraagd(Verzoek verzoek, Besluit besluit) implements VerzoekEvent {
    }

    /** The raadsmedewerker for the Raad's independent test is assigned: invited by name. */
    record RaadsmedewerkerToegewezen(Verzoek verzoek, String door, java.time.Instant op) implements VerzoekEvent {
    }

    /**
     * The planned talk moved to another time (its moment's time of day was changed): everyone invited is invited again.
     *
     * @param eerder the planning before the move
     */
    record Verplaatst(Verzoek verzoek, Planning eerder, Planning nu, String door, java.time.Instant op) implements VerzoekEvent {
    }

    /** The table evaluated its decision. */
    record EvaluatieVastgelegd(Verzoek verzoek, Tafelevaluatie evaluatie) implements VerzoekEvent {
    }

    /**
     * The chair made the parents a new link to a version already recorded, expiring at {@code linkVerlooptOp}:
     * it is to be mailed to them as the first link was; the requester has had this version.
     */
    record OuderlinkVernieuwd(Verzoek verzoek, Verslag.Versie versie, java.time.Instant linkVerlooptOp, String door, java.time.Instant op)
            implements VerzoekEvent {
    }

    /** A version of the report is recorded: the parents and the requester are to be sent it. */
    record VerslagGereed(Verzoek verzoek, Verslag.Versie versie) implements VerzoekEvent {
    }
}
