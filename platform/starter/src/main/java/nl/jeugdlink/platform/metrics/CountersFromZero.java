package nl.jeugdlink.platform.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import org.jspecify.annotations.Nullable;

/**
 * Registers a counter at zero, at start, for every combination of its known tag values (enums, the region's municipalities).
 *
 * <p>Why: Prometheus' {@code increase()} and {@code rate()} measure between samples, and a series has no sample before it
 * first appears. A counter made at its first event appears at 1, so that event is counted nowhere: after the panel check's
 * demo load of 11 referrals the dashboard showed 6.3 referrals and 5.5 casussen opened, and "breaches per kind" 0 with 6
 * breaches open; an alert on {@code increase()} misses the first failures of a kind in the same way. A counter that exists
 * from the start at 0 gives {@code increase()} the sample it needs. Prometheus' own advice for labels known in advance.
 *
 * <p>The counter is the same meter the code increments later ({@code meters.counter(name, tags...)} with the same name and
 * tag keys), so registering it here changes nothing but its start.
 */
public final class CountersFromZero {

    private CountersFromZero() {
    }

    /** One tag key with the values it can take. */
    public record TagValues(String key, List<String> values) {

        public TagValues {
            values = List.copyOf(values);
        }

        public static TagValues of(String key, Collection<String> values) {
            return new TagValues(key, List.copyOf(values));
        }

        public static TagValues of(String key, Enum<?>... values) {
            return new TagValues(key, Arrays.stream(values).map(Enum::name).toList());
        }
    }

    /** Registers {@code name} at zero for each combination of the tags' values; returns how many counters that made. */
    public static int register(MeterRegistry meters, String name, TagValues... tags) {
        return register(meters, name, null, tags);
    }

    /**
     * As {@link #register(MeterRegistry, String, TagValues...)}, with the description the code's own registration gives: the
     * first registration of a meter is the one that stays, so it must carry the description.
     */
    public static int register(MeterRegistry meters, String name, @Nullable String description, TagValues... tags) {
        List<List<Tag>> combinations = List.of(List.of());
        for (TagValues tag : tags) {
            List<List<Tag>> next = new ArrayList<>();
            for (List<Tag> combination : combinations) {
                for (String value : tag.values()) {
                    List<Tag> extended = new ArrayList<>(combination);
                    extended.add(Tag.of(tag.key(), value));
                    next.add(extended);
                }
            }
            combinations = next;
        }
        combinations.forEach(combination -> Counter.builder(name).description(description).tags(combination).register(meters));
        return combinations.size();
    }
}
