package nl.jeugdlink.jbt.verzoek.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The table's evaluation of its decision at the evaluation moment (seed 002:483: in writing or in a new
 * talk at the table): what was found, whether the agreements were kept and what follows. Recorded by the
 * chair; it meets the deadline the evaluation moment started.
 */
public record Tafelevaluatie(Vorm vorm, Nakoming afsprakenNagekomen, Vervolg vervolg, String bevindingen, String vastgelegdDoor,
        Instant vastgelegdOp) {

    /** How the table evaluated. */
    public enum Vorm { SCHRIFTELIJK, AAN_TAFEL }

    /** Whether the decision's agreements, the safety agreements among them, were kept. */
    public enum Nakoming { JA, DEELS, NEE }

    /** What follows: the table's part ends; voluntary help goes on without a new evaluation; or the casus comes back with a new request. */
    public enum Vervolg { AFSLUITEN, VRIJWILLIG_VERDER, NIEUW_VERZOEK }

    /** Long enough for the table's findings, short enough to keep one request's document small. */
    public static final int MAX_BEVINDINGEN = 8_000;

    /** Every gap at once, by field. */
    static List<Formulier.Gebrek> gebreken(@Nullable Vorm vorm, @Nullable Nakoming nakoming, @Nullable Vervolg vervolg, String bevindingen) {
        List<Formulier.Gebrek> gebreken = new ArrayList<>();
        if (vorm == null) {
            gebreken.add(new Formulier.Gebrek("vorm", "verplicht", "Schriftelijk of aan tafel."));
        }
        if (nakoming == null) {
            gebreken.add(new Formulier.Gebrek("afsprakenNagekomen", "verplicht", "Zijn de afspraken nagekomen: JA, DEELS of NEE."));
        }
        if (vervolg == null) {
            gebreken.add(new Formulier.Gebrek("vervolg", "verplicht", "Wat volgt: AFSLUITEN, VRIJWILLIG_VERDER of NIEUW_VERZOEK."));
        }
        if (bevindingen.isBlank()) {
            gebreken.add(new Formulier.Gebrek("bevindingen", "verplicht", "Wat de evaluatie opleverde."));
        } else if (bevindingen.length() > MAX_BEVINDINGEN) {
            gebreken.add(new Formulier.Gebrek("bevindingen", "maximaleLengte", "Ten hoogste " + MAX_BEVINDINGEN + " tekens."));
        }
        return gebreken;
    }
}
