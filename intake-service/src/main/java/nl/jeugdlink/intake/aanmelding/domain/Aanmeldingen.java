package nl.jeugdlink.intake.aanmelding.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** All referrals, and the port through which they are stored with their events in one write. */
public interface Aanmeldingen {

    /**
     * Stores a new referral together with its events.
     *
     * @return false when a referral with this id already exists (nothing was changed)
     */
    boolean add(Aanmelding aanmelding, List<AanmeldingEvent> events);

    Optional<Aanmelding> find(AanmeldingId id);

    /** The referrals naming a child with this BSN, found by a lookup (never by reading every referral). */
    List<Aanmelding> metKindMetBsn(Bsn bsn);

    /** The municipality of a referral, without reading (and decrypting) the rest of it. */
    Optional<Gemeente> gemeenteVan(AanmeldingId id);

    /**
     * Applies a step to the stored referral and stores the result with its events in one write.
     * A concurrent change makes the step run again on the newer state, so no decision is lost or
     * taken on a stale referral.
     *
     * @return the result, or empty when there is no such referral
     */
    Optional<Aanmelding.Resultaat> wijzig(AanmeldingId id, Function<Aanmelding, Aanmelding.Resultaat> stap);

    /**
     * The open caseload per professional: accepted referrals they are coupled to whose casus is
     * not closed yet. Professionals without any are present with 0.
     */
    Map<String, Long> caseload(Collection<String> medewerkerIds);

    /**
     * The referrals of one municipality still waiting for screening (the screeners' worklist), in no
     * particular order: the backlog, not every referral ever received.
     */
    List<WachtendeAanmelding> wachtendOpScreening(Gemeente gemeente);

    /**
     * Records that the casus of this referral was closed, so it leaves the caseload.
     *
     * @return false when the event was seen before or the referral is unknown
     */
    boolean casusAfgesloten(AanmeldingId id, String eventId);
}
