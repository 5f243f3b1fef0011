package nl.jeugdlink.escalatie.termijn.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The stored trajecten, each with its deadlines and its outgoing events in one record: the port
 * the use cases write through and the API reads through.
 */
public interface Trajecten {

    /** A traject as loaded, holding what the store needs to write it back without losing a concurrent change. */
    interface Geladen {

        Traject traject();

        /** Whether the inbound event with this id has already changed this traject. */
        boolean heeftVerwerkt(String eventId);
    }

    /** A deadline with the traject it belongs to, as the API shows it. */
    record TermijnVanTraject(String aanmeldingId, @Nullable String casusId, String gemeenteCode, Termijn termijn) {

        public String termijnId() {
            return termijn.id();
        }
    }

    /**
     * Which deadlines to find: every criterion given must hold.
     *
     * @param gemeenten the municipalities the asker may see; never empty in a query that returns anything
     * @param pagina 1-based
     */
    record Zoekvraag(@Nullable String casusId, @Nullable String aanmeldingId, @Nullable String medewerkerId,
            @Nullable String gemeenteCode, Set<String> gemeenten, Set<Status> statussen, int pagina, int paginaGrootte) {

        public Zoekvraag {
            gemeenten = Set.copyOf(gemeenten);
            statussen = Set.copyOf(statussen);
        }
    }

    record Pagina(List<TermijnVanTraject> termijnen, long totaal) {
    }

    /** One cell of the open-deadlines gauge. */
    record Telling(Soort soort, String gemeenteCode, Status status) {
    }

    Optional<Geladen> vind(String aanmeldingId);

    /**
     * Loads the traject of this referral (a new one without facts when none is stored yet), applies
     * {@code wijziging} and writes the traject with the events it caused and, if given, the id of the
     * inbound event applied, in one write. A write that lost the race to another (a second instance,
     * the outbox relay) is redone on the fresh copy, so two instances that both see a deadline pass
     * write its event once.
     *
     * @return the events written; empty when the inbound event {@code eventId} had already been applied
     */
    Optional<List<TermijnEvent>> wijzig(String aanmeldingId, String gemeenteCode, @Nullable String eventId,
            Function<Traject, List<TermijnEvent>> wijziging);

    /** One fact for {@link #wijzigAlle}: as the arguments of {@link #wijzig}. */
    record Opdracht(String aanmeldingId, String gemeenteCode, @Nullable String eventId, Function<Traject, List<TermijnEvent>> wijziging) {
    }

    /**
     * {@link #wijzig} for a poll's facts, in their order (two of one traject see each other's effect): per fact what
     * {@link #wijzig} answers. A store may write them together; a fact that changes nothing (no fact, deadline or event
     * the traject did not hold) need not be written at all. Anything thrown leaves the facts to be offered again, which a
     * store must recognise as applied where it wrote them.
     */
    default List<Optional<List<TermijnEvent>>> wijzigAlle(List<Opdracht> opdrachten) {
        return opdrachten.stream().map(o -> wijzig(o.aanmeldingId(), o.gemeenteCode(), o.eventId(), o.wijziging())).toList();
    }

    /** As {@link #wijzig}, for a stored traject only: empty, and nothing written, when there is none. */
    Optional<List<TermijnEvent>> wijzigBestaand(String aanmeldingId, Function<Traject, List<TermijnEvent>> wijziging);

    /** One change of a stored traject for {@link #wijzigAlleBestaand}: as the arguments of {@link #wijzigBestaand}. */
    record BestaandeOpdracht(String aanmeldingId, Function<Traject, List<TermijnEvent>> wijziging) {
    }

    /**
     * {@link #wijzigBestaand} for many stored trajecten (a sweep's), in their order: per change what {@link #wijzigBestaand}
     * answers. A store may write them together, as {@link #wijzigAlle} does a poll's facts.
     */
    default List<Optional<List<TermijnEvent>>> wijzigAlleBestaand(List<BestaandeOpdracht> opdrachten) {
        return opdrachten.stream().map(o -> wijzigBestaand(o.aanmeldingId(), o.wijziging())).toList();
    }

    /**
     * One sweep's worth of due deadlines, read from the due-index (not from the trajecten): its cost
     * grows with the deadlines due, not with those open.
     *
     * @param trajecten the referrals of trajecten with a deadline due by then, at most {@code hoogstens}
     * @param volledig whether that is all that is due (else the sweep stops here and the next one goes on)
     * @param voortgang the store's own note of what it read, handed back in {@link #afgerond}
     */
    record Ronde(Instant nu, List<String> trajecten, boolean volledig, Object voortgang) {

        public Ronde {
            trajecten = List.copyOf(trajecten);
        }
    }

    /** The trajecten with an open deadline that has passed by {@code nu}. */
    Ronde verstreken(Instant nu, int hoogstens);

    /** After the sweep handled a round: the due-index forgets what no longer waits, and moves on if it can. */
    void afgerond(Ronde ronde);

    /** The traject that holds this deadline. */
    Optional<Geladen> vindMetTermijn(String termijnId);

    /** The traject of this casus. */
    Optional<Geladen> vindMetCasus(String casusId);

    /** The municipalities of the trajecten with this casus or referral (at most one, but the store decides). */
    Set<String> gemeentenVan(@Nullable String casusId, @Nullable String aanmeldingId);

    /** Deadlines that fit the question, the most urgent (earliest uiterlijk) first. */
    Pagina zoek(Zoekvraag vraag);

    /** How many deadlines are still running, per soort, municipality and status. */
    Map<Telling, Long> lopend();
}
