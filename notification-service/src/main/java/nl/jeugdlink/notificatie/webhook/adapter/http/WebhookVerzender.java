package nl.jeugdlink.notificatie.webhook.adapter.http;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import nl.jeugdlink.notificatie.webhook.application.AdresserenGebeurtenissen;
import nl.jeugdlink.notificatie.webhook.domain.Wachtrij;
import nl.jeugdlink.platform.delivery.Deliveries;
import nl.jeugdlink.platform.delivery.DeliveryLog;
import org.jspecify.annotations.Nullable;
import nl.jeugdlink.notificatie.webhook.domain.Abonnement;
import nl.jeugdlink.notificatie.webhook.domain.Abonnementen;
import nl.jeugdlink.notificatie.webhook.application.CloudEvent;
import nl.jeugdlink.notificatie.webhook.domain.Gebeurtenis;
import nl.jeugdlink.notificatie.webhook.domain.NietBezorgd;
import nl.jeugdlink.notificatie.webhook.domain.Ondertekening;
import nl.jeugdlink.notificatie.webhook.domain.Tijdlijnen;
import nl.jeugdlink.platform.delivery.Delivery;
import nl.jeugdlink.platform.delivery.DeliveryChannel;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks as a channel of the platform's delivery (ADR 0014): claim, the attempts in the delivery log, the
 * circuit breaker and retry per subscription (destination {@code webhook-<abonnement>}), the doubling pause
 * between rounds and giving up ({@code jeugdlink.delivery.*}) are the platform's. This class sends one feed
 * entry to one subscription as a CloudEvent in structured mode, signed per Standard Webhooks; the
 * {@code webhook-id} is the event id, the same on every attempt, so a receiver deduplicates on it.
 * A 2xx is accepted; 410 Gone parks it (the receiver says it no longer wants it); anything else is retried.
 * While an earlier delivery of the same casus to the same subscription is not through, a delivery is parked behind it
 * (reason {@link #WACHT}, not a dead letter) and released when that one is sent or stops: the platform has no outcome
 * "not yet" that neither counts as a failure nor feeds the circuit breaker, so parking is how this waits.
 */
public class WebhookVerzender implements DeliveryChannel {

    public static final String WEBHOOK = "webhook";

    private final HttpClient http;
    private final Abonnementen abonnementen;
    private final Tijdlijnen tijdlijnen;
    private final NietBezorgd nietBezorgd;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration timeout;
    private final DeliveryLog bezorglog;
    private final Wachtrij wachtrij;
    private final Supplier<Deliveries> deliveries;

    /** The reason of a delivery parked behind an earlier one of the same casus: not a dead letter, released when that one is done. */
    static final String WACHT = "wacht achter de eerdere bezorging van dezelfde casus: ";
    /** How far back a delivery looks for an earlier one of its casus among entries its subscription did not want. */
    private static final int ZOEKDIEPTE = 50;

    public WebhookVerzender(Abonnementen abonnementen, Tijdlijnen tijdlijnen, NietBezorgd nietBezorgd, JsonMapper json, Clock clock, Duration timeout,
            DeliveryLog bezorglog, Wachtrij wachtrij, Supplier<Deliveries> deliveries) {
        this.bezorglog = bezorglog;
        this.wachtrij = wachtrij;
        this.deliveries = deliveries;
        this.abonnementen = abonnementen;
        this.tijdlijnen = tijdlijnen;
        this.nietBezorgd = nietBezorgd;
        this.json = json;
        this.clock = clock;
        this.timeout = timeout;
        // Redirects are not followed: a signed body goes to the URL the provider registered, nowhere else.
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** webhook:agb:volgnummer:abonnement */
    record Adres(String agbCode, long volgnummer, String abonnementId) {
        static Adres van(String bezorgingId) {
            String[] delen = bezorgingId.split(":", 4);
            return new Adres(delen[1], Long.parseLong(delen[2]), delen[3]);
        }
    }

    @Override
    public String name() {
        return WEBHOOK;
    }

    @Override
    public void send(Delivery delivery) throws Exception {
        Adres adres = Adres.van(delivery.id());
        Abonnement abonnement = abonnementen.vind(adres.agbCode(), adres.abonnementId())
                .orElseThrow(() -> new Undeliverable("het abonnement bestaat niet meer"));
        Gebeurtenis gebeurtenis = tijdlijnen.vind(adres.agbCode(), adres.volgnummer())
                .orElseThrow(() -> new IllegalStateException("feed entry " + adres.volgnummer() + " is not recorded (yet)"));
        // Per subscription a casus's events arrive in order: while an earlier one of the casus is not through, this one waits behind it.
        String eerdere = eerdereNietBezorgd(adres, gebeurtenis);
        if (eerdere != null) {
            throw new Undeliverable(WACHT + eerdere);
        }
        String body = CloudEvent.structured(gebeurtenis, json);
        java.time.Instant nu = clock.instant();
        long timestamp = nu.getEpochSecond();
        // One signature per valid secret, space-separated (Standard Webhooks): during a rotation's overlap the old one too.
        String handtekeningen = String.join(" ", abonnement.geldigeGeheimen(nu).stream()
                .map(geheim -> Ondertekening.handtekening(geheim, gebeurtenis.id(), timestamp, body)).toList());
        HttpRequest.Builder request = HttpRequest.newBuilder(abonnement.callbackUrl()).timeout(timeout)
                .header("Content-Type", "application/cloudevents+json; charset=utf-8")
                .header("webhook-id", gebeurtenis.id())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", handtekeningen)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (abonnement.auth() != null) {
            request.header("Authorization", abonnement.auth());
        }
        HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        int status = response.statusCode();
        if (status == 410) {
            throw new Undeliverable("de ontvanger antwoordde 410 Gone");
        }
        if (status < 200 || status >= 300) {
            // Only the status: what a receiver answers is not ours to store.
            throw new IllegalStateException("HTTP " + status);
        }
    }

    @Override
    public void sent(Delivery delivery) {
        laatVolgendeGaan(delivery.id());
    }

    @Override
    public void stopped(Delivery delivery, Delivery.Status status, String reason) {
        if (reason != null && reason.startsWith(WACHT)) {
            String eerdere = reason.substring(WACHT.length());
            wachtrij.wachtAchter(eerdere, delivery.id());
            // The earlier one may have gone through between this one's check and now: then nobody would release this one.
            if (!nogNietDoor(eerdere)) {
                laatVolgendeGaan(eerdere);
            }
            return;
        }
        nietBezorgd.leg(Adres.van(delivery.id()).agbCode(), delivery.id());
        // A dead letter keeps its place on the provider's list for a redelivery; the casus's later events go on (the
        // receiver orders by sequence).
        laatVolgendeGaan(delivery.id());
    }

    private void laatVolgendeGaan(String bezorgingId) {
        wachtrij.haalVolgende(bezorgingId).ifPresent(volgende -> deliveries.get().release(volgende));
    }

    /** The id of the nearest earlier delivery of this casus to this subscription that is not through yet, or null. */
    private @Nullable String eerdereNietBezorgd(Adres adres, Gebeurtenis gebeurtenis) {
        Long vorige = gebeurtenis.vorigeVanCasus();
        for (int stap = 0; vorige != null && stap < ZOEKDIEPTE; stap++) {
            String id = AdresserenGebeurtenissen.bezorgingId(adres.agbCode(), vorige, adres.abonnementId());
            Optional<Delivery> eerder = bezorglog.find(id);
            if (eerder.isPresent()) {
                return nogNietDoor(eerder.get()) ? id : null;
            }
            // Not for this subscription (another type, or subscribed later): look further back.
            vorige = tijdlijnen.vind(adres.agbCode(), vorige).map(Gebeurtenis::vorigeVanCasus).orElse(null);
        }
        return null;
    }

    private boolean nogNietDoor(String bezorgingId) {
        return bezorglog.find(bezorgingId).map(WebhookVerzender::nogNietDoor).orElse(false);
    }

    /** Pending, or itself waiting behind an earlier one; sent, a dead letter or given up is through. */
    private static boolean nogNietDoor(Delivery d) {
        return d.status() == Delivery.Status.PENDING
                || d.status() == Delivery.Status.PARKED && d.reason() != null && d.reason().startsWith(WACHT);
    }
}
