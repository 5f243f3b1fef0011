package nl.jeugdlink.notificatie.notificatie.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every message recorded for delivery, with its delivery state: the delivery log. */
public interface Notificaties {

    /** @return false when this message was already recorded (the same event delivered again) */
    boolean add(Notificatie notificatie);

    Optional<Notificatie> vind(String id);

    /**
     * Takes a waiting message whose time has come for one sending attempt: its next attempt moves to
     * {@code claimTot}, so that the sweep and an immediate send never send it at the same time. If
     * the sender dies meanwhile, the claim runs out and the sweep tries again.
     */
    Optional<Notificatie> claim(String id, Instant nu, Instant claimTot);

    /** @param tekstVergeten the text is dropped: the family's summary is theirs once it is in their mailbox (ADR 0011) */
    void verzonden(String id, Instant op, int pogingen, boolean tekstVergeten);

    void mislukt(String id, Instant op, int pogingen, String fout, Instant volgendePogingNa);

    /** Not tried (circuit open): only the next attempt moves. */
    void uitstellen(String id, String reden, Instant volgendePogingNa);

    /** A message not yet accepted by the mail server: which, from which template, and when it may next be tried. */
    record Wachtend(String id, String sjabloon, Instant volgendePogingNa) {
    }

    /**
     * Every waiting message, in one read: the delivery round takes from it both what is due and how
     * many wait per template (normally next to none: a message is sent the moment it is recorded).
     */
    List<Wachtend> wachtend();

    /** Remembers which referral a casus came from, so that messages about the referral are found by casus. */
    void koppelCasus(String casusId, String aanmeldingId);

    /** The referral a casus came from, if a CasusGeopend (or another event naming both) told it. */
    Optional<String> aanmeldingVan(String casusId);

    /** About this casus, or about the referral it came from; oldest first. */
    List<Notificatie> overCasus(String casusId);

    List<Notificatie> overAanmelding(String aanmeldingId);

    List<Notificatie> voorOntvanger(String ontvangerId);
}
