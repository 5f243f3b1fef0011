package nl.jeugdlink.notificatie.notificatie.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.platform.delivery.Deliveries;

/**
 * Hands each newly recorded message on: a deliverable one is sent at once by the platform's
 * {@link Deliveries} (on its own thread: the consumer does not wait for SMTP; recording it handed it
 * over, so the round sends it anyway should this never run); an undeliverable one is counted. Shows
 * how many wait per template, as of the delivery round's last read.
 */
public class SendingBerichten {

    private final Deliveries deliveries;
    private final MeterRegistry meters;

    /** @param kanaal the delivery channel of e-mail */
    public SendingBerichten(Deliveries deliveries, String kanaal, MeterRegistry meters) {
        this.deliveries = deliveries;
        this.meters = meters;
        for (String sjabloon : Sjablonen.NAMEN) {
            Gauge.builder("jeugdlink.notificaties.wachtend", deliveries, d -> d.pending(kanaal).getOrDefault(sjabloon, 0L))
                    .description("Messages recorded and not yet accepted by the mail server, by template (as of the round's last read)")
                    .tag("sjabloon", sjabloon)
                    .register(meters);
        }
    }

    /** A message was just recorded. */
    public void nieuw(Notificatie notificatie) {
        if (notificatie.status() == Notificatie.Status.WACHTEND) {
            deliveries.deliverSoon(notificatie.id());
        } else if (notificatie.status() == Notificatie.Status.ONBESTELBAAR) {
            Counter.builder("jeugdlink.notificaties.onbestelbaar").description("Messages without a known recipient address, by template")
                    .tag("sjabloon", notificatie.sjabloon()).register(meters).increment();
        }
    }
}
