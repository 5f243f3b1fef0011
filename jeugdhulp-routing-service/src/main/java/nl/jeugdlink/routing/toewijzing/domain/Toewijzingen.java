package nl.jeugdlink.routing.toewijzing.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The toewijzingen over all casussen, for reading: by id, per care provider, per municipality or casus. */
public interface Toewijzingen {

    /** A toewijzing with the casus it belongs to. */
    record InCasus(Toewijzing toewijzing, String casusId, String aanmeldingId, String gemeenteCode) {
    }

    /**
     * What to look for. Either {@code agbCode} (a care provider: only its own) or {@code gemeenten}
     * (the asker's municipalities) limits the answer; {@code casusId} narrows it further.
     *
     * @param pagina 1-based
     */
    record Zoekvraag(@Nullable String agbCode, @Nullable Set<String> gemeenten, @Nullable String casusId, int pagina, int paginaGrootte) {
    }

    record Pagina(List<InCasus> toewijzingen, long totaal) {
    }

    Optional<InCasus> find(String toewijzingId);

    /** The toewijzing under an iJw ToewijzingNummer of a municipality (CBS code with GM), as a JW305/JW307 names it. */
    Optional<InCasus> findOpNummer(String gemeenteCode, long toewijzingNummer);

    Pagina zoek(Zoekvraag vraag);
}
