package nl.jeugdlink.infra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises JDK Flight Recorder files of the platform's processes (one per process) over a time
 * window, e.g. the measured phases of a bench run started with
 * {@code JEUGDLINK_SERVICE_JVM_OPTS="... -XX:StartFlightRecording=settings=profile,filename=<dir>/,dumponexit=true"}:
 * per recording the execution samples by kind of work (any frame of the stack in that library or
 * package counts it, so the kinds overlap), the hottest methods of our own code (inclusive) and of
 * all code (self), and the time spent in garbage collection and JIT compilation.
 *
 * <pre>java -cp ... nl.jeugdlink.infra.bench.Bench jfr --dir=.jeugdlink/jfr --from=2026-12-04T22:56:29Z --to=2026-12-04T22:58:00Z</pre>
 */
final class JfrTop {

    /** Kinds of work, by a frame's class name prefix; first matching label per frame. */
    private static final Map<String, String[]> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("token verification (Nimbus JWT, signature)", new String[] {"org.springframework.security.oauth2.jwt.NimbusJwtDecoder", "com.nimbusds."});
        KINDS.put("Spring Security filter chain", new String[] {"org.springframework.security.web.FilterChainProxy"});
        KINDS.put("JSON (Jackson)", new String[] {"tools.jackson.", "com.fasterxml.jackson."});
        KINDS.put("bean validation", new String[] {"org.hibernate.validator."});
        KINDS.put("crypto (JCA)", new String[] {"javax.crypto.", "com.sun.crypto.", "sun.security."});
        KINDS.put("MongoDB driver", new String[] {"com.mongodb.", "org.bson."});
        KINDS.put("Spring Data MongoDB", new String[] {"org.springframework.data.mongodb."});
        KINDS.put("Kafka clients", new String[] {"org.apache.kafka."});
        KINDS.put("Spring Cloud Stream / Integration / Kafka", new String[] {"org.springframework.cloud.stream.", "org.springframework.integration.", "org.springframework.kafka."});
        KINDS.put("Tomcat", new String[] {"org.apache.catalina.", "org.apache.coyote.", "org.apache.tomcat."});
        KINDS.put("Spring MVC", new String[] {"org.springframework.web.servlet."});
        KINDS.put("logging", new String[] {"ch.qos.logback.", "org.slf4j.", "org.apache.logging."});
        KINDS.put("Micrometer / observation", new String[] {"io.micrometer."});
        KINDS.put("CloudEvents", new String[] {"io.cloudevents."});
        KINDS.put("platform: security", new String[] {"nl.jeugdlink.platform.security."});
        KINDS.put("platform: crypto", new String[] {"nl.jeugdlink.platform.crypto."});
        KINDS.put("platform: web", new String[] {"nl.jeugdlink.platform.web."});
        KINDS.put("platform: audit", new String[] {"nl.jeugdlink.platform.audit."});
        KINDS.put("platform: outbox / relay / delivery", new String[] {"nl.jeugdlink.platform.outbox.", "nl.jeugdlink.platform.delivery.", "nl.jeugdlink.platform.messaging."});
        KINDS.put("platform: inbound", new String[] {"nl.jeugdlink.platform.inbound."});
        KINDS.put("platform: persistence", new String[] {"nl.jeugdlink.platform.persistence."});
        KINDS.put("embedded store (mongo-java-server, H2 MVStore)", new String[] {"de.bwaldvogel.", "org.h2."});
        KINDS.put("Netty", new String[] {"io.netty."});
        KINDS.put("Kafka broker", new String[] {"kafka.", "org.apache.kafka.storage.", "org.apache.kafka.raft.", "org.apache.kafka.server."});
    }

    private JfrTop() {
    }

    static boolean run(Map<String, String> options) throws IOException {
        Path dir = Path.of(Bench.option(options, "dir", ".jeugdlink/jfr"));
        Instant from = Instant.parse(Bench.option(options, "from", "1970-01-01T00:00:00Z"));
        Instant to = Instant.parse(Bench.option(options, "to", "2999-01-01T00:00:00Z"));
        int top = Bench.intOption(options, "top", 12);
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".jfr")).sorted().toList();
        }
        for (Path file : files) {
            summarise(file, from, to, top);
        }
        return true;
    }

    private static void summarise(Path file, Instant from, Instant to, int top) throws IOException {
        Map<String, Integer> kinds = new HashMap<>();
        Map<String, Integer> ownInclusive = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Integer> leafKinds = new HashMap<>();
        Map<String, Double> gcByName = new HashMap<>();
        double compilerFirst = -1;
        double compilerLast = -1;
        int samples = 0;
        double gcMillis = 0;
        int gcs = 0;
        double jitMillis = 0;
        int compilations = 0;
        String command = "?";
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            String type = e.getEventType().getName();
            if (type.equals("jdk.JVMInformation")) {
                command = e.getString("javaArguments");
                continue;
            }
            if (e.getStartTime().isBefore(from) || e.getStartTime().isAfter(to)) {
                continue;
            }
            switch (type) {
                case "jdk.ExecutionSample" -> {
                    samples++;
                    RecordedStackTrace stack = e.getStackTrace();
                    String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
                    threads.merge(thread == null ? "?" : thread.replaceAll("[-#]?\\d+", "-N"), 1, Integer::sum);
                    if (stack == null || stack.getFrames().isEmpty()) {
                        continue;
                    }
                    List<RecordedFrame> frames = stack.getFrames();
                    self.merge(name(frames.get(0)), 1, Integer::sum);
                    leafKinds.merge(leafKind(frames), 1, Integer::sum);
                    Set<String> seenKinds = new HashSet<>();
                    Set<String> seenOwn = new HashSet<>();
                    for (RecordedFrame f : frames) {
                        String cls = f.getMethod().getType().getName();
                        for (var kind : KINDS.entrySet()) {
                            for (String prefix : kind.getValue()) {
                                if (cls.startsWith(prefix)) {
                                    seenKinds.add(kind.getKey());
                                }
                            }
                        }
                        if (cls.startsWith("nl.jeugdlink.")) {
                            seenOwn.add(name(f));
                        }
                    }
                    seenKinds.forEach(k -> kinds.merge(k, 1, Integer::sum));
                    seenOwn.forEach(k -> ownInclusive.merge(k, 1, Integer::sum));
                }
                case "jdk.GarbageCollection" -> {
                    gcs++;
                    gcMillis += e.getDuration().toNanos() / 1e6;
                    gcByName.merge(e.getString("name") + " (" + e.getString("cause") + ")", e.getDuration().toNanos() / 1e6, Double::sum);
                }
                case "jdk.CompilerStatistics" -> {
                    double spent = e.getLong("totalTimeSpent");
                    if (compilerFirst < 0) {
                        compilerFirst = spent;
                    }
                    compilerLast = spent;
                }
                case "jdk.Compilation" -> {
                    compilations++;
                    jitMillis += e.getDuration().toNanos() / 1e6;
                }
                default -> {
                }
            }
        }
        System.out.printf("%n== %s (%s)%n", file.getFileName(), command.length() > 160 ? command.substring(0, 160) + "..." : command);
        System.out.printf("  %d execution samples; GC: %d collections, %.0f ms %s; JIT: %.0f ms compiling (compiler statistics), %d compilations over 100 ms took %.0f ms%n",
                samples, gcs, gcMillis, gcByName, compilerLast - compilerFirst, compilations, jitMillis);
        if (samples == 0) {
            return;
        }
        print("kinds of work, exclusive (the innermost frame of a known kind takes the sample)", leafKinds, samples, 30);
        print("kinds of work, inclusive (a sample counts for every kind on its stack)", kinds, samples, 30);
        print("threads", threads, samples, 8);
        print("own code, inclusive", ownInclusive, samples, top);
        print("methods, self", self, samples, top);
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println("  -- " + title);
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        for (var entry : sorted.subList(0, Math.min(top, sorted.size()))) {
            System.out.printf("  %5.1f %%  %s%n", 100.0 * entry.getValue() / samples, entry.getKey());
        }
    }

    private static String leafKind(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String cls = f.getMethod().getType().getName();
            for (var kind : KINDS.entrySet()) {
                for (String prefix : kind.getValue()) {
                    if (cls.startsWith(prefix)) {
                        return kind.getKey();
                    }
                }
            }
            if (cls.startsWith("nl.jeugdlink.")) {
                return "own code: " + cls.substring("nl.jeugdlink.".length(), cls.lastIndexOf('.'));
            }
            if (cls.startsWith("org.springframework.")) {
                return "Spring (other): " + cls.substring("org.springframework.".length()).replaceAll("\\..*", "");
            }
        }
        String leaf = frames.get(0).getMethod().getType().getName();
        return "other: " + leaf.substring(0, Math.max(0, leaf.lastIndexOf('.')));
    }

    private static String name(RecordedFrame f) {
        String cls = f.getMethod().getType().getName();
        return cls.substring(cls.lastIndexOf('.') + 1) + "." + f.getMethod().getName();
    }
}
