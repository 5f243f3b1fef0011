package nl.jeugdlink.routing.contract.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One municipality's contract with one care provider: the products it may deliver (a category, or a category with a product code
 * from the regional list) and the period. Replaced as a whole when the back office records it again.
 */
public record Contract(String gemeenteCode, String agbCode, List<Gecontracteerd> producten, LocalDate van, @Nullable LocalDate tot,
        Instant vastgelegdOp, String vastgelegdDoor) {

    private static final Pattern CATEGORIE = Pattern.compile("[0-9]{2}");
    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{1,5}");

    public Contract {
        producten = List.copyOf(producten);
    }

    /** A contracted product: a JZ020 category, and a code when the contract names one (without it the whole category). */
    public record Gecontracteerd(String categorie, @Nullable String code) {

        boolean dekt(String categorie, @Nullable String code) {
            return this.categorie.equals(categorie) && (this.code == null || this.code.equals(code));
        }
    }

    /** A rule the input breaks: field, rule, reason. */
    public record Overtreding(String veld, String regel, String reden) {
    }

    /**
     * Whether care from {@code ingangsdatum} on falls under this contract: the date within its period and the product contracted
     * (a generic toewijzing, budget without product, is covered by any product of a contract in force).
     */
    public boolean dekt(@Nullable String categorie, @Nullable String code, LocalDate ingangsdatum) {
        if (ingangsdatum.isBefore(van) || (tot != null && ingangsdatum.isAfter(tot))) {
            return false;
        }
        return categorie == null || producten.stream().anyMatch(p -> p.dekt(categorie, code));
    }

    /** Every rule the input breaks, all at once. */
    public List<Overtreding> controleer() {
        List<Overtreding> fouten = new ArrayList<>();
        if (tot != null && tot.isBefore(van)) {
            fouten.add(new Overtreding("tot", "na-van", "Het contract eindigt niet voor het begint."));
        }
        if (producten.isEmpty()) {
            fouten.add(new Overtreding("producten", "verplicht", "Ten minste een gecontracteerd product."));
        }
        Set<String> gezien = new HashSet<>();
        for (int i = 0; i < producten.size(); i++) {
            Gecontracteerd p = producten.get(i);
            if (!CATEGORIE.matcher(p.categorie()).matches()) {
                fouten.add(new Overtreding("producten[" + i + "].categorie", "JZ020", "Een productcategorie van 2 cijfers."));
            }
            if (p.code() != null && !CODE.matcher(p.code()).matches()) {
                fouten.add(new Overtreding("producten[" + i + "].code", "productcode", "Een productcode van 1 tot 5 tekens (cijfers, hoofdletters)."));
            }
            if (!gezien.add(p.categorie() + ":" + p.code())) {
                fouten.add(new Overtreding("producten[" + i + "]", "uniek", "Dit product staat er al eerder in."));
            }
        }
        return fouten;
    }
}
