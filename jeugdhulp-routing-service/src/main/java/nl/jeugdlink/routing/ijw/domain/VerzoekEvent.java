package nl.jeugdlink.routing.ijw.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * What happens to a JW315 request, per requested product: it was accepted ({@link Aangevraagd}) and the municipality answered it
 * ({@link Beantwoord}). Stored on the request's own document and published from there, so the answer and its event are one write.
 */
public sealed interface VerzoekEvent {

    String verzoekId();

    /** The requested product, by its unique key (TR347: a ReferentieAanbieder once per provider): the deadlines' subject. */
    static String aanvraagId(String aanbieder, String referentieAanbieder) {
        return UUID.nameUUIDFromBytes((aanbieder + ":" + referentieAanbieder).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** One requested product of an accepted request; the 5 working days of its answer (OP274) run from {@code ontvangenOp}. */
    record Aangevraagd(String verzoekId, Verzoek verzoek, Verzoek.AangevraagdProduct product, Instant ontvangenOp) implements VerzoekEvent {
    }

    /** The municipality's answer to one requested product. */
    record Beantwoord(String verzoekId, Verzoek verzoek, String referentieAanbieder, Antwoord antwoord) implements VerzoekEvent {
    }
}
