package nl.jeugdlink.routing.ijw.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A care provider's request for allocation (JW315) as the routing reads it: who sent it to which
 * municipality, for which client, and the requested products by the provider's own reference.
 *
 * @param aanbieder the sender's AGB code
 * @param gemeente the CBS code of the municipality it is addressed to
 */
public record Verzoek(String aanbieder, String gemeente, String berichtIdentificatie, LocalDate dagtekening, String bsn,
        List<AangevraagdProduct> producten) {

    public Verzoek {
        producten = List.copyOf(producten);
    }

    /**
     * One requested product, with the omvang or budget the provider asks for (kept: its rules are checked here, and the back
     * office may grant what was asked).
     */
    public record AangevraagdProduct(String referentieAanbieder, @Nullable String categorie, @Nullable String code, LocalDate ingangsdatum,
            @Nullable LocalDate einddatum, @Nullable Omvang omvang, @Nullable Long budget) {

        /** The rules of its product block alone (IJW.md 1.6; the same as a toewijzing's, {@link Productregels}). */
        List<Productregels.Schending> productregels() {
            return Productregels.controleer(new Productregels.Blok(categorie != null, code, ingangsdatum, einddatum, omvang != null,
                    omvang == null ? null : omvang.eenheid(), omvang == null ? null : omvang.frequentie(), budget != null));
        }

        /**
         * TR386: the same product twice only in periods that do not overlap - without a code the category counts, without a
         * category any other product.
         */
        boolean overlaptMet(AangevraagdProduct ander) {
            boolean zelfdeProduct = categorie == null || ander.categorie == null
                    || categorie.equals(ander.categorie) && (code == null || ander.code == null || code.equals(ander.code));
            boolean begintVoorEindeVanAndere = ander.einddatum == null || !ingangsdatum.isAfter(ander.einddatum);
            boolean eindigtNaBeginVanAndere = einddatum == null || !einddatum.isBefore(ander.ingangsdatum);
            return zelfdeProduct && begintVoorEindeVanAndere && eindigtNaBeginVanAndere;
        }
    }

    /** An omvang as requested: volume, WJ756 eenheid and WMO757 frequentie by their codes (the XSD holds the lists). */
    public record Omvang(int volume, String eenheid, String frequentie) {
    }

    /** The events of the accepted request: one per requested product. */
    public List<VerzoekEvent> aangevraagd(String verzoekId, java.time.Instant ontvangenOp) {
        return producten.stream().<VerzoekEvent>map(p -> new VerzoekEvent.Aangevraagd(verzoekId, this, p, ontvangenOp)).toList();
    }

    /**
     * The rules this message breaks by itself, all at once (IJW.md 1.3-1.6): CS002 (11-proef), TR135
     * (dagtekening not after receipt), TR378 (a municipality of this region), TR383 (each
     * ReferentieAanbieder once in the message), per product the CD/CS rules of its block (CS003, CD041,
     * CD075-CD079, CS343; retourcode 0001) and TR386 (no overlapping requests for one product). Rules
     * needing what was received before are the use case's.
     */
    public Beoordeling controleer(LocalDate ontvangen, Set<String> regioGemeenten) {
        Beoordeling beoordeling = new Beoordeling();
        if (dagtekening.isAfter(ontvangen)) {
            beoordeling.bericht(Retourcode.DAGTEKENING_IN_TOEKOMST);
        }
        if (!regioGemeenten.contains(gemeente)) {
            beoordeling.bericht(Retourcode.ONTVANGER_ONBEKEND);
        }
        if (!Bsn.isGeldig(bsn)) {
            beoordeling.client(Retourcode.BSN_ELFPROEF);
        }
        Set<String> gezien = new HashSet<>();
        for (AangevraagdProduct product : producten) {
            if (!gezien.add(product.referentieAanbieder())) {
                beoordeling.product(product.referentieAanbieder(), Retourcode.REFERENTIE_DUBBEL_IN_BERICHT);
            }
            product.productregels().forEach(s -> beoordeling.product(product.referentieAanbieder(), Retourcode.productregel(s)));
        }
        for (int i = 0; i < producten.size(); i++) {
            for (int j = i + 1; j < producten.size(); j++) {
                if (producten.get(i).overlaptMet(producten.get(j))) {
                    beoordeling.product(producten.get(i).referentieAanbieder(), Retourcode.PRODUCT_OVERLAPT);
                    beoordeling.product(producten.get(j).referentieAanbieder(), Retourcode.PRODUCT_OVERLAPT);
                }
            }
        }
        return beoordeling;
    }
}
