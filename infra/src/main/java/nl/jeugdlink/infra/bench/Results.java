package nl.jeugdlink.infra.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

/** Output of a benchmark step: progress lines for the human, {@code key=value} lines for infra/bench/run.sh. */
final class Results {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Path file;

    Results(Path file) {
        this.file = file;
    }

    void put(String key, Object value) {
        String text = value instanceof Double d ? format(d) : String.valueOf(value);
        try {
            Files.writeString(file, key + "=" + text + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static void progress(String format, Object... args) {
        System.out.printf(Locale.ROOT, "  [%s] %s%n", LocalTime.now().format(CLOCK), String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    /** Nearest-rank percentile of an already sorted array; NaN when empty. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
