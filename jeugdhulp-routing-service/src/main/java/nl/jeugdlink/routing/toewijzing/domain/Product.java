package nl.jeugdlink.routing.toewijzing.domain;

import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What is assigned: a JZ020 productcategorie and, for a specific toewijzing, a product code from the
 * regional product code list (at most 5 positions). The FoodValley list is not known to us, so the
 * code is checked for its form only (TR381 stays with the back office).
 */
public record Product(String categorie, @Nullable String code) {

    /** JZ020 as in the iJw 3.2 basisschema (LDT_ProductCategorie): the 2015 codes 31-38 and 40-55. */
    public static final Set<String> JZ020 = Set.of("31", "32", "33", "34", "35", "36", "37", "38",
            "40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53", "54", "55");

    public Product {
        Objects.requireNonNull(categorie, "categorie");
    }

    /** The same product for TR302: same category and same code. */
    boolean isHetzelfdeAls(Product ander) {
        return categorie.equals(ander.categorie) && Objects.equals(code, ander.code);
    }
}
