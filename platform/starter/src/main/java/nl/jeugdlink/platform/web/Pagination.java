package nl.jeugdlink.platform.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The page a list request asks for (NLGov API Design Rules: {@code page} from 1 and {@code pageSize}),
 * read from the query string as text, so that a wrong value is a 400 naming the parameter and the
 * rule, never a conversion error.
 *
 * @param pagina the page number, from 1
 * @param grootte items per page
 */
public record Pagination(int pagina, int grootte) {

    public static final int STANDAARD_GROOTTE = 50;
    public static final int MAXIMALE_GROOTTE = 200;

    /** The page block of a list response. */
    public record PageResponse(int number, int size, long totalElements, long totalPages) {
    }

    /**
     * Reads both parameters; what is wrong is added to {@code fouten}, so that the caller reports it
     * together with its own findings (and then the defaults stand in).
     */
    public static Pagination uit(@Nullable String page, @Nullable String pageSize, List<InvalidParam> fouten) {
        return new Pagination(getal("page", page, 1, 1, Integer.MAX_VALUE / MAXIMALE_GROOTTE, fouten),
                getal("pageSize", pageSize, STANDAARD_GROOTTE, 1, MAXIMALE_GROOTTE, fouten));
    }

    /** This page of a result of {@code totaal} items in all. */
    public PageResponse antwoord(long totaal) {
        return new PageResponse(pagina, grootte, totaal, (totaal + grootte - 1) / grootte);
    }

    private static int getal(String naam, @Nullable String waarde, int standaard, int minimum, int maximum, List<InvalidParam> fouten) {
        if (waarde == null) {
            return standaard;
        }
        try {
            int getal = Integer.parseInt(waarde.trim());
            if (getal < minimum) {
                fouten.add(new InvalidParam(naam, "min", naam + " is ten minste " + minimum + "."));
            } else if (getal > maximum) {
                fouten.add(new InvalidParam(naam, "max", naam + " is hoogstens " + maximum + "."));
            } else {
                return getal;
            }
        } catch (NumberFormatException e) {
            fouten.add(new InvalidParam(naam, "type", naam + " is een geheel getal."));
        }
        return standaard;
    }
}
