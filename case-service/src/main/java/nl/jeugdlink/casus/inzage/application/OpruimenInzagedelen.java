package nl.jeugdlink.casus.inzage.application;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.jeugdlink.casus.inzage.domain.Inzageverzoeken;

/**
 * Removes the delivered parts of the requests whose export was complete longer than the retention period ago
 * ({@code jeugdlink.inzage.bewaartermijn}): what the platform gathered about a child is not kept longer than its handing over
 * needs. The request itself and its audit stay. Finds them by the due index, by day.
 */
public class OpruimenInzagedelen {

    private final Inzageverzoeken verzoeken;
    private final Duration bewaartermijn;

    public OpruimenInzagedelen(Inzageverzoeken verzoeken, Duration bewaartermijn) {
        this.verzoeken = verzoeken;
        this.bewaartermijn = bewaartermijn;
    }

    /** @return how many requests lost their parts now */
    public int ruimOp(Instant nu) {
        LocalDate vandaag = LocalDate.ofInstant(nu, ZoneOffset.UTC);
        int verwijderd = 0;
        for (String id : verzoeken.teVerwijderenTot(vandaag)) {
            if (verzoeken.wijzig(id, v -> v.verwijderDelen(nu, bewaartermijn) ? List.of() : null) == Inzageverzoeken.Uitkomst.GEWIJZIGD) {
                verwijderd++;
            }
        }
        // Today's entries may fall due later today: their day stays for the next sweep; the days before are done.
        verzoeken.afgehandeldVoor(vandaag);
        return verwijderd;
    }
}
