package org.springframework.boot.logging.logback;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.logging.StackTracePrinter;
import org.springframework.boot.logging.structured.ContextPairs;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;
import org.springframework.core.env.Environment;

/**
 * Spring Boot's ECS log format for Logback, byte for byte, encoded through a string. Boot 4.0 encodes a log line with
 * {@code WritableJson.toByteArray}, which writes every character on its own through an unbuffered
 * {@code OutputStreamWriter}: a {@code CharBuffer} and a call into the charset encoder per character (spring-boot#49428,
 * replaced in Boot 4.1). In a profile of the notification-service under the journey that was a third of everything it
 * allocated, and a line cost ~40 µs instead of ~9 on this machine (C1). {@link #format} builds the same JSON in a {@code StringBuilder}.
 *
 * <p>In Boot's package because its ECS formatter is package-private; selected by the platform's default
 * {@code logging.structured.format.console}. Remove it with the move to Boot 4.1.
 */
public class EcsFormatterViaString extends ElasticCommonSchemaStructuredLogFormatter {

    public EcsFormatterViaString(Environment environment, @Nullable StackTracePrinter stackTracePrinter, ContextPairs contextPairs,
            ThrowableProxyConverter throwableProxyConverter, StructuredLoggingJsonMembersCustomizer.Builder<?> customizerBuilder) {
        super(environment, stackTracePrinter, contextPairs, throwableProxyConverter, customizerBuilder);
    }

    @Override
    public byte[] formatAsBytes(ILoggingEvent event, Charset charset) {
        return format(event).getBytes(charset);
    }
}
