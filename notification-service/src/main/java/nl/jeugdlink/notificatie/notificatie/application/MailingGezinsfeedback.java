package nl.jeugdlink.notificatie.notificatie.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdlink.notificatie.notificatie.application.Aanleiding.GezinsfeedbackGevraagd;
import nl.jeugdlink.notificatie.notificatie.domain.GeparkeerdeGezinspost.Brief;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie.Betreft;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.notificatie.notificatie.domain.Omschrijvingen;
import nl.jeugdlink.notificatie.notificatie.domain.Sjabloon;
import org.jspecify.annotations.Nullable;

/**
 * The family's voice (seed 004, "Wat werkt"): after a conversation each parent with custody, and each child of 12 or
 * older, are asked how it went through a personal link the case-service sealed for this service (ADR 0011). Each
 * parent with an address gets their own link, so that one parent cannot answer for the other: the case-service makes
 * one per parent the screening named, both naming the parent by the same pseudonymous {@code ouderId}, and a link goes
 * only to the address of the parent it names - never by position: an address this service could not mail to is left
 * out, and would otherwise hand the next parent the wrong link (a casus of before has one parents' link, which goes to
 * every parent).
 * Each child's link goes to every parent's address in a letter that says it is meant for the child - the platform
 * holds no child's address. No names, no ids; the text (with the link, a bearer secret) is kept
 * encrypted and dropped once sent, as for every family mail ({@link Gezinspost}).
 */
public class MailingGezinsfeedback {

    /** The recipient of child {@code n}'s letter is the parent it goes through: {@code kind-1-via-biologische-moeder}. */
    static final String KIND = "kind-";

    private final Gezinspost post;
    private final Notificaties notificaties;
    private final Sjabloon ouder;
    private final Sjabloon kind;

    public MailingGezinsfeedback(Gezinspost post, Notificaties notificaties, Sjablonen sjablonen) {
        this.post = post;
        this.notificaties = notificaties;
        this.ouder = sjablonen.get(Sjablonen.GEZINSFEEDBACK_OUDER);
        this.kind = sjablonen.get(Sjablonen.GEZINSFEEDBACK_KIND);
    }

    /**
     * One personal link, opened from the event.
     *
     * @param voorKind for a child of 12 or older rather than a parent
     * @param ouderId the parent whose own link it is: it goes to that parent's address only; null for a child's link and
     *     for the parents' shared one (a casus whose screening named no parent), which goes to every parent
     */
    public record Link(boolean voorKind, String link, @Nullable String ouderId) {
    }

    /**
     * @return whether anything new was recorded
     * @throws SharingVerslagMetGezin.AndereAanmelding when the casus is known to come from another referral than the event says:
     *     its links would reach another family
     */
    public boolean gevraagd(String eventId, GezinsfeedbackGevraagd e, List<Link> links) {
        Optional<String> bekend = notificaties.aanmeldingVan(e.casusId());
        if (bekend.isPresent() && !bekend.get().equals(e.aanmeldingId())) {
            throw new SharingVerslagMetGezin.AndereAanmelding("casus " + e.casusId() + " came from referral " + bekend.get() + ", not " + e.aanmeldingId());
        }
        notificaties.koppelCasus(e.casusId(), e.aanmeldingId());
        Betreft betreft = new Betreft(e.aanmeldingId(), e.casusId(), e.gemeenteCode());
        Map<String, String> gesprek = Map.of(
                "datum", Omschrijvingen.datum(e.gehoudenOp()),
                "gesprek", Omschrijvingen.gesprek(e.soort()),
                "verlooptOp", Omschrijvingen.datum(e.linkVerlooptOp()));
        List<Brief.Variant> perOuder = new ArrayList<>();
        for (Link l : links) {
            if (!l.voorKind()) {
                perOuder.add(new Brief.Variant(l.ouderId(), met(gesprek, l.link())));
            }
        }
        boolean nieuw = perOuder.isEmpty() ? false : post.aanOuders(eventId, ouder, betreft, perOuder, null, "");
        int n = 0;
        for (Link l : links) {
            if (l.voorKind()) {
                n++;
                // Without the family's address the parents' undeliverable line (or the first child's) says it all; a contact
                // still to come parks each child's letter too.
                if (post.bereikbaar(e.aanmeldingId()) || post.wachtOpContact(e.aanmeldingId()) || (perOuder.isEmpty() && n == 1)) {
                    nieuw |= post.aanGezin(eventId, kind, betreft, met(gesprek, l.link()), null, KIND + n + "-via-");
                }
            }
        }
        return nieuw;
    }

    private static Map<String, String> met(Map<String, String> waarden, String link) {
        Map<String, String> met = new java.util.HashMap<>(waarden);
        met.put("link", link);
        return met;
    }
}
