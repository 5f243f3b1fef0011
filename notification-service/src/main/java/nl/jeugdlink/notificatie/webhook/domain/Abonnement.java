package nl.jeugdlink.notificatie.webhook.domain;

import java.net.URI;
import java.time.Instant;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A care provider's subscription, modelled on the VNG Notificaties API's abonnement: where to deliver
 * ({@code callbackUrl}), what to put in the Authorization header there ({@code auth}), and which
 * events of which channel ({@code kanalen}, with the event types as filter). The secret signs every
 * delivery (Standard Webhooks); it is generated here and shown once.
 *
 * @param gebeurtenissen the event types wanted; empty means every type of the channel
 */
public record Abonnement(String id, String agbCode, URI callbackUrl, @Nullable String auth, String kanaal, Set<String> gebeurtenissen, String geheim,
        @Nullable String vorigGeheim, @Nullable Instant vorigGeheimTot) {

    public Abonnement(String id, String agbCode, URI callbackUrl, @Nullable String auth, String kanaal, Set<String> gebeurtenissen, String geheim) {
        this(id, agbCode, callbackUrl, auth, kanaal, gebeurtenissen, geheim, null, null);
    }

    /**
     * A new secret; the current one keeps signing beside it until {@code tot} (Standard Webhooks: a delivery carries a
     * signature per valid secret), so the receiver can switch without losing a delivery.
     */
    public Abonnement roteer(String nieuwGeheim, Instant tot) {
        return new Abonnement(id, agbCode, callbackUrl, auth, kanaal, gebeurtenissen, nieuwGeheim, geheim, tot);
    }

    /** The same subscription with another callback, auth and filter: the secrets (and a rotation's overlap) stay. */
    public Abonnement metGeheimenVan(Abonnement oud) {
        return new Abonnement(id, agbCode, callbackUrl, auth, kanaal, gebeurtenissen, oud.geheim(), oud.vorigGeheim(), oud.vorigGeheimTot());
    }

    /** The secrets a delivery is signed with now: the current one first, the previous one while its overlap lasts. */
    public List<String> geldigeGeheimen(Instant nu) {
        return vorigGeheim != null && vorigGeheimTot != null && nu.isBefore(vorigGeheimTot) ? List.of(geheim, vorigGeheim) : List.of(geheim);
    }

    /** The one channel today: the routing's toewijzingen of this provider. */
    public static final String TOEWIJZINGEN = "toewijzingen";
    /**
     * The allocation, its change and withdrawal, the provider's refusal, start and stop; and the route messages of the
     * provider's own iJw requests (a JW315 accepted: {@code JeugdhulpAangevraagd}; its answer, JW316/JW317:
     * {@code VerzoekBeantwoord}) and of a start or stop it withdrew ({@code LeveringVerwijderd}).
     */
    public static final Set<String> SOORTEN = Set.of("JeugdhulpToegewezen", "ToewijzingGewijzigd", "ZorgaanbiederAfwijzing", "JeugdhulpGestart",
            "JeugdhulpGestopt", "JeugdhulpAangevraagd", "VerzoekBeantwoord", "LeveringVerwijderd");

    public Abonnement {
        gebeurtenissen = Set.copyOf(gebeurtenissen);
    }

    /** Whether an event of this type goes to this subscription. */
    public boolean wil(String soort) {
        return gebeurtenissen.isEmpty() || gebeurtenissen.contains(soort);
    }

    /**
     * Whether an event of this type and version goes to this subscription: a filter names a type ({@code JeugdhulpToegewezen},
     * every version published) or one version of it by its CloudEvents type ({@code nl.jeugdlink.routing.jeugdhulp-toegewezen.v1}).
     */
    public boolean wil(String soort, String cloudEventsType) {
        return wil(soort) || gebeurtenissen.contains(cloudEventsType);
    }

    /** A broken rule: the field and the rule's code, and why. */
    public record Overtreding(String veld, String regel, String reden) {
    }

    /** Every broken rule at once. */
    public static final class Ongeldig extends RuntimeException {
        private final List<Overtreding> overtredingen;

        public Ongeldig(List<Overtreding> overtredingen) {
            super(overtredingen.toString());
            this.overtredingen = List.copyOf(overtredingen);
        }

        public List<Overtreding> overtredingen() {
            return overtredingen;
        }
    }

    /**
     * Checks what a provider asked for, reporting every broken rule by field and code.
     *
     * @param httpOpLoopback whether http to a loopback address is allowed (the embedded default); https always is
     */
    public static Abonnement uit(String id, String agbCode, @Nullable String callbackUrl, @Nullable String auth, @Nullable List<String> kanalen,
            @Nullable List<String> gebeurtenissen, String geheim, boolean httpOpLoopback) {
        return uit(id, agbCode, callbackUrl, auth, kanalen, gebeurtenissen, geheim, httpOpLoopback, Set.of());
    }

    /**
     * @param gepubliceerdeVersies the CloudEvents types (one per published version) of the channel's event types: a filter
     *     that names a version names one of these, else it is refused ({@code versie}) - a subscription never waits for a
     *     version the platform does not publish
     */
    public static Abonnement uit(String id, String agbCode, @Nullable String callbackUrl, @Nullable String auth, @Nullable List<String> kanalen,
            @Nullable List<String> gebeurtenissen, String geheim, boolean httpOpLoopback, Set<String> gepubliceerdeVersies) {
        List<Overtreding> fout = new ArrayList<>();
        URI uri = null;
        if (callbackUrl == null || callbackUrl.isBlank()) {
            fout.add(new Overtreding("callbackUrl", "verplicht", "De callbackUrl is verplicht."));
        } else {
            try {
                uri = URI.create(callbackUrl);
                if (uri.getHost() == null || !uri.isAbsolute()) {
                    fout.add(new Overtreding("callbackUrl", "url", "De callbackUrl is geen absolute URL met een host."));
                    uri = null;
                } else if (uri.getUserInfo() != null) {
                    fout.add(new Overtreding("callbackUrl", "url", "De callbackUrl bevat geen gebruikersnaam of wachtwoord; gebruik auth."));
                    uri = null;
                } else if (!"https".equalsIgnoreCase(uri.getScheme()) && !("http".equalsIgnoreCase(uri.getScheme()) && httpOpLoopback && loopback(uri.getHost()))) {
                    fout.add(new Overtreding("callbackUrl", "https", httpOpLoopback
                            ? "De callbackUrl gebruikt https (http alleen naar loopback, zoals 127.0.0.1 of localhost)."
                            : "De callbackUrl gebruikt https."));
                    uri = null;
                }
            } catch (IllegalArgumentException e) {
                fout.add(new Overtreding("callbackUrl", "url", "De callbackUrl is geen geldige URL."));
            }
        }
        if (auth != null && (auth.length() > 1000 || auth.chars().anyMatch(c -> c < 0x20 || c == 0x7f))) {
            fout.add(new Overtreding("auth", "header", "auth is de waarde van een Authorization-header: hoogstens 1000 tekens, geen regeleinden."));
        }
        if (kanalen == null || kanalen.isEmpty()) {
            fout.add(new Overtreding("kanalen", "verplicht", "Noem ten minste een kanaal: " + TOEWIJZINGEN + "."));
        } else if (!kanalen.stream().allMatch(TOEWIJZINGEN::equals)) {
            fout.add(new Overtreding("kanalen", "bekend", "Het enige kanaal is " + TOEWIJZINGEN + "."));
        }
        List<String> soorten = gebeurtenissen == null ? List.of() : gebeurtenissen;
        for (int i = 0; i < soorten.size(); i++) {
            String soort = soorten.get(i);
            if (SOORTEN.contains(soort) || gepubliceerdeVersies.contains(soort)) {
                continue;
            }
            if (soort != null && soort.contains(".")) {
                fout.add(new Overtreding("kanalen[0].filters.gebeurtenissen[" + i + "]", "versie", gepubliceerdeVersies.isEmpty()
                        ? "Noem een soort zonder versie: " + String.join(", ", SOORTEN.stream().sorted().toList()) + "."
                        : "Deze versie wordt niet gepubliceerd. Gepubliceerd zijn: " + String.join(", ", gepubliceerdeVersies.stream().sorted().toList()) + "."));
            } else {
                fout.add(new Overtreding("kanalen[0].filters.gebeurtenissen[" + i + "]", "bekend", "Bekend zijn " + String.join(", ", SOORTEN.stream().sorted().toList()) + "."));
            }
        }
        if (!fout.isEmpty()) {
            throw new Ongeldig(fout);
        }
        return new Abonnement(id, agbCode, uri, auth, TOEWIJZINGEN, Set.copyOf(soorten), geheim);
    }

    /** Literal loopback addresses and localhost only: a name is not resolved (that would let DNS decide). */
    private static boolean loopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
