package nl.jeugdlink.casus.casus.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The startoverleg of the referrer, the gedragswetenschapper and the coupled JeugdLink professional (seed 000 §6.2,
 * 000:165-167): the purpose of coupling JeugdLink, the mutual expectations, and the concrete agreements on task division,
 * information sharing, communication and record keeping. The Sociaal Team keeps regie. Its texts are stored encrypted.
 */
public record Startoverleg(Inhoud inhoud, String vastgelegdDoor, Instant vastgelegdOp) {

    /** @param deelnemers the professionals present (ids) */
    public record Inhoud(LocalDate gehoudenOp, List<String> deelnemers, String doel, String verwachtingen, String taakverdeling,
            String informatiedeling, String communicatie, String dossiervorming) {

        @Override
        public String toString() {
            return "Startoverleg.Inhoud[" + gehoudenOp + ", verborgen]";
        }
    }
}
