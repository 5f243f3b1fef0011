package nl.jeugdlink.notificatie.webhook.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdlink.notificatie.webhook.domain.Abonnement;
import nl.jeugdlink.notificatie.webhook.domain.Abonnementen;
import nl.jeugdlink.notificatie.webhook.domain.Ondertekening;
import org.jspecify.annotations.Nullable;

/** A provider registers, lists, changes and removes its own subscriptions; the secret is made here and kept on a change. */
public class BeherenAbonnementen {

    /** What a provider asks for. */
    public record Aanvraag(@Nullable String callbackUrl, @Nullable String auth, @Nullable List<String> kanalen, @Nullable List<String> gebeurtenissen) {
    }

    private final Abonnementen abonnementen;
    private final boolean httpOpLoopback;

    private final java.util.Set<String> gepubliceerdeVersies;

    /** @param gepubliceerdeVersies the CloudEvents types the platform publishes for the channel's event types (one per version) */
    public BeherenAbonnementen(Abonnementen abonnementen, boolean httpOpLoopback, java.util.Set<String> gepubliceerdeVersies) {
        this.abonnementen = abonnementen;
        this.httpOpLoopback = httpOpLoopback;
        this.gepubliceerdeVersies = java.util.Set.copyOf(gepubliceerdeVersies);
    }

    /** @throws Abonnement.Ongeldig naming every broken rule */
    public Abonnement registreer(String agbCode, Aanvraag aanvraag) {
        Abonnement nieuw = Abonnement.uit(UUID.randomUUID().toString(), agbCode, aanvraag.callbackUrl(), aanvraag.auth(), aanvraag.kanalen(),
                aanvraag.gebeurtenissen(), Ondertekening.nieuwGeheim(), httpOpLoopback, gepubliceerdeVersies);
        abonnementen.bewaar(nieuw);
        return nieuw;
    }

    public List<Abonnement> van(String agbCode) {
        return abonnementen.van(agbCode);
    }

    public Optional<Abonnement> vind(String agbCode, String id) {
        return abonnementen.vind(agbCode, id);
    }

    /** Empty when the provider has no subscription with this id. */
    public Optional<Abonnement> wijzig(String agbCode, String id, Aanvraag aanvraag) {
        return abonnementen.vind(agbCode, id).map(oud -> {
            Abonnement gewijzigd = Abonnement.uit(id, agbCode, aanvraag.callbackUrl(), aanvraag.auth(), aanvraag.kanalen(), aanvraag.gebeurtenissen(),
                    oud.geheim(), httpOpLoopback, gepubliceerdeVersies).metGeheimenVan(oud);
            abonnementen.bewaar(gewijzigd);
            return gewijzigd;
        });
    }

    /**
     * A new secret, shown once; the current one stays valid for {@code overlap} (a delivery carries both signatures).
     * Empty when the provider has no subscription with this id.
     */
    public Optional<Abonnement> roteerGeheim(String agbCode, String id, java.time.Instant nu, java.time.Duration overlap) {
        return abonnementen.vind(agbCode, id).map(oud -> {
            Abonnement geroteerd = oud.roteer(Ondertekening.nieuwGeheim(), nu.plus(overlap));
            abonnementen.bewaar(geroteerd);
            return geroteerd;
        });
    }

    public boolean verwijder(String agbCode, String id) {
        return abonnementen.verwijder(agbCode, id);
    }
}
