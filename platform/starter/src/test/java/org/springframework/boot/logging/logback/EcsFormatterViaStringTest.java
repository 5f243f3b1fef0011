package org.springframework.boot.logging.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The platform's ECS encoding writes exactly the bytes of Spring Boot's own, through the encoder Boot configures. */
class EcsFormatterViaStringTest {

    private final LoggerContext context = new LoggerContext();

    EcsFormatterViaStringTest() {
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
    }

    @Test
    void writesTheBytesOfBootsEcsFormatForPlainAccentedEscapedAndFailingEvents() {
        StructuredLogEncoder boot = encoder("ecs");
        StructuredLogEncoder platform = encoder(EcsFormatterViaString.class.getName());
        LoggingEvent plain = event("referral 7e0c received", null);
        LoggingEvent accented = event("Zoë van Bergen-Ütrecht, 漢字 \"gequote\" \\ tab\t newline\n control \u0001 euro €", null);
        LoggingEvent failing = event("the store did not answer", new IllegalStateException("timed out after 2 s", new RuntimeException("socket")));
        failing.setMDCPropertyMap(Map.of("traceId", "4bf92f3577b34da6a3ce929d0e0e4736"));

        for (LoggingEvent event : new LoggingEvent[] {plain, accented, failing}) {
            byte[] expected = boot.encode(event);
            assertThat(new String(platform.encode(event), StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
            assertThat(platform.encode(event)).isEqualTo(expected);
        }
        assertThat(new String(platform.encode(accented), StandardCharsets.UTF_8)).contains("Zoë van Bergen-Ütrecht, 漢字", "€");
    }

    private StructuredLogEncoder encoder(String format) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("spring.application.name", "ecs-test")));
        context.putObject(Environment.class.getName(), environment);
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(format);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        return encoder;
    }

    private LoggingEvent event(String message, Throwable failure) {
        LoggingEvent event = new LoggingEvent("test", context.getLogger("nl.jeugdlink.test.Component"), Level.WARN, message, failure, null);
        event.setThreadName("tomcat-handler-3");
        event.setTimeStamp(1_796_000_000_123L);
        return event;
    }
}
