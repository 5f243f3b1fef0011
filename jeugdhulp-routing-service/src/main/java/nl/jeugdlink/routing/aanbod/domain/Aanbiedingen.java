package nl.jeugdlink.routing.aanbod.domain;

import java.util.List;
import java.util.Optional;

/** The providers' supply: per provider, and per product the providers offering it. */
public interface Aanbiedingen {

    /** Stores a provider's supply, replacing what it gave before (also under the products it no longer offers). */
    void bewaar(Aanbod aanbod);

    Optional<Aanbod> find(String agbCode);

    /** The providers offering a product (category and code), as each last gave it. */
    List<Aanbod> perProduct(String categorie, String code);
}
