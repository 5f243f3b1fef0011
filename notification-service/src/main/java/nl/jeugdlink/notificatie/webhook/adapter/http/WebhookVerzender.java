package nl.jeugdlink.notificatie.webhook.adapter.http;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
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

    public WebhookVerzender(Abonnementen abonnementen, Tijdlijnen tijdlijnen, NietBezorgd nietBezorgd, JsonMapper json, Clock clock, Duration timeout) {
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
        String body = CloudEvent.structured(gebeurtenis, json);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest.Builder request = HttpRequest.newBuilder(abonnement.callbackUrl()).timeout(timeout)
                .header("Content-Type", "application/cloudevents+json; charset=utf-8")
                .header("webhook-id", gebeurtenis.id())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", Ondertekening.handtekening(abonnement.geheim(), gebeurtenis.id(), timestamp, body))
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
    public void stopped(Delivery delivery, Delivery.Status status, String reason) {
        nietBezorgd.leg(Adres.van(delivery.id()).agbCode(), delivery.id());
    }
}
