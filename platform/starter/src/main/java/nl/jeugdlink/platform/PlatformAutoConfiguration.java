package nl.jeugdlink.platform;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import nl.jeugdlink.platform.cloudevents.CloudEventHeaders;
import nl.jeugdlink.platform.inbound.InboundEvents;
import nl.jeugdlink.platform.outbox.OutboxConfiguration;
import nl.jeugdlink.platform.persistence.PersistenceConfiguration;
import nl.jeugdlink.platform.web.ApiVersionHeaderFilter;
import nl.jeugdlink.platform.web.OpenApiDefaults;
import nl.jeugdlink.platform.web.ProblemHandling;
import nl.jeugdlink.platform.web.RequestBodyLimitFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/** The plumbing every JeugdLink service gets by depending on the platform starter. */
@AutoConfiguration
@Import({OutboxConfiguration.class, PersistenceConfiguration.class, OpenApiDefaults.class, nl.jeugdlink.platform.security.SecurityConfiguration.class,
        nl.jeugdlink.platform.audit.AuditConfiguration.class,
        nl.jeugdlink.platform.klok.ClockConfiguration.class, nl.jeugdlink.platform.kafka.KafkaConfiguration.class,
        nl.jeugdlink.platform.deadletter.DeadLetterConfiguration.class})
public class PlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CloudEventHeaders cloudEventHeaders(@Value("${jeugdlink.events.source}") URI source,
            @Value("${jeugdlink.events.schema-base}") String schemaBase) {
        return new CloudEventHeaders(source, schemaBase);
    }

    /**
     * Lazy: a service that never encrypts a field needs no keyset (least privilege); one that does gets the
     * bean, and so the keyset check, while it starts.
     */
    @Bean
    @org.springframework.context.annotation.Lazy
    nl.jeugdlink.platform.crypto.FieldEncryption veldversleuteling(@Value("${jeugdlink.crypto.keyset-file}") String keysetFile,
            org.springframework.core.env.Environment environment) {
        return new nl.jeugdlink.platform.crypto.FieldEncryption(java.nio.file.Path.of(keysetFile),
                nl.jeugdlink.platform.crypto.MissingKeys.of(environment));
    }

    /** Lazy for the same reason: only the services that seal or open hold a sealing keyset. */
    @Bean
    @org.springframework.context.annotation.Lazy
    nl.jeugdlink.platform.crypto.Sealing verzegeling(@Value("${jeugdlink.verzegeling.publieke-sleutel-file}") String publiek,
            @Value("${jeugdlink.verzegeling.sleutel-file}") String prive, org.springframework.core.env.Environment environment) {
        return new nl.jeugdlink.platform.crypto.Sealing(java.nio.file.Path.of(publiek), java.nio.file.Path.of(prive),
                nl.jeugdlink.platform.crypto.MissingKeys.of(environment));
    }

    @Bean
    InboundEvents inboundEvents(JsonMapper json, MeterRegistry meters) {
        return new InboundEvents(json, meters);
    }

    @Bean
    nl.jeugdlink.platform.inbound.InboundHandlers inboundHandlers(InboundEvents inbound, @Value("${jeugdlink.region}") String region,
            @Value("${jeugdlink.region-gemeenten}") java.util.Set<String> gemeenten,
            org.springframework.cloud.stream.function.StreamBridge bridge, org.springframework.core.env.Environment environment,
            @Value("${spring.cloud.stream.default.consumer.max-attempts:10}") int maxAttempts,
            @Value("${spring.cloud.stream.default.consumer.back-off-initial-interval:250}") long initialInterval,
            @Value("${spring.cloud.stream.default.consumer.back-off-multiplier:2.0}") double multiplier,
            @Value("${spring.cloud.stream.default.consumer.back-off-max-interval:10000}") long maxInterval,
            @Value("${jeugdlink.tracing.exporting:false}") boolean exporting,
            org.springframework.beans.factory.ObjectProvider<io.micrometer.tracing.Tracer> tracer,
            org.springframework.beans.factory.ObjectProvider<io.micrometer.tracing.propagation.Propagator> propagator) {
        // A batch table retries and dead-letters per record itself (ADR 0018), with the bindings' default retries.
        return new nl.jeugdlink.platform.inbound.InboundHandlers(inbound, region, gemeenten,
                new nl.jeugdlink.platform.inbound.KafkaDeadLetters(bridge, environment),
                new nl.jeugdlink.platform.inbound.InboundRetry(maxAttempts, java.time.Duration.ofMillis(initialInterval), multiplier,
                        java.time.Duration.ofMillis(maxInterval)),
                // Each record of a batch continues its own trace (ADR 0023): the binder observes record listeners only. A span per
                // record only when spans leave the service; otherwise the record's traceparent is passed on as it came.
                exporting && tracer.getIfAvailable() != null && propagator.getIfAvailable() != null
                        ? nl.jeugdlink.platform.inbound.RecordTraces.recording(tracer.getObject(), propagator.getObject())
                        : nl.jeugdlink.platform.inbound.RecordTraces.passingOn());
    }

    /**
     * The observations the platform turns off, by name prefix: each made figures nobody reads at a cost per request or poll
     * (issue 11's profiles). {@code spring.security.}: every filter of the chain, each authentication and authorization
     * (about 4 % of the intake-service's CPU per referral); the request stays observed ({@code http.server.requests}) and
     * refusals are audited. {@code spring.cloud.function}: each call of a binding's function (2-5 % of each consumer's CPU,
     * 2026-12-07); the handler table times each poll itself ({@link InboundEvents}) and follows each record's trace
     * ({@code RecordTraces}, ADR 0023).
     */
    static final java.util.List<String> OBSERVATIONS_OFF = java.util.List.of("spring.security.", "spring.cloud.function");

    @Bean
    io.micrometer.observation.ObservationPredicate jeugdlinkObservationsOff() {
        return (name, context) -> {
            for (String off : OBSERVATIONS_OFF) {
                if (name.startsWith(off)) {
                    return false;
                }
            }
            return true;
        };
    }

    /**
     * The binder takes one container customizer, and only when it is the only one ({@code ObjectProvider.getIfUnique}): a
     * service that needs its own must do what this one does as well.
     */
    @Bean
    @ConditionalOnMissingBean(org.springframework.cloud.stream.config.ListenerContainerCustomizer.class)
    nl.jeugdlink.platform.inbound.OffsetCommits offsetCommits(
            @Value("${jeugdlink.kafka.consumer.commit-interval:1s}") java.time.Duration interval) {
        return new nl.jeugdlink.platform.inbound.OffsetCommits(interval);
    }

    @Bean
    MongoPing mongoHealthIndicator(org.springframework.data.mongodb.core.MongoTemplate mongo) {
        return new MongoPing(mongo);
    }

    @Bean
    ProblemHandling problemHandling(org.springframework.beans.factory.ObjectProvider<nl.jeugdlink.platform.security.RefusalLog> audit) {
        return new ProblemHandling(audit);
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(
            @Value("${jeugdlink.web.max-request-body:256KB}") DataSize maxBody) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(maxBody.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiVersionHeaderFilter> apiVersionHeaderFilter(@Value("${jeugdlink.api.version}") String version) {
        var registration = new FilterRegistrationBean<>(new ApiVersionHeaderFilter(version));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
