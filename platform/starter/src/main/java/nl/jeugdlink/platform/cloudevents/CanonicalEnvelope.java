package nl.jeugdlink.platform.cloudevents;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads a received envelope in the form the platform's producers write it ({@link CloudEventHeaders#headersFor}): specversion 1.0,
 * the required attributes present, {@code time} as {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|±HH:MM)}, sources and schemas that are
 * URIs. Anything else - another specversion, a missing attribute, another spelling of a time, an extension name the SDK would
 * refuse - gives {@code null}, and {@link CloudEventHeaders#read} leaves it to the SDK, which accepts or refuses it as always.
 *
 * <p>Why: every consumer reads the envelope of every record, five times per event of a hop. The SDK builds a {@code CloudEvent}
 * for it, parsing the time with {@code OffsetDateTime.parse} and the source and the schema with {@code URI.create} each time: 6-11 %
 * of each service's CPU in the hop bench (JFR, issue 11). Here the time is read digit by digit (the ranges checked by
 * {@link LocalDateTime#of}) and a source or schema once checked is remembered (a region has a handful). {@code CloudEventHeadersTest}
 * holds this reader to the SDK's answer, attribute by attribute, on the forms it takes and on the ones it leaves.
 */
final class CanonicalEnvelope {

    private static final String PREFIX = "ce_";
    /** Sources and schemas seen to be URIs; bounded, so that a producer sending a new one per event cannot grow it. */
    private static final Set<String> URIS = ConcurrentHashMap.newKeySet();
    private static final int MAX_URIS = 1024;

    private CanonicalEnvelope() {
    }

    static CloudEventHeaders.@Nullable Envelope read(Map<String, Object> headers, byte @Nullable [] payload) {
        String id = null;
        String source = null;
        String type = null;
        String subject = null;
        Instant time = null;
        boolean v1 = false;
        for (Map.Entry<String, Object> header : headers.entrySet()) {
            String name = header.getKey();
            if (!name.startsWith(PREFIX)) {
                continue;
            }
            if (header.getValue() == null) {
                return null;
            }
            String value = header.getValue() instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(header.getValue());
            switch (name) {
                case "ce_specversion" -> v1 = "1.0".equals(value);
                case "ce_id" -> id = value;
                case "ce_source" -> source = value;
                case "ce_type" -> type = value;
                case "ce_subject" -> subject = value;
                case "ce_time" -> {
                    time = instant(value);
                    if (time == null) {
                        return null;
                    }
                }
                case "ce_dataschema" -> {
                    if (!isUri(value)) {
                        return null;
                    }
                }
                default -> {
                    if (!isExtensionName(name)) {
                        return null;
                    }
                }
            }
        }
        if (!v1 || isEmpty(id) || isEmpty(type) || isEmpty(source) || !isUri(source)) {
            return null;
        }
        return new CloudEventHeaders.Envelope(id, source, type, subject, time, payload == null ? new byte[0] : payload);
    }

    private static boolean isEmpty(@Nullable String value) {
        return value == null || value.isEmpty();
    }

    /** As the SDK: an extension's name is lower-case letters and digits only. */
    private static boolean isExtensionName(String header) {
        if (header.length() == PREFIX.length()) {
            return false;
        }
        for (int i = PREFIX.length(); i < header.length(); i++) {
            char c = header.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUri(String value) {
        if (URIS.contains(value)) {
            return true;
        }
        try {
            URI.create(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (URIS.size() < MAX_URIS) {
            URIS.add(value);
        }
        return true;
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM)}, the form the producers write; null for any other. */
    static @Nullable Instant instant(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            int length = i - start;
            if (length < 1 || length > 9) {
                return null;
            }
            nanos = digits(s, start, length);
            for (int k = length; k < 9; k++) {
                nanos *= 10;
            }
        }
        if (i >= n) {
            return null;
        }
        int offset;
        char sign = s.charAt(i);
        if (sign == 'Z' && i + 1 == n) {
            offset = 0;
        } else if ((sign == '+' || sign == '-') && i + 6 == n && s.charAt(i + 3) == ':') {
            int hours = digits(s, i + 1, 2);
            int minutes = digits(s, i + 4, 2);
            if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
                return null;
            }
            offset = (sign == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        } else {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.ofTotalSeconds(offset));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The decimal number of {@code length} ASCII digits from {@code start}, or -1. */
    private static int digits(String s, int start, int length) {
        int value = 0;
        for (int i = start; i < start + length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
