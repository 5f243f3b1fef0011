package nl.jeugdlink.infra.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Entry point of the benchmark steps that infra/bench/run.sh drives against a running platform.
 *
 * <pre>
 * java -cp 'infra/target/infra-*.jar:infra/target/lib/*' nl.jeugdlink.infra.bench.Bench journey --mode=rate --rate=500 --duration=20 --out=results.properties
 * java ... Bench hop --events=10000 --passthrough-events=50000 --example=contracts/.../aanmelding-ontvangen.v1.json --out=...
 * java ... Bench store --sizes=1000,10000,50000 --formats=java,bson   (the embedded store alone, in this process)
 * </pre>
 *
 * Each step prints its progress and appends its figures as {@code key=value} lines to {@code --out}.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: Bench journey|hop|issuer|token --key=value ...");
            System.exit(2);
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || !arg.contains("=")) {
                System.err.println("options are --key=value, not " + arg);
                System.exit(2);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        Results results = new Results(Path.of(options.getOrDefault("out", "bench-results.properties")));
        boolean ok = switch (args[0]) {
            case "journey" -> new JourneyBench(options, results).run();
            case "hop" -> new HopBench(options, results).run();
            case "quiet" -> Quiet.await(options);
            case "idle" -> CpuTimes.idle(options, results);
            case "issuer" -> BenchIssuer.serve(options);
            case "token" -> BenchIssuer.printToken(options);
            case "jfr" -> JfrTop.run(options);
            case "store" -> new StoreBench(options, results).run();
            default -> {
                System.err.println("unknown step " + args[0]);
                yield false;
            }
        };
        System.exit(ok ? 0 : 1);
    }

    static String option(Map<String, String> options, String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }

    static int intOption(Map<String, String> options, String key, int fallback) {
        return Integer.parseInt(options.getOrDefault(key, String.valueOf(fallback)));
    }

    static double doubleOption(Map<String, String> options, String key, double fallback) {
        return Double.parseDouble(options.getOrDefault(key, String.valueOf(fallback)));
    }
}
