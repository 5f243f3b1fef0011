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

    public record AangevraagdProduct(String referentieAanbieder, @Nullable String categorie, @Nullable String code, LocalDate ingangsdatum,
            @Nullable LocalDate einddatum) {
    }

    /** The events of the accepted request: one per requested product. */
    public List<VerzoekEvent> aangevraagd(String verzoekId, java.time.Instant ontvangenOp) {
        return producten.stream().<VerzoekEvent>map(p -> new VerzoekEvent.Aangevraagd(verzoekId, this, p, ontvangenOp)).toList();
    }

    /**
     * The rules this message breaks by itself, all at once (IJW.md 1.3-1.6): CS002 (11-proef), TR135
     * (dagtekening not after receipt), TR378 (a municipality of this region) and TR383 (each
     * ReferentieAanbieder once in the message). Rules needing what was received before are the use case's.
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
        }
        return beoordeling;
    }
}
