package nl.jeugdlink.routing.aanbod.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What one contracted care provider offers: its contract (municipalities, period) and per product its
 * availability. A product has a waiting time in days or a number of free places, or both.
 *
 * @param bijgewerktOp when the provider last updated it
 */
public record Aanbod(String agbCode, String naam, Set<String> gemeenten, LocalDate contractVan, @Nullable LocalDate contractTot,
        List<Beschikbaarheid> producten, Instant bijgewerktOp) {

    private static final Pattern GEMEENTE = Pattern.compile("GM[0-9]{4}");
    private static final Pattern CATEGORIE = Pattern.compile("[0-9]{2}");
    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{1,5}");

    public Aanbod {
        gemeenten = Set.copyOf(gemeenten);
        producten = List.copyOf(producten);
    }

    /** One product (JZ020 category, code) with its availability. */
    public record Beschikbaarheid(String categorie, String code, @Nullable Integer wachttijdDagen, @Nullable Integer vrijePlaatsen) {

        public String sleutel() {
            return categorie + ":" + code;
        }
    }

    /** A rule the input breaks: field, rule, reason. */
    public record Overtreding(String veld, String regel, String reden) {
    }

    /** Every rule the input breaks, all at once. */
    public List<Overtreding> controleer() {
        List<Overtreding> fouten = new ArrayList<>();
        if (naam.isBlank() || naam.length() > 200) {
            fouten.add(new Overtreding("naam", "verplicht", "Een naam van 1 tot 200 tekens."));
        }
        if (gemeenten.isEmpty()) {
            fouten.add(new Overtreding("gemeenten", "verplicht", "Ten minste een gemeente die de zorgaanbieder contracteert."));
        }
        gemeenten.stream().filter(g -> !GEMEENTE.matcher(g).matches())
                .forEach(g -> fouten.add(new Overtreding("gemeenten", "cbs-code", g + " is geen CBS-code als GM0228.")));
        if (contractTot != null && contractTot.isBefore(contractVan)) {
            fouten.add(new Overtreding("contractTot", "na-contractVan", "Het contract eindigt niet voor het begint."));
        }
        if (producten.isEmpty()) {
            fouten.add(new Overtreding("producten", "verplicht", "Ten minste een gecontracteerd product."));
        }
        Set<String> gezien = new HashSet<>();
        for (int i = 0; i < producten.size(); i++) {
            Beschikbaarheid p = producten.get(i);
            String veld = "producten[" + i + "]";
            if (!CATEGORIE.matcher(p.categorie()).matches()) {
                fouten.add(new Overtreding(veld + ".categorie", "JZ020", "Een productcategorie van 2 cijfers."));
            }
            if (!CODE.matcher(p.code()).matches()) {
                fouten.add(new Overtreding(veld + ".code", "productcode", "Een productcode van 1 tot 5 tekens (cijfers, hoofdletters)."));
            }
            if (p.wachttijdDagen() == null && p.vrijePlaatsen() == null) {
                fouten.add(new Overtreding(veld, "beschikbaarheid", "Een wachttijd in dagen of een aantal vrije plaatsen."));
            }
            if ((p.wachttijdDagen() != null && p.wachttijdDagen() < 0) || (p.vrijePlaatsen() != null && p.vrijePlaatsen() < 0)) {
                fouten.add(new Overtreding(veld, "niet-negatief", "Wachttijd en vrije plaatsen zijn niet negatief."));
            }
            if (!gezien.add(p.sleutel())) {
                fouten.add(new Overtreding(veld, "uniek", "Dit product staat er al eerder in."));
            }
        }
        return fouten;
    }

    /** Whether it may be offered to this municipality on this day. */
    public boolean isGecontracteerd(String gemeente, LocalDate op) {
        return gemeenten.contains(gemeente) && !op.isBefore(contractVan) && (contractTot == null || !op.isAfter(contractTot));
    }
}
