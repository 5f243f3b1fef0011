package nl.jeugdlink.routing.toewijzing.domain;

/** What happened to a casus's toewijzingen; an adapter maps each to its published contract. */
public sealed interface ToewijzingEvent {

    Casus casus();

    /**
     * The toewijzing whose JW301 this event makes due (ADR 0047): a new toewijzing, and a change or withdrawal of one - each is a JW301
     * to the provider. Nothing for the others (a decline, a start, a bepaling...).
     */
    default java.util.Optional<String> jw301() {
        return java.util.Optional.empty();
    }

    record Toegewezen(Casus casus, Toewijzing toewijzing) implements ToewijzingEvent {

        @Override
        public java.util.Optional<String> jw301() {
            return java.util.Optional.of(toewijzing.toewijzingId());
        }
    }

    /** The care provider declined the toewijzing (ZorgaanbiederAfwijzing); {@code toewijzing} carries the {@link Afwijzing}. */
    record Afgewezen(Casus casus, Toewijzing toewijzing) implements ToewijzingEvent {
    }

    /** Step 5: the declined toewijzing's search went to the network or the RET (ZoektochtIngeschakeld); its afwijzing carries the {@link Zoektocht}. */
    record ZoektochtIngeschakeld(Casus casus, Toewijzing afgewezen) implements ToewijzingEvent {
    }

    /** Step 5B: the RET discussed the declined toewijzing's case (RetBesproken); its zoektocht carries the {@link Zoektocht.Bespreking}. */
    record RetBesproken(Casus casus, Toewijzing afgewezen) implements ToewijzingEvent {
    }

    /**
     * Step 6: the search was escalated to the region's contact person (ZoektochtOpgeschaald); its zoektocht carries the
     * {@link Zoektocht.Opschaling}.
     *
     * @param bestuurlijk whether this escalation went to the administrators (a second one does, after a first that did not)
     */
    record ZoektochtOpgeschaald(Casus casus, Toewijzing afgewezen, java.time.Instant op, String door, boolean bestuurlijk)
            implements ToewijzingEvent {
    }

    /**
     * A new toewijzing to another provider closed the search a decline started (ZoektochtAfgesloten).
     *
     * @param afgewezen the declined toewijzing, its {@link Afwijzing} now closed
     * @param nieuw the new toewijzing
     */
    record ZoektochtAfgesloten(Casus casus, Toewijzing afgewezen, Toewijzing nieuw) implements ToewijzingEvent {
    }

    /** The back office brought the toewijzing's einddatum forward (an intrekking); {@code toewijzing} carries the {@link Toewijzing.Wijziging}. */
    record Gewijzigd(Casus casus, Toewijzing toewijzing) implements ToewijzingEvent {

        @Override
        public java.util.Optional<String> jw301() {
            return java.util.Optional.of(toewijzing.toewijzingId());
        }
    }

    /** The provider's JW305 was accepted; {@code toewijzing} carries the {@link Levering}. */
    record Gestart(Casus casus, Toewijzing toewijzing) implements ToewijzingEvent {
    }

    /** The provider's JW307 was accepted; {@code toewijzing} carries the stopped {@link Levering}. */
    record Gestopt(Casus casus, Toewijzing toewijzing) implements ToewijzingEvent {
    }

    /**
     * The provider withdrew its start or stop (StatusAanlevering 3).
     *
     * @param ingetrokken what was withdrawn: a start (its einddatum null) or a stop
     */
    record LeveringVerwijderd(Casus casus, Toewijzing toewijzing, Levering ingetrokken, boolean stop, java.time.Instant op)
            implements ToewijzingEvent {
    }

    /** A bepaling jeugdhulp is intended on route 301 or 315 (BepalingVoorgenomen): step 1's term runs from it. */
    record Voorgenomen(Casus casus, Voornemen voornemen) implements ToewijzingEvent {
    }

    /** Step 1 of an intended bepaling was held (LokaalTeamGeraadpleegd); {@code voornemen} carries the {@link Voornemen.Raadpleging}. */
    record Geraadpleegd(Casus casus, Voornemen voornemen) implements ToewijzingEvent {
    }

    /** The bepaling jeugdhulp was recorded (JeugdhulpBepaald), with the municipality the woonplaatsbeginsel makes responsible. */
    record Bepaald(Casus casus, Bepaling bepaling) implements ToewijzingEvent {
    }

    /** Route 315 step 4: the provider's JW315 for the bepaling's care arrived (BepalingAangevraagd); {@code bepaling} carries the {@link Bepaling.Aanvraag}. */
    record Aangevraagd(Casus casus, Bepaling bepaling) implements ToewijzingEvent {
    }
}
