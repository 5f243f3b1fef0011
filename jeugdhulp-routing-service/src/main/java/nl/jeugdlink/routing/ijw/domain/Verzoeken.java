package nl.jeugdlink.routing.ijw.domain;

import java.util.List;
import java.util.Optional;

/**
 * What the municipality received from care providers, holding the rules across messages by unique
 * keys, never by searching: a BerichtIdentificatie once per sender and kind (TR056), a
 * ReferentieAanbieder once per provider (TR347), one open request per client per provider (TR374).
 * Each {@code reserveer*} claims its key and says false when it was already taken.
 */
public interface Verzoeken {

    boolean reserveerBericht(String afzender, String berichtCode, String identificatie);

    boolean reserveerReferentie(String aanbieder, String referentieAanbieder, String verzoekId);

    void geefReferentieVrij(String aanbieder, String referentieAanbieder, String verzoekId);

    boolean reserveerOpenVerzoek(String aanbieder, String bsn, String verzoekId);

    void geefOpenVerzoekVrij(String aanbieder, String bsn, String verzoekId);

    /** Stores an accepted request under its id (the client's BSN protected at rest by the adapter), with its events in the same write. */
    void bewaar(String verzoekId, Verzoek verzoek, List<VerzoekEvent> events);

    Optional<Verzoek> find(String verzoekId);

    /** A requested product still waiting for its final answer (a JW301 or a JW319 rejection), as the back office's list names it. */
    record OpenProduct(String aanbieder, String referentieAanbieder, String verzoekId, java.time.LocalDate dagtekening) {
    }

    /** The municipality's requested products without a final answer, read by {@code _id} (the municipality's CBS code). */
    java.util.List<OpenProduct> openVoor(String gemeente);

    /** A product of a request to the municipality got its final answer: off the municipality's list. */
    void productBeantwoord(String gemeente, String aanbieder, String referentieAanbieder);

    /** An accepted request as its client's list names it: which provider asked, and when the request was accepted. */
    record VanClient(String verzoekId, String aanbieder, java.time.Instant ontvangenOp) {
    }

    /**
     * Puts an accepted request on its client's list, kept under the keyed BSN hash ({@code _id}, never the BSN): called before the request
     * is stored, so a crash in between leaves an entry without its request, which {@link #vanClient}'s callers check with {@link #find}.
     */
    void registreerVoorClient(String bsn, VanClient verzoek);

    /** The accepted requests for a client, oldest first, by {@code _id} (the keyed BSN hash): never a scan. */
    java.util.List<VanClient> vanClient(String bsn);

    /** The request a provider's ReferentieAanbieder belongs to, by the TR347 key. */
    Optional<String> verzoekMet(String aanbieder, String referentieAanbieder);
}
