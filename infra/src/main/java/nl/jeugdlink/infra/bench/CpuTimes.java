package nl.jeugdlink.infra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** CPU time (user + system) of the platform's processes, from /proc/<pid>/stat, to charge a step's work to them. */
final class CpuTimes {

    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final int ticksPerSecond;

    /** @param spec {@code name=pid,name=pid,...}, as infra/bench/run.sh passes it; empty: measure nothing */
    CpuTimes(String spec, int ticksPerSecond) {
        this.ticksPerSecond = ticksPerSecond;
        for (String entry : spec.split(",")) {
            int eq = entry.indexOf('=');
            if (eq > 0 && !entry.substring(eq + 1).isBlank()) {
                pids.put(entry.substring(0, eq), Long.parseLong(entry.substring(eq + 1).trim()));
            }
        }
    }

    Map<String, Double> seconds() {
        Map<String, Double> result = new LinkedHashMap<>();
        for (var entry : pids.entrySet()) {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(entry.getValue()), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                result.put(entry.getKey(), (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) ticksPerSecond);
            } catch (IOException | RuntimeException e) {
                result.put(entry.getKey(), Double.NaN);
            }
        }
        return result;
    }

    /**
     * The platform's CPU while it does nothing: per process, ms per second over {@code --seconds} (the relays', sweeps',
     * delivery rounds' and consumers' polling), into {@code cpu_idle.each} and {@code cpu_idle.total_ms_per_s}. The closed
     * loop divides this by few referrals.
     */
    static boolean idle(Map<String, String> options, Results results) throws InterruptedException {
        CpuTimes cpu = new CpuTimes(Bench.option(options, "pids", ""), Bench.intOption(options, "ticks", 100));
        int seconds = Bench.intOption(options, "seconds", 10);
        Map<String, Double> before = cpu.seconds();
        Thread.sleep(seconds * 1000L);
        Map<String, Double> after = cpu.seconds();
        double total = 0;
        StringBuilder each = new StringBuilder();
        for (var entry : after.entrySet()) {
            double msPerSecond = (entry.getValue() - before.getOrDefault(entry.getKey(), Double.NaN)) * 1000 / seconds;
            if (Double.isNaN(msPerSecond)) {
                continue;
            }
            total += msPerSecond;
            each.append(each.isEmpty() ? "" : " ").append(entry.getKey()).append('=').append(String.format(java.util.Locale.ROOT, "%.1f", msPerSecond));
        }
        String totalText = String.format(java.util.Locale.ROOT, "%.1f", total);
        results.put("cpu_idle.each", each.toString());
        results.put("cpu_idle.total_ms_per_s", totalText);
        Results.progress("idle CPU, ms per s over %d s: %s; total %s", seconds, each, totalText);
        return true;
    }

    /** "total|name a, name b" in ms per item between two readings. */
    static String perItem(Map<String, Double> before, Map<String, Double> after, int items) {
        double total = 0;
        StringBuilder each = new StringBuilder();
        for (var entry : after.entrySet()) {
            double delta = entry.getValue() - before.getOrDefault(entry.getKey(), Double.NaN);
            if (Double.isNaN(delta)) {
                continue;
            }
            total += delta;
            if (!each.isEmpty()) {
                each.append(", ");
            }
            each.append(entry.getKey().replace("-service", "")).append(' ')
                    .append(String.format(java.util.Locale.ROOT, "%.2f", delta * 1000 / Math.max(1, items)));
        }
        return String.format(java.util.Locale.ROOT, "%.2f", total * 1000 / Math.max(1, items)) + "|" + each;
    }
}
