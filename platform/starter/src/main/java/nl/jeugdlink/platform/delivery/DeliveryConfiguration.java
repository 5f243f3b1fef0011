package nl.jeugdlink.platform.delivery;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Deliveries for a service that has a {@link DeliveryChannel}; a service without one gets nothing of this.
 * An auto-configuration of its own, so that the condition is judged after the service's own beans.
 */
@AutoConfiguration
@ConditionalOnBean(DeliveryChannel.class)
public class DeliveryConfiguration {

    @Bean
    DeliverySettings deliverySettings(@Value("${jeugdlink.delivery.round:5s}") Duration round,
            @Value("${jeugdlink.delivery.full-round:1m}") Duration fullRound,
            @Value("${jeugdlink.delivery.first-wait:10s}") Duration firstWait,
            @Value("${jeugdlink.delivery.max-wait:10m}") Duration maxWait,
            @Value("${jeugdlink.delivery.lease:2m}") Duration lease,
            @Value("${jeugdlink.delivery.give-up-after:3d}") Duration giveUpAfter,
            @Value("${jeugdlink.delivery.senders:4}") int senders, org.springframework.core.env.Environment environment) {
        DeliverySettings.Schedule service = new DeliverySettings.Schedule(firstWait, maxWait, giveUpAfter);
        // jeugdlink.delivery.channels.<name>.first-wait|max-wait|give-up-after: what a channel leaves out is the service's.
        java.util.Map<String, DeliverySettings.Schedule> channels = new java.util.HashMap<>();
        org.springframework.boot.context.properties.bind.Binder.get(environment)
                .bind("jeugdlink.delivery.channels", org.springframework.boot.context.properties.bind.Bindable.mapOf(String.class,
                        DeliverySettings.ChannelSchedule.class))
                .ifBound(named -> named.forEach((channel, own) -> channels.put(channel, own.over(service))));
        return new DeliverySettings(round, fullRound, firstWait, maxWait, lease, giveUpAfter, senders, channels);
    }

    /** Apart from {@link Deliveries}, so that a service's store can hand over and read the log without depending on its channels. */
    @Bean
    DeliveryLog deliveryLog(MongoTemplate mongo, DocumentWriter writer, Clock clock) {
        return new DeliveryLog(mongo, writer, clock);
    }

    @Bean
    Deliveries deliveries(DeliveryLog log, List<DeliveryChannel> channels, CircuitBreakerRegistry circuitBreakers, RetryRegistry retries,
            Clock clock, DeliverySettings settings, MeterRegistry meters) {
        return new Deliveries(log, channels, circuitBreakers, retries, clock, settings, meters);
    }

    @Bean
    SmartLifecycle deliveryRound(Deliveries deliveries, DeliverySettings settings) {
        return new DeliveryRound(deliveries, settings.round());
    }

    /** The round on its own thread; its stop also lets the senders finish what they hold before the context closes. */
    static final class DeliveryRound implements SmartLifecycle {

        private final Deliveries deliveries;
        private final Duration interval;
        private volatile @Nullable ScheduledExecutorService planner;

        DeliveryRound(Deliveries deliveries, Duration interval) {
            this.deliveries = deliveries;
            this.interval = interval;
        }

        @Override
        public void start() {
            planner = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("delivery-round").daemon().factory());
            planner.scheduleWithFixedDelay(deliveries::round, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public void stop() {
            ScheduledExecutorService running = planner;
            if (running != null) {
                running.shutdownNow();
                planner = null;
            }
            deliveries.stop(Duration.ofSeconds(20));
        }

        @Override
        public boolean isRunning() {
            return planner != null;
        }
    }
}
