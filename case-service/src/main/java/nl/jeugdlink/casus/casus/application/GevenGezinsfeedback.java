package nl.jeugdlink.casus.casus.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.casus.casus.domain.Feedbacklink;
import nl.jeugdlink.casus.casus.domain.Gezinsfeedback;

/**
 * The family's feedback page: opens a personal link and keeps the answer given through it on the
 * casus. No person is logged in - the sealed link is the credential - so no need-to-know check of a
 * professional here; the link itself names the casus and the conversation, and opens nothing else.
 */
public class GevenGezinsfeedback {

    /** What the page may show: whether this link was answered already; nothing of the casus itself. */
    public record Inzage(Feedbacklink link, String gemeenteCode, boolean beantwoord) {
    }

    /** The answer kept, with the municipality of the casus (an anonymous tag for the figures). */
    public record Gegeven(Feedbacklink link, Gezinsfeedback antwoord, String gemeenteCode) {
    }

    private final Casussen casussen;
    private final Feedbacklink.Zegel zegel;
    private final Clock clock;

    public GevenGezinsfeedback(Casussen casussen, Feedbacklink.Zegel zegel, Clock clock) {
        this.casussen = casussen;
        this.zegel = zegel;
        this.clock = clock;
    }

    /** @throws Feedbacklink.Geweigerd when the link does not open */
    public Inzage open(String token) {
        Feedbacklink link = zegel.open(token);
        Casus casus = casussen.find(casusId(link)).orElseThrow(() -> new Feedbacklink.Geweigerd(Feedbacklink.Weigering.ONBEKEND_GESPREK));
        casus.eisGeldig(link, clock.instant());
        return new Inzage(link, casus.gemeenteCode(), casus.beantwoord(link));
    }

    /**
     * Keeps the answer in one write of the casus (a concurrent second answer through the same link is
     * refused on the retry, as the write re-runs on the fresh casus).
     *
     * @param weergave how the one answering saw the scores (figures or pictograms)
     * @throws Feedbacklink.Geweigerd when the link does not open or was answered already
     */
    public Gegeven geef(String token, Gezinsfeedback.Scores scores, Gezinsfeedback.Weergave weergave) {
        Feedbacklink link = zegel.open(token);
        AtomicReference<Gezinsfeedback> antwoord = new AtomicReference<>();
        Casus casus = casussen.wijzig(casusId(link), c -> {
            antwoord.set(c.geefGezinsfeedback(link, scores, weergave, clock.instant()));
            return List.of();
        }).orElseThrow(() -> new Feedbacklink.Geweigerd(Feedbacklink.Weigering.ONBEKEND_GESPREK));
        return new Gegeven(link, antwoord.get(), casus.gemeenteCode());
    }

    private static CasusId casusId(Feedbacklink link) {
        return new CasusId(UUID.fromString(link.casusId()));
    }
}
