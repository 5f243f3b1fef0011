package nl.jeugdlink.routing.toewijzing.application;

import java.util.Optional;
import nl.jeugdlink.routing.ijw.application.BeantwoordenVerzoek;
import nl.jeugdlink.routing.ijw.domain.Verzoek;
import nl.jeugdlink.routing.toewijzing.domain.Client;
import nl.jeugdlink.routing.toewijzing.domain.Clientgegevens;
import nl.jeugdlink.routing.toewijzing.domain.Regelschending;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingen;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingsopdracht;
import org.jspecify.annotations.Nullable;

/**
 * The back office honours a product a provider requested with a JW315 (315 route): it names the casus the care belongs to,
 * and the product becomes a toewijzing the way the 301 route makes one (rules, contract register, TR302, a ToewijzingNummer,
 * JeugdhulpToegewezen) whose JW301 is the answer - in the addressee's own casus, or in another municipality's casus under a bepaling
 * that makes the addressee responsible (woonplaatsbeginsel). The casus is the back office's choice, not derived: a JW315 carries only
 * the client's BSN, and the casus must have that same client (its client as given with {@code PUT .../client}) - so a JW301
 * never names another child than the one requested for. The product's answer is recorded after the toewijzing stood; a
 * crash in between leaves the product open with a toewijzing already made, and a second approval is then refused by TR302.
 */
public class HonouringVerzoek {

    private final BeantwoordenVerzoek beantwoorden;
    private final AssigningToewijzing assigning;
    private final Clientgegevens clienten;

    public HonouringVerzoek(BeantwoordenVerzoek beantwoorden, AssigningToewijzing assigning, Clientgegevens clienten) {
        this.beantwoorden = beantwoorden;
        this.assigning = assigning;
        this.clienten = clienten;
    }

    public Optional<BeantwoordenVerzoek.Gevonden> verzoek(String aanbieder, String referentieAanbieder) {
        return beantwoorden.verzoek(aanbieder, referentieAanbieder);
    }

    /**
     * @param omvang the volume the back office grants, or null with a budget; with neither, what the JW315 asked for is granted
     *     (IV094: the municipality may deviate from the requested omvang, so the body overrides it)
     */
    public Toewijzingen.InCasus wijsToe(BeantwoordenVerzoek.Gevonden gevonden, String referentieAanbieder, String casusId,
            Toewijzingsopdracht.@Nullable OmvangInvoer omvang, @Nullable Long budget, @Nullable String bepalingId, String door) {
        beantwoorden.nogOpen(gevonden, referentieAanbieder);
        Verzoek verzoek = gevonden.verzoek();
        Verzoek.AangevraagdProduct product = verzoek.producten().stream().filter(p -> p.referentieAanbieder().equals(referentieAanbieder))
                .findFirst().orElseThrow(() -> new Regelschending("ONBEKEND_PRODUCT", "referentieAanbieder", "Het verzoek noemt dit product niet."));
        // The addressee honours in its own casus, or - under the woonplaatsbeginsel - in another municipality's casus whose bepaling
        // (named) makes the addressee responsible: then it assigns as it does on the 301 route there, under its own number and Afzender.
        String geadresseerd = "GM" + verzoek.gemeente();
        boolean eigenCasus = assigning.gemeenteVan(casusId).equals(geadresseerd);
        boolean verantwoordelijk = bepalingId != null && assigning.verantwoordelijkeGemeente(casusId, bepalingId).filter(geadresseerd::equals).isPresent();
        if (!eigenCasus && !verantwoordelijk) {
            throw new Regelschending("ANDERE_GEMEENTE", "casusId", "De casus hoort bij een andere gemeente dan die waaraan het verzoek gericht is, "
                    + "en geen bepaling (bepalingId) van de casus maakt die gemeente volgens het woonplaatsbeginsel verantwoordelijk.");
        }
        Client client = clienten.find(casusId).orElseThrow(() -> new Regelschending("CLIENT_ONBEKEND", "casusId",
                "De client van deze casus is nog niet gegeven (PUT /api/v1/casussen/{casusId}/client)."));
        if (!client.bsn().equals(verzoek.bsn())) {
            throw new Regelschending("ANDERE_CLIENT", "casusId", "De client van deze casus is niet de client van het verzoek (BSN).");
        }
        Toewijzingsopdracht.@Nullable OmvangInvoer toegekend = omvang;
        @Nullable Long toegekendBudget = budget;
        if (omvang == null && budget == null) {
            Verzoek.Omvang gevraagd = product.omvang();
            toegekend = gevraagd == null ? null : new Toewijzingsopdracht.OmvangInvoer((long) gevraagd.volume(), gevraagd.eenheid(), gevraagd.frequentie());
            toegekendBudget = product.budget();
        }
        Toewijzingsopdracht opdracht = Toewijzingsopdracht.uit(new Toewijzingsopdracht.ParameterChecks(verzoek.aanbieder(),
                product.categorie() == null ? null : new Toewijzingsopdracht.ProductInvoer(product.categorie(), product.code()),
                product.ingangsdatum(), product.einddatum(), toegekend, toegekendBudget));
        Toewijzingen.InCasus toegewezen = assigning.wijsToe(casusId, opdracht, bepalingId, door, referentieAanbieder, java.util.Set.of(geadresseerd));
        beantwoorden.toegewezen(gevonden, referentieAanbieder, "T" + toegewezen.toewijzing().toewijzingNummer(),
                new nl.jeugdlink.routing.ijw.domain.Antwoord.Toewijzing(toegewezen.casusId(), toegewezen.toewijzing().toewijzingId()), door);
        return toegewezen;
    }
}
