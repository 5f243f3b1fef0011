package nl.jeugdlink.notificatie.notificatie.domain;

import java.util.List;
import java.util.Optional;

/**
 * Every message recorded, with its delivery state: the delivery log. Recording a deliverable message
 * hands it over for delivery; its state and attempts are read from there.
 */
public interface Notificaties {

    /** @return false when this message was already recorded (the same event delivered again) */
    boolean add(Notificatie notificatie);

    /**
     * {@link #add} for the messages of a consumer's poll, in their order: a store writes them in one bulk write.
     *
     * @return per message, by position, whether it was new (false also for a second one with the same id in the list)
     */
    default List<Boolean> addAll(List<Notificatie> notificaties) {
        return notificaties.stream().map(this::add).toList();
    }

    Optional<Notificatie> vind(String id);

    /**
     * The message as recorded, to compose it: its delivery state (status, attempts) as recorded with it, not read from the
     * delivery log as {@link #vind} does - the sender holds that delivery itself (one round trip less per mail, issue 11).
     */
    default Optional<Notificatie> vindOmTeVersturen(String id) {
        return vind(id);
    }

    /** The text of a family's message is dropped: the summary is theirs once it is in their mailbox (ADR 0011). Others keep theirs. */
    void vergeetTekstVanGezin(String id);

    /** {@link #vergeetTekstVanGezin(String)} for a message as it was just read: a store may decide without reading it again. */
    default void vergeetTekstVanGezin(Notificatie notificatie) {
        vergeetTekstVanGezin(notificatie.id());
    }

    /**
     * Remembers which referral a casus came from, so that messages about the referral are found by casus.
     * The first link stays: a casus comes from one referral.
     *
     * @return false when the casus was linked already
     */
    boolean koppelCasus(String casusId, String aanmeldingId);

    /** {@link #koppelCasus} for a poll's opened casussen, in their order; a store writes them in one bulk write. */
    default List<Boolean> koppelCasussen(List<Koppeling> koppelingen) {
        return koppelingen.stream().map(k -> koppelCasus(k.casusId(), k.aanmeldingId())).toList();
    }

    /** A casus and the referral it came from. */
    record Koppeling(String casusId, String aanmeldingId) {
    }

    /** The referral a casus came from, if a CasusGeopend (or another event naming both) told it. */
    Optional<String> aanmeldingVan(String casusId);

    /** About this casus, or about the referral it came from; oldest first. */
    List<Notificatie> overCasus(String casusId);

    List<Notificatie> overAanmelding(String aanmeldingId);

    List<Notificatie> voorOntvanger(String ontvangerId);

    /**
     * Remembers who filed a request to the Jeugdbeschermingstafel (JbtVerzoekIngediend): the planned
     * talk's event names the request only. A request filed again by someone else names the new requester.
     *
     * @return false when this requester was known already
     */
    boolean onthoudIndiener(String verzoekId, String indienerId);

    /** Who filed the request last, if its JbtVerzoekIngediend arrived. */
    Optional<String> indienerVan(String verzoekId);

    /**
     * Remembers who took part in an escalation meeting (EscalatieverslagOpgesteld), by the minutes' id: a breach of
     * the minutes' term names the minutes only. The first record stays.
     *
     * @return false when the minutes were known already
     */
    boolean onthoudDeelnemers(String verslagId, List<String> deelnemerIds);

    /** The meeting's participants, empty when its minutes were not seen. */
    List<String> deelnemersVan(String verslagId);
}
